/**
 * The programme's rules for a consortium at formation, as pure functions of the members' facts: one result per
 * rule (HOLDS, FAILS or WARNING) with the parameters that explain it. Wording lives in a message catalogue per
 * locale (nb, nn, en); the decisions never depend on it.
 */

export const RULE_CODES = [
  'LEAD_ORGANIZATION',
  'MEMBER_COUNTS',
  'INTERNATIONAL_COLLABORATION',
  'MUNICIPAL_COMMITMENTS',
  'RESEARCH_CAPACITY',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export const RULE_OUTCOMES = ['HOLDS', 'FAILS', 'WARNING'] as const;
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];

export type RuleLocale = 'nb' | 'nn' | 'en';

export interface RuleMember {
  organizationId: string;
  name: string;
  kind: string;
  response: 'PENDING' | 'ACCEPTED' | 'DECLINED';
  committedPersonMonths: number | null;
  contactPersonFreed: boolean;
  /** Research groups: the profile's capacity and the live consortia using it (this one included). */
  capacity: number | null;
  used: number | null;
  /** Research groups: the group (or its profile) has international partners. */
  internationalPartners: boolean;
}

export interface RuleFacts {
  projectType: string;
  leadOrganizationId: string;
  members: RuleMember[];
}

export interface RuleCheck {
  rule: RuleCode;
  outcome: RuleOutcome;
  /** Facts that explain the outcome (counts, names), used by the message catalogue. */
  params: Record<string, string | number>;
}

const MUNICIPAL_KINDS = new Set(['MUNICIPALITY', 'COUNTY_MUNICIPALITY']);

function names(members: RuleMember[]): string {
  return members.map((m) => m.name).join(', ');
}

/** Every rule that applies to the project type, in a fixed order. Declined members do not count. */
export function checkProgrammeRules(facts: RuleFacts): RuleCheck[] {
  const members = facts.members.filter((m) => m.response !== 'DECLINED');
  const municipalities = members.filter((m) => MUNICIPAL_KINDS.has(m.kind));
  const groups = members.filter((m) => m.kind === 'RESEARCH_GROUP');
  const lead = members.find((m) => m.organizationId === facts.leadOrganizationId);
  const checks: RuleCheck[] = [];
  const counts = { municipalities: municipalities.length, researchGroups: groups.length };

  const leadKind = lead?.kind ?? 'NONE';
  const leadOk =
    facts.projectType === 'INNOVATION_PROJECT'
      ? MUNICIPAL_KINDS.has(leadKind)
      : facts.projectType === 'COMPETENCE_PROJECT'
        ? leadKind === 'RESEARCH_GROUP'
        : !!lead;
  checks.push({
    rule: 'LEAD_ORGANIZATION',
    outcome: leadOk ? 'HOLDS' : 'FAILS',
    params: { projectType: facts.projectType, lead: lead?.name ?? '–', leadKind },
  });

  let countOutcome: RuleOutcome =
    municipalities.length >= 1 && groups.length >= 1 ? 'HOLDS' : 'FAILS';
  if (
    countOutcome === 'HOLDS' &&
    facts.projectType === 'INNOVATION_PROJECT' &&
    (municipalities.length < 2 || groups.length < 2)
  )
    countOutcome = 'WARNING';
  checks.push({
    rule: 'MEMBER_COUNTS',
    outcome: countOutcome,
    params: { projectType: facts.projectType, ...counts },
  });

  if (facts.projectType === 'COMPETENCE_PROJECT') {
    const international = groups.filter((g) => g.internationalPartners);
    checks.push({
      rule: 'INTERNATIONAL_COLLABORATION',
      outcome: international.length > 0 ? 'HOLDS' : 'FAILS',
      params: { groups: names(international) },
    });
  }

  const uncommitted = municipalities.filter(
    (m) =>
      !(m.committedPersonMonths !== null && m.committedPersonMonths > 0) || !m.contactPersonFreed,
  );
  checks.push({
    rule: 'MUNICIPAL_COMMITMENTS',
    outcome: uncommitted.length === 0 ? 'HOLDS' : 'FAILS',
    params: { missing: names(uncommitted), count: uncommitted.length },
  });

  const overbooked = groups.filter(
    (g) => g.capacity !== null && g.used !== null && g.used > g.capacity,
  );
  checks.push({
    rule: 'RESEARCH_CAPACITY',
    outcome: overbooked.length === 0 ? 'HOLDS' : 'FAILS',
    params: { overbooked: names(overbooked), count: overbooked.length },
  });
  return checks;
}

