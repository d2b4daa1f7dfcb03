/**
 * The public matching exchange format v1 as one zod schema (see README "Exchange format"): the problem with its
 * settings, and the scores and proposals documents. The TypeScript types in `types.ts` are inferred from it, the
 * JSON Schema in `docs/exchange.schema.json` is generated from it (`npm run schema:exchange`), and `parseProblem`
 * checks documents with it. A contract shared with other tools: extend only in backward-compatible ways.
 *
 * Messages name what is wrong without the path (the path is added by `ProblemValidationError`); messages that need
 * a schema's own words are given here, the common ones (`expected a string, got 7`) by `issueReason` below.
 * Cross-references (ids that must exist or be unique) are not part of the schema: `validate.ts` checks them.
 */
import { z } from 'zod/v4';
import type { ExplanationItem, UnmatchedReason } from './explanation-codes';
import { DEFAULT_SETTINGS } from './settings';

export const PROBLEM_FORMAT = 'brobygger.problem/v1';
export const SCORES_FORMAT = 'brobygger.scores/v1';
export const PROPOSALS_FORMAT = 'brobygger.proposals/v1';

export const ORGANIZATION_KINDS = [
  'MUNICIPALITY',
  'COUNTY_MUNICIPALITY',
  'RESEARCH_GROUP',
  'BUSINESS',
  'VOLUNTARY_ORGANIZATION',
] as const;
export const RESEARCH_EXPERIENCE = ['NONE', 'SOME', 'EXTENSIVE'] as const;
export const INSTITUTION_TYPES = [
  'UNIVERSITY',
  'UNIVERSITY_COLLEGE',
  'RESEARCH_INSTITUTE',
] as const;
export const PROJECT_TYPES = ['PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'] as const;
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
/** Languages of explanations and reasons: bokmål (default), nynorsk, English. */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export const THEMES = [
  'HEALTH_AND_CARE',
  'EDUCATION_AND_CHILDHOOD',
  'CLIMATE_AND_ENVIRONMENT',
  'ENERGY_AND_BUILDINGS',
  'PLANNING_AND_TRANSPORT',
  'DIGITALISATION',
  'LEADERSHIP_AND_WORKPLACE',
  'LOCAL_DEMOCRACY_AND_PARTICIPATION',
  'VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY',
  'INCLUSION_AND_INTEGRATION',
  'PUBLIC_PROCUREMENT',
  'CIRCULAR_ECONOMY',
  'BUSINESS_DEVELOPMENT',
  'CULTURE_AND_COMMUNITY',
] as const;

/** Largest collections accepted. */
export const PROBLEM_LIMITS = {
  organizations: 300_000,
  needs: 200_000,
  profiles: 50_000,
  exclusions: 200_000,
  interests: 200_000,
  /** keywords, methods, themes, countyNumbers of one item */
  listItems: 500,
  referencesPerProfile: 1_000,
  pins: 10_000,
  excludeIds: 250_000,
  idLength: 200,
  titleLength: 500,
  descriptionLength: 20_000,
  shortTextLength: 500,
} as const;

export const MAX_TIME_LIMIT_SECONDS = 600;
const MAX_CONSORTIUM_MEMBERS = 50;
const MAX_URL_LENGTH = 2_000;

// ---------------------------------------------------------------- messages

/** A value as named in a message: strings quoted (cut at 40 characters), containers by kind. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

/** The message of an issue whose schema gives none of its own (passed to every parse). */
export function issueReason(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.join(', ')}`;
    case 'unrecognized_keys':
      return 'unknown setting';
    case 'too_big':
      if (issue.origin === 'string') {
        return `too long (${(issue.input as string).length} characters); the limit is ${issue.maximum}`;
      }
      return `must be ≤ ${issue.maximum}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return `must be ≥ ${issue.minimum}, got ${describeValue(issue.input)}`;
    default:
      return undefined;
  }
}

