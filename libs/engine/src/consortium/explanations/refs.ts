/** How explanations name needs, research groups and organizations (locale-independent parameters). */
import { GroupRef, NeedRef, OrganizationRef } from '../../exchange/explanation-codes';
import { FormationContext } from '../formation-context';

export function needRef(ctx: FormationContext, n: number): NeedRef {
  const need = ctx.needs[n];
  const org = ctx.needOrg(n);
  return {
    needId: need.id,
    title: need.title,
    organizationId: need.organizationId,
    organizationName: org?.name ?? need.organizationId,
    ...(org?.kind ? { organizationKind: org.kind } : {}),
  };
}

export function organizationRef(ctx: FormationContext, id: string): OrganizationRef {
  const org = ctx.orgById.get(id);
  return { organizationId: id, name: org?.name ?? id, ...(org?.kind ? { kind: org.kind } : {}) };
}

/**
 * Whether profile p brings international partners: the partners its profile lists, or — for a problem whose
 * profiles do not say — its organization's flag.
 */
export function profileHasPartners(ctx: FormationContext, p: number): boolean {
  const listed = ctx.profiles[p].internationalPartners;
  return listed !== undefined ? listed.length > 0 : ctx.hasInternationalPartners(p);
}

export function groupRef(ctx: FormationContext, p: number): GroupRef {
  const profile = ctx.profiles[p];
  return {
    profileId: profile.id,
    title: profile.title,
    organizationId: profile.organizationId,
    institution: ctx.institution(p),
    internationalPartners: profileHasPartners(ctx, p),
  };
}

/** Parameters carry at most 4 decimals, like the proposal scores. */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