/** The rules hold when none fails and every warning was accepted by a broker. */
export function rulesHold(checks: RuleCheck[], acceptedWarnings: ReadonlySet<string>): boolean {
  return checks.every(
    (c) => c.outcome === 'HOLDS' || (c.outcome === 'WARNING' && acceptedWarnings.has(c.rule)),
  );
}

type Catalogue = Record<RuleCode, Partial<Record<RuleOutcome, (p: RuleCheck['params']) => string>>>;

const PROJECT_TYPE: Record<RuleLocale, Record<string, string>> = {
  nb: {
    INNOVATION_PROJECT: 'innovasjonsprosjekt',
    COMPETENCE_PROJECT: 'kompetanseprosjekt',
    PRE_PROJECT: 'forprosjekt',
  },
  nn: {
    INNOVATION_PROJECT: 'innovasjonsprosjekt',
    COMPETENCE_PROJECT: 'kompetanseprosjekt',
    PRE_PROJECT: 'forprosjekt',
  },
  en: {
    INNOVATION_PROJECT: 'innovation project',
    COMPETENCE_PROJECT: 'competence project',
    PRE_PROJECT: 'pre-project',
  },
};

/** "1 kommune", "2 kommuner": a count with the noun in its number form. */
const counted = (n: number | string, one: string, other: string) =>
  `${n} ${Number(n) === 1 ? one : other}`;