/** A message that names the value, for one schema or check: `{ error: got('expected …') }`. */
const got =
  (expected: string) =>
  (issue: Issue): string =>
    `${expected}, got ${describeValue(issue.input)}`;

// ---------------------------------------------------------------- building blocks

/** A string with at least one non-space character. */
const text = (maxLength: number) =>
  z.string().regex(/\S/, { error: 'must not be empty' }).max(maxLength);
const id = text(PROBLEM_LIMITS.idLength);
const optionalText = (maxLength: number) => z.string().max(maxLength).optional();

const integer = (min: number, max?: number) => {
  const schema = z
    .int({ error: (i) => (i.code === 'invalid_type' ? got('expected an integer')(i) : undefined) })
    .min(min);
  return max === undefined ? schema : schema.max(max);
};

const digits = (pattern: RegExp, what: string) =>
  z.string({ error: got(`expected ${what}`) }).regex(pattern, { error: got(`expected ${what}`) });
const countyNumber = digits(/^\d{2}$/, 'a two-digit string');
const municipalityNumber = digits(/^\d{4}$/, 'a four-digit string');

/**
 * An array of at most `max` items; `what` names them in the message (`too many needs (…); the limit is …`), and
 * `whenMissing` is the message for a missing required array.
 */
const list = <T extends z.ZodType>(item: T, max: number, what: string, whenMissing?: string) =>
  z.array(item, { error: (i) => (i.input === undefined ? whenMissing : undefined) }).max(max, {
    error: (i) => `too many ${what} (${(i.input as unknown[]).length}); the limit is ${max}`,
  });
const collection = <T extends z.ZodType>(item: T, max: number, what: string) =>
  list(item, max, what, 'required: expected an array');

const stringList = (what: string) =>
  list(z.string().max(PROBLEM_LIMITS.shortTextLength), PROBLEM_LIMITS.listItems, what).optional();
const themeList = list(z.enum(THEMES), PROBLEM_LIMITS.listItems, 'themes')
  .optional()
  .describe('theme codes (domain.md); may be empty');
const projectType = z.enum(PROJECT_TYPES);
const language = z.enum(LANGUAGES).optional().describe('nb, nn or en; detected when missing');

// ---------------------------------------------------------------- problem

export const organizationSchema = z
  .object({
    id,
    kind: z.enum(ORGANIZATION_KINDS).optional(),
    name: optionalText(PROBLEM_LIMITS.shortTextLength),
    municipalityNumber: municipalityNumber.optional(),
    countyNumber: countyNumber.optional(),
    population: integer(0).optional(),
    researchExperience: z.enum(RESEARCH_EXPERIENCE).optional(),
    institution: optionalText(PROBLEM_LIMITS.shortTextLength),
    institutionType: z.enum(INSTITUTION_TYPES).optional().describe('research groups only'),
    internationalPartners: z.boolean().optional(),
  })
  .meta({
    id: 'Organization',
    description:
      'a municipality, county municipality, research group, business or voluntary organization',
  });

export const needSchema = z
  .object({
    id,
    organizationId: id.describe('the municipality or county municipality that owns the need'),
    title: text(PROBLEM_LIMITS.titleLength),
    description: optionalText(PROBLEM_LIMITS.descriptionLength),
    themes: themeList,
    projectType: projectType.optional().describe('optional (then any type)'),
    language,
  })
  .meta({ id: 'Need', description: 'a knowledge need of a municipality or county municipality' });

export const referenceSchema = z
  .object({
    title: text(PROBLEM_LIMITS.titleLength),
    abstract: optionalText(PROBLEM_LIMITS.descriptionLength),
    year: integer(1800, 2200).optional(),
    url: optionalText(MAX_URL_LENGTH),
  })
  .meta({
    id: 'Reference',
    description: "a publication or past project that shows a group's expertise",
  });

