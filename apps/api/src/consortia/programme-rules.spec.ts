import {
  checkProgrammeRules,
  describeRuleCheck,
  RuleFacts,
  RuleMember,
  rulesHold,
} from './programme-rules';

const municipality = (id: string, extra: Partial<RuleMember> = {}): RuleMember => ({
  organizationId: id,
  name: `${id} kommune`,
  kind: 'MUNICIPALITY',
  response: 'ACCEPTED',
  committedPersonMonths: 6,
  contactPersonFreed: true,
  capacity: null,
  used: null,
  internationalPartners: false,
  ...extra,
});

const group = (id: string, extra: Partial<RuleMember> = {}): RuleMember => ({
  organizationId: id,
  name: `Gruppe ${id}`,
  kind: 'RESEARCH_GROUP',
  response: 'ACCEPTED',
  committedPersonMonths: null,
  contactPersonFreed: false,
  capacity: 2,
  used: 1,
  internationalPartners: false,
  ...extra,
});

const outcomes = (facts: RuleFacts) =>
  Object.fromEntries(checkProgrammeRules(facts).map((c) => [c.rule, c.outcome]));

describe('checkProgrammeRules', () => {
  it('holds for an innovation project led by a municipality with two municipalities and two groups', () => {
    expect(
      outcomes({
        projectType: 'INNOVATION_PROJECT',
        leadOrganizationId: 'voss',
        members: [municipality('voss'), municipality('bergen'), group('a'), group('b')],
      }),
    ).toEqual({
      LEAD_ORGANIZATION: 'HOLDS',
      MEMBER_COUNTS: 'HOLDS',
      MUNICIPAL_COMMITMENTS: 'HOLDS',
      RESEARCH_CAPACITY: 'HOLDS',
    });
  });

  it('warns about a small innovation project, and the warning can be accepted', () => {
    const checks = checkProgrammeRules({
      projectType: 'INNOVATION_PROJECT',
      leadOrganizationId: 'voss',
      members: [municipality('voss'), group('a')],
    });
    expect(checks.find((c) => c.rule === 'MEMBER_COUNTS')!.outcome).toBe('WARNING');
    expect(rulesHold(checks, new Set())).toBe(false);
    expect(rulesHold(checks, new Set(['MEMBER_COUNTS']))).toBe(true);
  });

  it('fails an innovation project led by a research group, whatever is accepted', () => {
    const checks = checkProgrammeRules({
      projectType: 'INNOVATION_PROJECT',
      leadOrganizationId: 'a',
      members: [municipality('voss'), municipality('bergen'), group('a'), group('b')],
    });
    expect(checks.find((c) => c.rule === 'LEAD_ORGANIZATION')!.outcome).toBe('FAILS');
    expect(rulesHold(checks, new Set(['LEAD_ORGANIZATION']))).toBe(false);
  });

  it('requires a competence project to be led by a research group with international partners', () => {
    const facts: RuleFacts = {
      projectType: 'COMPETENCE_PROJECT',
      leadOrganizationId: 'a',
      members: [municipality('voss'), group('a')],
    };
    expect(outcomes(facts).INTERNATIONAL_COLLABORATION).toBe('FAILS');
    facts.members[1] = group('a', { internationalPartners: true });
    expect(outcomes(facts)).toMatchObject({
      LEAD_ORGANIZATION: 'HOLDS',
      INTERNATIONAL_COLLABORATION: 'HOLDS',
    });
  });

  it('does not count declined members, and names municipalities without commitments or groups over capacity', () => {
    const checks = checkProgrammeRules({
      projectType: 'PRE_PROJECT',
      leadOrganizationId: 'voss',
      members: [
        municipality('voss', { contactPersonFreed: false }),
        municipality('bergen', { response: 'DECLINED', committedPersonMonths: null }),
        group('a', { used: 3 }),
      ],
    });
    const byRule = Object.fromEntries(checks.map((c) => [c.rule, c]));
    expect(byRule.MEMBER_COUNTS.params).toMatchObject({ municipalities: 1, researchGroups: 1 });
    expect(byRule.MUNICIPAL_COMMITMENTS).toMatchObject({
      outcome: 'FAILS',
      params: { missing: 'voss kommune' },
    });
    expect(byRule.RESEARCH_CAPACITY).toMatchObject({
      outcome: 'FAILS',
      params: { overbooked: 'Gruppe a' },
    });
  });

  it('fails a pre-project without a research group', () => {
    expect(
      outcomes({
        projectType: 'PRE_PROJECT',
        leadOrganizationId: 'voss',
        members: [municipality('voss'), group('a', { response: 'DECLINED' })],
      }).MEMBER_COUNTS,
    ).toBe('FAILS');
  });
});

describe('describeRuleCheck', () => {
  it('renders the same decision in bokmål, nynorsk and English', () => {
    const [, counts] = checkProgrammeRules({
      projectType: 'INNOVATION_PROJECT',
      leadOrganizationId: 'voss',
      members: [municipality('voss'), group('a')],
    });
    expect(describeRuleCheck(counts, 'nb')).toContain('flere kommuner og flere FoU-miljøer');
    expect(describeRuleCheck(counts, 'nn')).toContain('fleire kommunar og fleire FoU-miljø');
    expect(describeRuleCheck(counts, 'en')).toContain(
      'several municipalities and several research groups',
    );
    // counts in their number form
    expect(describeRuleCheck(counts, 'nb')).toContain('her er det 1 kommune og 1 FoU-miljø.');
    expect(describeRuleCheck(counts, 'nn')).toContain('her er det 1 kommune og 1 FoU-miljø.');
    expect(describeRuleCheck(counts, 'en')).toContain('has 1 municipality and 1 research group.');
    const [, pre] = checkProgrammeRules({
      projectType: 'PRE_PROJECT',
      leadOrganizationId: 'voss',
      members: [municipality('voss'), group('a'), group('b')],
    });
    expect(describeRuleCheck(pre, 'nb')).toBe('1 kommune og 2 FoU-miljøer.');
    expect(describeRuleCheck(pre, 'en')).toBe('1 municipality and 2 research groups.');
  });
});