const CATALOGUE: Record<RuleLocale, Catalogue> = {
  nb: {
    LEAD_ORGANIZATION: {
      HOLDS: (p) => `${p.lead} kan lede et ${PROJECT_TYPE.nb[p.projectType]}.`,
      FAILS: (p) =>
        p.projectType === 'COMPETENCE_PROJECT'
          ? `Et kompetanseprosjekt må ledes av en forskningsinstitusjon; ${p.lead} er ikke et FoU-miljø.`
          : p.projectType === 'INNOVATION_PROJECT'
            ? `Et innovasjonsprosjekt må eies og ledes av en kommune eller fylkeskommune; ${p.lead} er ikke det.`
            : `Prosjektleder ${p.lead} er ikke lenger med i konsortiet.`,
    },
    MEMBER_COUNTS: {
      HOLDS: (p) =>
        `${counted(p.municipalities, 'kommune', 'kommuner')} og ${counted(p.researchGroups, 'FoU-miljø', 'FoU-miljøer')}.`,
      WARNING: (p) =>
        `Et innovasjonsprosjekt har som regel flere kommuner og flere FoU-miljøer; her er det ${counted(p.municipalities, 'kommune', 'kommuner')} og ${counted(p.researchGroups, 'FoU-miljø', 'FoU-miljøer')}. Megleren kan godta dette med en begrunnelse.`,
      FAILS: (p) =>
        `Minst én kommune og ett FoU-miljø kreves; her er det ${counted(p.municipalities, 'kommune', 'kommuner')} og ${counted(p.researchGroups, 'FoU-miljø', 'FoU-miljøer')}.`,
    },
    INTERNATIONAL_COLLABORATION: {
      HOLDS: (p) => `Internasjonalt samarbeid gjennom ${p.groups}.`,
      FAILS: () =>
        'Et kompetanseprosjekt krever internasjonalt samarbeid, men ingen av FoU-miljøene har internasjonale partnere.',
    },
    MUNICIPAL_COMMITMENTS: {
      HOLDS: () => 'Alle kommunene har forpliktet personmåneder og frikjøpt en kontaktperson.',
      FAILS: (p) =>
        `Mangler forpliktede personmåneder eller en frikjøpt kontaktperson: ${p.missing}.`,
    },
    RESEARCH_CAPACITY: {
      HOLDS: () => 'Alle FoU-miljøene har kapasitet.',
      FAILS: (p) => `Over kapasitet: ${p.overbooked}.`,
    },
  },
  nn: {
    LEAD_ORGANIZATION: {
      HOLDS: (p) => `${p.lead} kan leie eit ${PROJECT_TYPE.nn[p.projectType]}.`,
      FAILS: (p) =>
        p.projectType === 'COMPETENCE_PROJECT'
          ? `Eit kompetanseprosjekt må leiast av ein forskingsinstitusjon; ${p.lead} er ikkje eit FoU-miljø.`
          : p.projectType === 'INNOVATION_PROJECT'
            ? `Eit innovasjonsprosjekt må eigast og leiast av ein kommune eller fylkeskommune; ${p.lead} er ikkje det.`
            : `Prosjektleiar ${p.lead} er ikkje lenger med i konsortiet.`,
    },
    MEMBER_COUNTS: {
      HOLDS: (p) =>
        `${counted(p.municipalities, 'kommune', 'kommunar')} og ${p.researchGroups} FoU-miljø.`,
      WARNING: (p) =>
        `Eit innovasjonsprosjekt har som regel fleire kommunar og fleire FoU-miljø; her er det ${counted(p.municipalities, 'kommune', 'kommunar')} og ${p.researchGroups} FoU-miljø. Meklaren kan godta dette med ei grunngiving.`,
      FAILS: (p) =>
        `Minst éin kommune og eitt FoU-miljø trengst; her er det ${counted(p.municipalities, 'kommune', 'kommunar')} og ${p.researchGroups} FoU-miljø.`,
    },
    INTERNATIONAL_COLLABORATION: {
      HOLDS: (p) => `Internasjonalt samarbeid gjennom ${p.groups}.`,
      FAILS: () =>
        'Eit kompetanseprosjekt krev internasjonalt samarbeid, men ingen av FoU-miljøa har internasjonale partnarar.',
    },
    MUNICIPAL_COMMITMENTS: {
      HOLDS: () => 'Alle kommunane har forplikta personmånader og frikjøpt ein kontaktperson.',
      FAILS: (p) =>
        `Manglar forplikta personmånader eller ein frikjøpt kontaktperson: ${p.missing}.`,
    },
    RESEARCH_CAPACITY: {
      HOLDS: () => 'Alle FoU-miljøa har kapasitet.',
      FAILS: (p) => `Over kapasitet: ${p.overbooked}.`,
    },
  },
  en: {
    LEAD_ORGANIZATION: {
      HOLDS: (p) => `${p.lead} may lead a ${PROJECT_TYPE.en[p.projectType]}.`,
      FAILS: (p) =>
        p.projectType === 'COMPETENCE_PROJECT'
          ? `A competence project must be led by a research institution; ${p.lead} is not a research group.`
          : p.projectType === 'INNOVATION_PROJECT'
            ? `An innovation project must be owned and led by a municipality or county municipality; ${p.lead} is not.`
            : `The lead ${p.lead} is no longer in the consortium.`,
    },
    MEMBER_COUNTS: {
      HOLDS: (p) =>
        `${counted(p.municipalities, 'municipality', 'municipalities')} and ${counted(p.researchGroups, 'research group', 'research groups')}.`,
      WARNING: (p) =>
        `An innovation project as a rule has several municipalities and several research groups; this one has ${counted(p.municipalities, 'municipality', 'municipalities')} and ${counted(p.researchGroups, 'research group', 'research groups')}. The broker may accept this with a reason.`,
      FAILS: (p) =>
        `At least one municipality and one research group are required; this one has ${counted(p.municipalities, 'municipality', 'municipalities')} and ${counted(p.researchGroups, 'research group', 'research groups')}.`,
    },
    INTERNATIONAL_COLLABORATION: {
      HOLDS: (p) => `International collaboration through ${p.groups}.`,
      FAILS: () =>
        'A competence project requires international collaboration, but none of its research groups has international partners.',
    },
    MUNICIPAL_COMMITMENTS: {
      HOLDS: () => 'Every municipality committed person-months and freed a contact person.',
      FAILS: (p) => `No committed person-months or no freed contact person: ${p.missing}.`,
    },
    RESEARCH_CAPACITY: {
      HOLDS: () => 'Every research group is within its capacity.',
      FAILS: (p) => `Over capacity: ${p.overbooked}.`,
    },
  },
};

/** The readable "why" of one result. */
export function describeRuleCheck(check: RuleCheck, locale: RuleLocale): string {
  const render = CATALOGUE[locale][check.rule][check.outcome];
  return render ? render(check.params) : `${check.rule}: ${check.outcome}`;
}