export const profileSchema = z
  .object({
    id,
    organizationId: id.describe('the research group that owns the profile'),
    title: text(PROBLEM_LIMITS.titleLength),
    description: optionalText(PROBLEM_LIMITS.descriptionLength),
    keywords: stringList('keywords'),
    methods: stringList('methods'),
    themes: themeList,
    capacity: integer(0)
      .optional()
      .describe('how many consortia the group can join at once; default 1; 0 = not available'),
    countyNumbers: list(countyNumber, PROBLEM_LIMITS.listItems, 'countyNumbers')
      .optional()
      .describe('counties the group works in; empty or missing = the whole country'),
    references: list(referenceSchema, PROBLEM_LIMITS.referencesPerProfile, 'references')
      .optional()
      .describe("publications or past projects that show the group's expertise"),
    language,
    internationalPartners: stringList('internationalPartners').describe(
      "names of the group's international partners as its profile lists them; explanations then use it instead of " +
        "the organization's flag",
    ),
  })
  .meta({ id: 'Profile', description: "a research group's competence profile" });

export const exclusionSchema = z
  .object({ a: id, b: id, reason: optionalText(PROBLEM_LIMITS.shortTextLength) })
  .meta({
    id: 'Exclusion',
    description: 'a pair of organizations that must never be proposed together',
  });

export const interestSchema = z.object({ needId: id, profileId: id }).meta({
  id: 'Interest',
  description: "a research group's stated interest in a need, through one of its profiles",
});

// ---------------------------------------------------------------- settings

const memberCount = integer(1, MAX_CONSORTIUM_MEMBERS);
export const sizeRuleSchema = z
  .strictObject({
    minMunicipalities: memberCount,
    maxMunicipalities: memberCount,
    minResearchGroups: memberCount,
    maxResearchGroups: memberCount,
  })
  .describe('how many municipalities (needs) and research groups a consortium of this type has');

const weight = z.number().min(0);
export const affinityWeightsSchema = z
  .strictObject({ text: weight, themes: weight, region: weight, projectType: weight })
  .describe('weights of the affinity components (need ↔ profile)');
export const consortiumWeightsSchema = z
  .strictObject({ relevance: weight, coverage: weight, cohesion: weight, diversity: weight })
  .describe('weights of the consortium score components');

const betweenZeroAndOne = got('must be between 0 and 1');
const fraction = z
  .number()
  .min(0, { error: betweenZeroAndOne })
  .max(1, { error: betweenZeroAndOne });
const timeLimit = got(`must be > 0 and ≤ ${MAX_TIME_LIMIT_SECONDS}`);

export const pinSchema = z
  .strictObject({
    needIds: list(
      id,
      MAX_CONSORTIUM_MEMBERS,
      'needs in one pin',
      'required: a pin names at least one need',
    ).min(1, { error: 'must name at least one need' }),
    profileIds: list(id, MAX_CONSORTIUM_MEMBERS, 'profiles in one pin').optional(),
  })
  .meta({ id: 'Pin', description: 'these needs (and profiles) must be in one proposal together' });

