/**
 * Independent rule checker for a proposals document: returns every violated rule as a readable string
 * (empty = "rule violations: 0"). It does not trust the optimiser; it re-reads the problem and settings.
 */
import { resolveSettings } from '../exchange/settings';
import { Problem, ProposalsDocument, PROPOSALS_FORMAT } from '../exchange/types';

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function checkProposals(problem: Problem, doc: ProposalsDocument): string[] {
  const v: string[] = [];
  const settings = resolveSettings(problem.settings);
  const orgs = new Map(problem.organizations.map((o) => [o.id, o]));
  const needs = new Map(problem.needs.map((n) => [n.id, n]));
  const profiles = new Map(problem.profiles.map((p) => [p.id, p]));
  const excludedPairs = new Set((problem.exclusions ?? []).map((e) => pairKey(e.a, e.b)));
  const excludedIds = new Set(settings.excludeIds);

  if (doc.format !== PROPOSALS_FORMAT) v.push(`format: expected ${PROPOSALS_FORMAT}`);
  if (!(doc.objective <= doc.upperBound + 1e-9))
    v.push(`objective ${doc.objective} exceeds upperBound ${doc.upperBound}`);

  const needUse = new Map<string, string>();
  const profileUse = new Map<string, number>();
  const ids = new Set<string>();
  for (const prop of doc.proposals) {
    const at = `proposal ${prop.id}`;
    if (ids.has(prop.id)) v.push(`${at}: duplicate id`);
    ids.add(prop.id);
    if (!(prop.score >= 0 && prop.score <= 1)) v.push(`${at}: score ${prop.score} outside [0, 1]`);
    if (!settings.projectTypes.includes(prop.projectType))
      v.push(`${at}: project type ${prop.projectType} not enabled`);
    const rule = settings.sizes[prop.projectType];
    if (!rule) {
      v.push(`${at}: unknown project type ${String(prop.projectType)}`);
      continue;
    }
    if (
      prop.needIds.length < rule.minMunicipalities ||
      prop.needIds.length > rule.maxMunicipalities
    )
      v.push(
        `${at}: ${prop.needIds.length} municipalities, rule ${rule.minMunicipalities}–${rule.maxMunicipalities}`,
      );
    if (
      prop.profileIds.length < rule.minResearchGroups ||
      prop.profileIds.length > rule.maxResearchGroups
    )
      v.push(
        `${at}: ${prop.profileIds.length} research groups, rule ${rule.minResearchGroups}–${rule.maxResearchGroups}`,
      );

    const memberOrgs: string[] = [];
    const needOrgs = new Set<string>();
    for (const id of prop.needIds) {
      const need = needs.get(id);
      if (!need) {
        v.push(`${at}: unknown need ${id}`);
        continue;
      }
      if (needUse.has(id)) v.push(`${at}: need ${id} also in ${needUse.get(id)}`);
      needUse.set(id, prop.id);
      if (excludedIds.has(id) || excludedIds.has(need.organizationId))
        v.push(`${at}: need ${id} is excluded`);
      if (need.projectType && need.projectType !== prop.projectType)
        v.push(`${at}: need ${id} asks for ${need.projectType}`);
      const kind = orgs.get(need.organizationId)?.kind;
      if (kind !== undefined && kind !== 'MUNICIPALITY' && kind !== 'COUNTY_MUNICIPALITY')
        v.push(`${at}: need ${id} is owned by a ${kind}`);
      if (needOrgs.has(need.organizationId))
        v.push(`${at}: two needs of organization ${need.organizationId}`);
      needOrgs.add(need.organizationId);
      memberOrgs.push(need.organizationId);
    }
    const profileOrgs = new Set<string>();
    let international = false;
    for (const id of prop.profileIds) {
      const profile = profiles.get(id);
      if (!profile) {
        v.push(`${at}: unknown profile ${id}`);
        continue;
      }
      const used = (profileUse.get(id) ?? 0) + 1;
      profileUse.set(id, used);
      const cap = Math.max(0, Math.floor(profile.capacity ?? 1));
      if (used > cap) v.push(`${at}: profile ${id} used ${used} times, capacity ${cap}`);
      if (excludedIds.has(id) || excludedIds.has(profile.organizationId))
        v.push(`${at}: profile ${id} is excluded`);
      if (profileOrgs.has(profile.organizationId))
        v.push(`${at}: two profiles of organization ${profile.organizationId}`);
      profileOrgs.add(profile.organizationId);
      memberOrgs.push(profile.organizationId);
      if (orgs.get(profile.organizationId)?.internationalPartners === true) international = true;
      if (settings.enforceRegion && profile.countyNumbers && profile.countyNumbers.length > 0) {
        for (const nid of prop.needIds) {
          const county = orgs.get(needs.get(nid)?.organizationId ?? '')?.countyNumber;
          if (county !== undefined && !profile.countyNumbers.includes(county))
            v.push(`${at}: profile ${id} does not serve county ${county} of need ${nid}`);
        }
      }
    }
    for (let i = 0; i < memberOrgs.length; i++)
      for (let j = i + 1; j < memberOrgs.length; j++)
        if (excludedPairs.has(pairKey(memberOrgs[i], memberOrgs[j])))
          v.push(`${at}: excluded pair ${memberOrgs[i]} and ${memberOrgs[j]}`);
    const expectedOrgs = [...new Set(memberOrgs)].sort();
    const givenOrgs = [...prop.organizationIds].sort();
    if (expectedOrgs.join('\u0000') !== givenOrgs.join('\u0000'))
      v.push(`${at}: organizationIds do not match the members' organizations`);

    if (prop.projectType === 'COMPETENCE_PROJECT') {
      if (!profileOrgs.has(prop.leadOrganizationId))
        v.push(`${at}: competence project not led by a research group`);
      if (settings.requireInternationalPartnersForCompetenceProjects) {
        if (!international)
          v.push(`${at}: competence project without a research group with international partners`);
        else if (orgs.get(prop.leadOrganizationId)?.internationalPartners !== true)
          v.push(`${at}: competence project lead has no international partners`);
      }
    } else if (!needOrgs.has(prop.leadOrganizationId)) {
      v.push(`${at}: ${prop.projectType} not led by one of its municipalities`);
    }
  }

  const unmatched = new Set<string>();
  for (const u of doc.unmatchedNeeds) {
    if (!needs.has(u.needId)) v.push(`unmatchedNeeds: unknown need ${u.needId}`);
    if (needUse.has(u.needId))
      v.push(`unmatchedNeeds: need ${u.needId} is also in ${needUse.get(u.needId)}`);
    if (!u.reason || u.reason.trim().length < 10)
      v.push(`unmatchedNeeds: need ${u.needId} has no actionable reason`);
    unmatched.add(u.needId);
  }
  for (const id of needs.keys())
    if (!needUse.has(id) && !unmatched.has(id))
      v.push(`need ${id} is neither in a proposal nor in unmatchedNeeds`);

  settings.pins.forEach((pin, i) => {
    const holders = doc.proposals.filter(
      (p) =>
        pin.needIds.every((id) => p.needIds.includes(id)) &&
        (pin.profileIds ?? []).every((id) => p.profileIds.includes(id)),
    );
    if (holders.length !== 1) {
      const explained = pin.needIds.some((id) =>
        doc.unmatchedNeeds.some((u) => u.needId === id && /pin|fest/i.test(u.reason)),
      );
      if (!explained) v.push(`pins[${i}]: in ${holders.length} proposals, expected exactly 1`);
    }
  });
  return v;
}