const settingsShape = {
  locale: z
    .enum(LOCALES)
    .describe('language of explanations and reasons: nb (bokmål), nn (nynorsk) or en'),
  timeLimitSeconds: z
    .number()
    .gt(0, { error: timeLimit })
    .max(MAX_TIME_LIMIT_SECONDS, { error: timeLimit })
    .describe('solver time limit in seconds'),
  sizes: z.strictObject({
    PRE_PROJECT: sizeRuleSchema,
    INNOVATION_PROJECT: sizeRuleSchema,
    COMPETENCE_PROJECT: sizeRuleSchema,
  }),
  affinityWeights: affinityWeightsSchema,
  consortiumWeights: consortiumWeightsSchema,
  minAffinity: fraction.describe(
    'minimum affinity score for a research group to be considered for a need',
  ),
  minNeedSimilarity: fraction.describe(
    'minimum need ↔ need similarity for two needs to be grouped',
  ),
  requireInternationalPartnersForCompetenceProjects: z
    .boolean()
    .describe('competence projects require a research group with international partners'),
  enforceRegion: z
    .boolean()
    .describe('research groups may only join needs in the counties they serve'),
  projectTypes: list(projectType, PROJECT_TYPES.length, 'project types')
    .min(1, { error: 'must name at least one project type' })
    .superRefine((types, ctx) => {
      types.forEach((type, i) => {
        if (types.indexOf(type) < i) {
          ctx.addIssue({ code: 'custom', path: [i], message: `duplicate project type ${type}` });
        }
      });
    })
    .describe('project types to form proposals for; default all three'),
  pins: list(pinSchema, PROBLEM_LIMITS.pins, 'pins').describe(
    'broker pins: each pin becomes one proposal; a need is pinned at most once',
  ),
  excludeIds: list(id, PROBLEM_LIMITS.excludeIds, 'excluded ids').describe(
    'needs and profiles left out of this run',
  ),
  maxExactCandidates: integer(0, 10_000_000).describe(
    'maximum number of candidates given to the exact solver before falling back to greedy',
  ),
};

/** Resolved engine settings: every field set (defaults in settings.ts). */
export const settingsSchema = z.strictObject(settingsShape);

const partialSizeRule = (type: (typeof PROJECT_TYPES)[number]) =>
  sizeRuleSchema.partial().superRefine((rule, ctx) => {
    const merged = { ...DEFAULT_SETTINGS.sizes[type], ...rule };
    for (const [min, max] of [
      ['minMunicipalities', 'maxMunicipalities'],
      ['minResearchGroups', 'maxResearchGroups'],
    ] as const) {
      if (merged[min] > merged[max]) {
        ctx.addIssue({
          code: 'custom',
          path: [rule[max] !== undefined ? max : min],
          message: `${min} (${merged[min]}) must be ≤ ${max} (${merged[max]})`,
        });
      }
    }
  });

/**
 * `settings` of a problem: every field optional, objects merged over the defaults per key (a size rule is checked
 * merged with its type's default: min ≤ max), arrays replaced; unknown keys are an error at any depth.
 */
export const problemSettingsSchema = z
  .strictObject({
    ...settingsShape,
    sizes: z
      .strictObject({
        PRE_PROJECT: partialSizeRule('PRE_PROJECT'),
        INNOVATION_PROJECT: partialSizeRule('INNOVATION_PROJECT'),
        COMPETENCE_PROJECT: partialSizeRule('COMPETENCE_PROJECT'),
      })
      .partial()
      .describe('consortium size rules per project type; each rule is merged over its default'),
    affinityWeights: affinityWeightsSchema.partial(),
    consortiumWeights: consortiumWeightsSchema.partial(),
  })
  .partial()
  .meta({
    id: 'Settings',
    description: 'optional engine settings (defaults in the README); unknown keys are an error',
  });

export const problemSchema = z
  .object({
    format: z.literal(PROBLEM_FORMAT, {
      error: (i) =>
        `expected "${PROBLEM_FORMAT}", got ${i.input === undefined ? 'nothing' : describeValue(i.input)}`,
    }),
    organizations: collection(organizationSchema, PROBLEM_LIMITS.organizations, 'organizations'),
    needs: collection(needSchema, PROBLEM_LIMITS.needs, 'needs'),
    profiles: collection(profileSchema, PROBLEM_LIMITS.profiles, 'profiles'),
    exclusions: list(exclusionSchema, PROBLEM_LIMITS.exclusions, 'exclusions').optional(),
    interests: list(interestSchema, PROBLEM_LIMITS.interests, 'interests').optional(),
    settings: problemSettingsSchema.optional(),
  })
  .meta({ id: 'Problem', description: 'brobygger.problem/v1: the input of the matching engine' });

// ---------------------------------------------------------------- results

const score = z.number().min(0).max(1);

export const scoreComponentsSchema = z.object({
  text: score,
  themes: score,
  region: score,
  projectType: score,
});

export const scoresDocumentSchema = z
  .object({
    format: z.literal(SCORES_FORMAT),
    scores: z.array(
      z.object({
        needId: z.string(),
        profileId: z.string(),
        score: score.describe('higher is better'),
        components: scoreComponentsSchema,
        sharedTerms: z
          .array(z.string())
          .describe('readable words as they appear in the texts, not stems'),
      }),
    ),
  })
  .meta({
    id: 'ScoresDocument',
    description:
      'brobygger.scores/v1: the output of `score`, sorted by score, then need id, then profile id',
  });

export const proposalComponentsSchema = z.object({
  relevance: z.number(),
  coverage: z.number(),
  cohesion: z.number(),
  diversity: z.number(),
});

/** Codes with parameters are typed in explanation-codes.ts; the JSON Schema shows them as `{ code, params }`. */
const coded = <T>(description: string) =>
  z.custom<T>().meta({
    description,
    type: 'object',
    properties: { code: { type: 'string' }, params: { type: 'object' } },
    required: ['code', 'params'],
  });

export const proposalSchema = z
  .object({
    id: z.string(),
    projectType,
    score: z.number(),
    leadOrganizationId: z.string(),
    needIds: z.array(z.string()),
    profileIds: z.array(z.string()),
    organizationIds: z.array(z.string()),
    components: proposalComponentsSchema,
    explanation: z.string(),
    explanationCodes: z
      .array(coded<ExplanationItem>('one sentence of the explanation as a code with parameters'))
      .optional(),
  })
  .meta({
    id: 'Proposal',
    description: 'one consortium: needs of municipalities and profiles of research groups',
  });

export const unmatchedNeedSchema = z
  .object({
    needId: z.string(),
    reason: z.string(),
    reasonCode: z.custom<UnmatchedReason['code']>().meta({ type: 'string' }).optional(),
    reasonParams: z.custom<UnmatchedReason['params']>().meta({ type: 'object' }).optional(),
  })
  .meta({
    id: 'UnmatchedNeed',
    description: 'a need that is in no proposal, with a reason a broker can act on',
  });

export const proposalsDocumentSchema = z
  .object({
    format: z.literal(PROPOSALS_FORMAT),
    objective: z.number().describe('the value the optimiser maximised'),
    upperBound: z
      .number()
      .describe('a proven bound on the best possible value for the same candidates'),
    proposals: z.array(proposalSchema),
    unmatchedNeeds: z
      .array(unmatchedNeedSchema)
      .describe('every need that is in no proposal, with a reason'),
  })
  .meta({
    id: 'ProposalsDocument',
    description: 'brobygger.proposals/v1: the output of `propose`',
  });

/** The three documents of the format, told apart by `format` (the root of docs/exchange.schema.json). */
export const exchangeDocumentSchema = z
  .discriminatedUnion('format', [problemSchema, scoresDocumentSchema, proposalsDocumentSchema])
  .meta({
    title: 'Brobygger matching exchange format v1',
    description:
      'A problem (brobygger.problem/v1), scores (brobygger.scores/v1) or proposals (brobygger.proposals/v1) document; ' +
      'see the README section "Exchange format and command line". Generated from libs/engine/src/exchange/schema.ts ' +
      'by `npm run schema:exchange`.',
  });

/** The JSON Schema (draft 2020-12) of the format. */
export function exchangeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(exchangeDocumentSchema, {
    io: 'input',
    unrepresentable: 'any',
    // A definition's name is its key in $defs; `id` is not a JSON Schema keyword.
    override: ({ jsonSchema }) => delete (jsonSchema as { id?: string }).id,
  });
}

/** The text of docs/exchange.schema.json (written by `npm run schema:exchange`). */
export function exchangeJsonSchemaText(): string {
  return JSON.stringify(exchangeJsonSchema(), null, 2) + '\n';
}
