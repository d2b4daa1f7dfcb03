/**
 * Hand-written validation of a `brobygger.problem/v1` document (exchange format v1).
 *
 * `parseProblem` walks the document in a fixed order and throws a `ProblemValidationError` naming the JSON path of
 * the FIRST bad value, e.g. `needs[3].projectType: expected one of PRE_PROJECT, INNOVATION_PROJECT, COMPETENCE_PROJECT`.
 * Order: format, organizations, needs, profiles, exclusions, interests, settings; inside a collection, item by item and field
 * by field. Unknown fields of organizations, needs and profiles are ignored (forward compatibility); unknown keys
 * in `settings` are an error at any depth.
 */
import { DEFAULT_SETTINGS } from './settings';
import {
  INSTITUTION_TYPES,
  LANGUAGES,
  ORGANIZATION_KINDS,
  OrganizationKind,
  PROBLEM_FORMAT,
  PROJECT_TYPES,
  DeepPartial,
  LOCALES,
  Problem,
  RESEARCH_EXPERIENCE,
  Settings,
  THEMES,
} from './types';

/** Largest problem document accepted, in bytes of JSON text (checked by callers before parsing). */
export const MAX_PROBLEM_BYTES = 200 * 1024 * 1024;

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

export class ProblemValidationError extends Error {
  /** JSON path of the first bad value, e.g. `needs[3].projectType` (`(root)` for the document itself). */
  readonly path: string;
  /** What is wrong, without the path. */
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'ProblemValidationError';
    this.path = path;
    this.reason = reason;
  }
}

/** The message for a document larger than MAX_PROBLEM_BYTES (callers check the byte size before parsing). */
export function problemTooLargeMessage(bytes: number, limit = MAX_PROBLEM_BYTES): string {
  return `problem is too large: ${formatBytes(bytes)}; the limit is ${formatBytes(limit)}`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB (${bytes} bytes)`;
  return `${bytes} bytes`;
}

type Json = Record<string, unknown>;

const MUNICIPAL_KINDS: readonly OrganizationKind[] = ['MUNICIPALITY', 'COUNTY_MUNICIPALITY'];
const COUNTY_NUMBER = /^\d{2}$/;
const MUNICIPALITY_NUMBER = /^\d{4}$/;
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

function fail(path: string, reason: string): never {
  throw new ProblemValidationError(path, reason);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function expectObject(value: unknown, path: string): Json {
  if (!isObject(value)) fail(path, `expected an object, got ${describe(value)}`);
  return value;
}

function expectArray(value: unknown, path: string, max: number, what: string): unknown[] {
  if (!Array.isArray(value)) fail(path, `expected an array, got ${describe(value)}`);
  if (value.length > max) fail(path, `too many ${what} (${value.length}); the limit is ${max}`);
  return value;
}

function expectString(value: unknown, path: string, maxLength: number, nonEmpty = false): string {
  if (typeof value !== 'string') fail(path, `expected a string, got ${describe(value)}`);
  if (nonEmpty && value.trim() === '') fail(path, 'must not be empty');
  if (value.length > maxLength)
    fail(path, `too long (${value.length} characters); the limit is ${maxLength}`);
  return value;
}

function optionalString(obj: Json, key: string, path: string, maxLength: number): void {
  if (obj[key] !== undefined) expectString(obj[key], child(path, key), maxLength);
}

function expectEnum<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(path, `expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function optionalEnum(obj: Json, key: string, path: string, allowed: readonly string[]): void {
  if (obj[key] !== undefined) expectEnum(obj[key], child(path, key), allowed);
}

function expectNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(path, `expected a number, got ${describe(value)}`);
  return value;
}

function expectInteger(
  value: unknown,
  path: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    fail(path, `expected an integer, got ${describe(value)}`);
  if (value < min) fail(path, `must be ≥ ${min}, got ${value}`);
  if (value > max) fail(path, `must be ≤ ${max}, got ${value}`);
  return value;
}

function expectBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, `expected true or false, got ${describe(value)}`);
  return value;
}

function expectPattern(value: unknown, path: string, pattern: RegExp, what: string): string {
  if (typeof value !== 'string' || !pattern.test(value))
    fail(path, `expected ${what}, got ${describe(value)}`);
  return value;
}

function enumList(obj: Json, key: string, path: string, allowed: readonly string[]): void {
  if (obj[key] === undefined) return;
  const p = child(path, key);
  const list = expectArray(obj[key], p, PROBLEM_LIMITS.listItems, key);
  list.forEach((v, i) => expectEnum(v, `${p}[${i}]`, allowed));
}

function stringList(obj: Json, key: string, path: string): void {
  if (obj[key] === undefined) return;
  const p = child(path, key);
  const list = expectArray(obj[key], p, PROBLEM_LIMITS.listItems, key);
  list.forEach((v, i) => expectString(v, `${p}[${i}]`, PROBLEM_LIMITS.shortTextLength));
}

/** Validates a collection item by item (id first, then `validateItem`) in document order; returns id → index. */
function validateCollection(
  items: unknown[],
  collection: string,
  validateItem: (item: Json, path: string) => void,
): Map<string, number> {
  const ids = new Map<string, number>();
  items.forEach((item, i) => {
    const path = `${collection}[${i}]`;
    const obj = expectObject(item, path);
    const id = expectString(obj.id, `${path}.id`, PROBLEM_LIMITS.idLength, true);
    const first = ids.get(id);
    if (first !== undefined)
      fail(`${path}.id`, `duplicate id "${id}" (already used by ${collection}[${first}])`);
    ids.set(id, i);
    validateItem(obj, path);
  });
  return ids;
}

function validateOrganization(org: Json, path: string): void {
  optionalEnum(org, 'kind', path, ORGANIZATION_KINDS);
  optionalString(org, 'name', path, PROBLEM_LIMITS.shortTextLength);
  if (org.municipalityNumber !== undefined) {
    expectPattern(
      org.municipalityNumber,
      `${path}.municipalityNumber`,
      MUNICIPALITY_NUMBER,
      'a four-digit string',
    );
  }
  if (org.countyNumber !== undefined) {
    expectPattern(org.countyNumber, `${path}.countyNumber`, COUNTY_NUMBER, 'a two-digit string');
  }
  if (org.population !== undefined) expectInteger(org.population, `${path}.population`, 0);
  optionalEnum(org, 'researchExperience', path, RESEARCH_EXPERIENCE);
  optionalString(org, 'institution', path, PROBLEM_LIMITS.shortTextLength);
  optionalEnum(org, 'institutionType', path, INSTITUTION_TYPES);
  if (org.internationalPartners !== undefined)
    expectBoolean(org.internationalPartners, `${path}.internationalPartners`);
}

function validateOwner(
  value: unknown,
  path: string,
  organizations: unknown[],
  orgIds: Map<string, number>,
  allowedKinds: readonly OrganizationKind[],
): void {
  const id = expectString(value, path, PROBLEM_LIMITS.idLength, true);
  const index = orgIds.get(id);
  if (index === undefined) fail(path, `unknown organization "${id}"`);
  const kind = (organizations[index] as Json).kind as OrganizationKind | undefined;
  // A missing kind is accepted (only id is required of an organization); a stated wrong kind is not.
  if (kind !== undefined && !allowedKinds.includes(kind)) {
    fail(path, `organization "${id}" is a ${kind}; expected ${allowedKinds.join(' or ')}`);
  }
}

function validateNeed(
  need: Json,
  path: string,
  organizations: unknown[],
  orgIds: Map<string, number>,
): void {
  validateOwner(
    need.organizationId,
    `${path}.organizationId`,
    organizations,
    orgIds,
    MUNICIPAL_KINDS,
  );
  expectString(need.title, `${path}.title`, PROBLEM_LIMITS.titleLength, true);
  optionalString(need, 'description', path, PROBLEM_LIMITS.descriptionLength);
  enumList(need, 'themes', path, THEMES);
  optionalEnum(need, 'projectType', path, PROJECT_TYPES);
  optionalEnum(need, 'language', path, LANGUAGES);
}

function validateProfile(
  profile: Json,
  path: string,
  organizations: unknown[],
  orgIds: Map<string, number>,
): void {
  validateOwner(profile.organizationId, `${path}.organizationId`, organizations, orgIds, [
    'RESEARCH_GROUP',
  ]);
  expectString(profile.title, `${path}.title`, PROBLEM_LIMITS.titleLength, true);
  optionalString(profile, 'description', path, PROBLEM_LIMITS.descriptionLength);
  stringList(profile, 'keywords', path);
  stringList(profile, 'methods', path);
  enumList(profile, 'themes', path, THEMES);
  if (profile.capacity !== undefined) expectInteger(profile.capacity, `${path}.capacity`, 0);
  if (profile.countyNumbers !== undefined) {
    const p = `${path}.countyNumbers`;
    const list = expectArray(profile.countyNumbers, p, PROBLEM_LIMITS.listItems, 'countyNumbers');
    list.forEach((v, i) => expectPattern(v, `${p}[${i}]`, COUNTY_NUMBER, 'a two-digit string'));
  }
  if (profile.references !== undefined) {
    const p = `${path}.references`;
    const refs = expectArray(
      profile.references,
      p,
      PROBLEM_LIMITS.referencesPerProfile,
      'references',
    );
    refs.forEach((r, i) => {
      const rp = `${p}[${i}]`;
      const ref = expectObject(r, rp);
      expectString(ref.title, `${rp}.title`, PROBLEM_LIMITS.titleLength, true);
      optionalString(ref, 'abstract', rp, PROBLEM_LIMITS.descriptionLength);
      if (ref.year !== undefined) expectInteger(ref.year, `${rp}.year`, MIN_YEAR, MAX_YEAR);
      optionalString(ref, 'url', rp, 2_000);
    });
  }
  optionalEnum(profile, 'language', path, LANGUAGES);
  stringList(profile, 'internationalPartners', path);
}

// ---------------------------------------------------------------- settings

function rejectUnknownKeys(obj: Json, path: string, known: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) fail(child(path, key), 'unknown setting');
  }
}

const SIZE_KEYS = [
  'minMunicipalities',
  'maxMunicipalities',
  'minResearchGroups',
  'maxResearchGroups',
] as const;
const MAX_CONSORTIUM_MEMBERS = 50;

function validateSizes(value: unknown, path: string): void {
  const sizes = expectObject(value, path);
  rejectUnknownKeys(sizes, path, PROJECT_TYPES);
  for (const type of PROJECT_TYPES) {
    if (sizes[type] === undefined) continue;
    const tp = `${path}.${type}`;
    const rule = expectObject(sizes[type], tp);
    rejectUnknownKeys(rule, tp, SIZE_KEYS);
    for (const key of SIZE_KEYS) {
      if (rule[key] !== undefined) {
        expectInteger(rule[key], `${tp}.${key}`, 1, MAX_CONSORTIUM_MEMBERS);
      }
    }
    const merged = { ...DEFAULT_SETTINGS.sizes[type], ...(rule as object) } as Record<
      string,
      number
    >;
    for (const [min, max] of [
      ['minMunicipalities', 'maxMunicipalities'],
      ['minResearchGroups', 'maxResearchGroups'],
    ] as const) {
      if (merged[min] > merged[max]) {
        const at = rule[max] !== undefined ? max : min;
        fail(`${tp}.${at}`, `${min} (${merged[min]}) must be ≤ ${max} (${merged[max]})`);
      }
    }
  }
}

function validateWeights(value: unknown, path: string, keys: readonly string[]): void {
  const weights = expectObject(value, path);
  rejectUnknownKeys(weights, path, keys);
  for (const key of keys) {
    if (weights[key] === undefined) continue;
    const w = expectNumber(weights[key], `${path}.${key}`);
    if (w < 0) fail(`${path}.${key}`, `must be ≥ 0, got ${w}`);
  }
}

function validateFraction(value: unknown, path: string): void {
  const n = expectNumber(value, path);
  if (n < 0 || n > 1) fail(path, `must be between 0 and 1, got ${n}`);
}

const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS);

/** The needs and profiles that pins and excludeIds may name; omitted = ids are not checked. */
export interface KnownIds {
  needIds: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  profileIds: ReadonlySet<string> | ReadonlyMap<string, unknown>;
}

function validateSettings(value: unknown, known: KnownIds | undefined): void {
  const path = 'settings';
  const needIds = known?.needIds;
  const profileIds = known?.profileIds;
  const s = expectObject(value, path);
  rejectUnknownKeys(s, path, SETTINGS_KEYS);
  if (s.locale !== undefined) expectEnum(s.locale, `${path}.locale`, LOCALES);
  if (s.timeLimitSeconds !== undefined) {
    const t = expectNumber(s.timeLimitSeconds, `${path}.timeLimitSeconds`);
    if (t <= 0 || t > MAX_TIME_LIMIT_SECONDS) {
      fail(`${path}.timeLimitSeconds`, `must be > 0 and ≤ ${MAX_TIME_LIMIT_SECONDS}, got ${t}`);
    }
  }
  if (s.sizes !== undefined) validateSizes(s.sizes, `${path}.sizes`);
  if (s.affinityWeights !== undefined) {
    validateWeights(
      s.affinityWeights,
      `${path}.affinityWeights`,
      Object.keys(DEFAULT_SETTINGS.affinityWeights),
    );
  }
  if (s.consortiumWeights !== undefined) {
    validateWeights(
      s.consortiumWeights,
      `${path}.consortiumWeights`,
      Object.keys(DEFAULT_SETTINGS.consortiumWeights),
    );
  }
  if (s.minAffinity !== undefined) validateFraction(s.minAffinity, `${path}.minAffinity`);
  if (s.minNeedSimilarity !== undefined)
    validateFraction(s.minNeedSimilarity, `${path}.minNeedSimilarity`);
  for (const key of [
    'requireInternationalPartnersForCompetenceProjects',
    'enforceRegion',
  ] as const) {
    if (s[key] !== undefined) expectBoolean(s[key], `${path}.${key}`);
  }
  if (s.projectTypes !== undefined) {
    const p = `${path}.projectTypes`;
    const list = expectArray(s.projectTypes, p, PROJECT_TYPES.length, 'project types');
    if (list.length === 0) fail(p, 'must name at least one project type');
    const seen = new Set<string>();
    list.forEach((v, i) => {
      const t = expectEnum(v, `${p}[${i}]`, PROJECT_TYPES);
      if (seen.has(t)) fail(`${p}[${i}]`, `duplicate project type ${t}`);
      seen.add(t);
    });
  }
  const excluded = new Set<string>();
  if (s.excludeIds !== undefined) {
    const p = `${path}.excludeIds`;
    const list = expectArray(s.excludeIds, p, PROBLEM_LIMITS.excludeIds, 'excluded ids');
    list.forEach((v, i) => {
      const id = expectString(v, `${p}[${i}]`, PROBLEM_LIMITS.idLength, true);
      if (needIds && profileIds && !needIds.has(id) && !profileIds.has(id))
        fail(`${p}[${i}]`, `unknown need or profile "${id}"`);
      excluded.add(id);
    });
  }
  if (s.pins !== undefined) validatePins(s.pins, `${path}.pins`, needIds, profileIds, excluded);
  if (s.maxExactCandidates !== undefined) {
    expectInteger(s.maxExactCandidates, `${path}.maxExactCandidates`, 0, 10_000_000);
  }
}

function validatePins(
  value: unknown,
  path: string,
  needIds: KnownIds['needIds'] | undefined,
  profileIds: KnownIds['profileIds'] | undefined,
  excluded: Set<string>,
): void {
  const pins = expectArray(value, path, PROBLEM_LIMITS.pins, 'pins');
  const pinnedNeeds = new Map<string, number>();
  pins.forEach((raw, i) => {
    const pp = `${path}[${i}]`;
    const pin = expectObject(raw, pp);
    rejectUnknownKeys(pin, pp, ['needIds', 'profileIds']);
    if (pin.needIds === undefined) fail(`${pp}.needIds`, 'required: a pin names at least one need');
    const needs = expectArray(
      pin.needIds,
      `${pp}.needIds`,
      MAX_CONSORTIUM_MEMBERS,
      'needs in one pin',
    );
    if (needs.length === 0) fail(`${pp}.needIds`, 'must name at least one need');
    needs.forEach((v, j) => {
      const at = `${pp}.needIds[${j}]`;
      const id = expectString(v, at, PROBLEM_LIMITS.idLength, true);
      if (needIds && !needIds.has(id)) fail(at, `unknown need "${id}"`);
      if (excluded.has(id)) fail(at, `need "${id}" is both pinned and in settings.excludeIds`);
      const earlier = pinnedNeeds.get(id);
      if (earlier !== undefined) fail(at, `need "${id}" is already pinned by ${path}[${earlier}]`);
      pinnedNeeds.set(id, i);
    });
    if (pin.profileIds !== undefined) {
      const profiles = expectArray(
        pin.profileIds,
        `${pp}.profileIds`,
        MAX_CONSORTIUM_MEMBERS,
        'profiles in one pin',
      );
      const seen = new Set<string>();
      profiles.forEach((v, j) => {
        const at = `${pp}.profileIds[${j}]`;
        const id = expectString(v, at, PROBLEM_LIMITS.idLength, true);
        if (profileIds && !profileIds.has(id)) fail(at, `unknown profile "${id}"`);
        if (excluded.has(id)) fail(at, `profile "${id}" is both pinned and in settings.excludeIds`);
        if (seen.has(id)) fail(at, `duplicate profile "${id}" in this pin`);
        seen.add(id);
      });
    }
  });
}

/** `interests`: each names a known need and a known profile, and each pair at most once. */
function validateInterests(
  value: unknown,
  needIds: Map<string, number>,
  profileIds: Map<string, number>,
): void {
  const interests = expectArray(value, 'interests', PROBLEM_LIMITS.interests, 'interests');
  const seen = new Map<string, number>();
  interests.forEach((raw, i) => {
    const path = `interests[${i}]`;
    const interest = expectObject(raw, path);
    const needId = expectString(interest.needId, `${path}.needId`, PROBLEM_LIMITS.idLength, true);
    if (!needIds.has(needId)) fail(`${path}.needId`, `unknown need "${needId}"`);
    const profileId = expectString(
      interest.profileId,
      `${path}.profileId`,
      PROBLEM_LIMITS.idLength,
      true,
    );
    if (!profileIds.has(profileId)) fail(`${path}.profileId`, `unknown profile "${profileId}"`);
    const key = JSON.stringify([needId, profileId]);
    const first = seen.get(key);
    if (first !== undefined)
      fail(
        path,
        `duplicate interest of "${profileId}" in "${needId}" (already interests[${first}])`,
      );
    seen.set(key, i);
  });
}

// ---------------------------------------------------------------- entry point

/**
 * Validates a parsed JSON value as a `brobygger.problem/v1` document and returns it typed.
 * Throws ProblemValidationError naming the JSON path of the first bad value.
 */
export function parseProblem(json: unknown): Problem {
  const doc = expectObject(json, '(root)');
  if (doc.format !== PROBLEM_FORMAT) {
    fail(
      'format',
      `expected "${PROBLEM_FORMAT}", got ${doc.format === undefined ? 'nothing' : describe(doc.format)}`,
    );
  }
  for (const key of ['organizations', 'needs', 'profiles'] as const) {
    if (doc[key] === undefined) fail(key, 'required: expected an array');
  }

  const organizations = expectArray(
    doc.organizations,
    'organizations',
    PROBLEM_LIMITS.organizations,
    'organizations',
  );
  const needs = expectArray(doc.needs, 'needs', PROBLEM_LIMITS.needs, 'needs');
  const profiles = expectArray(doc.profiles, 'profiles', PROBLEM_LIMITS.profiles, 'profiles');

  const orgIds = validateCollection(organizations, 'organizations', validateOrganization);
  const needIds = validateCollection(needs, 'needs', (need, path) =>
    validateNeed(need, path, organizations, orgIds),
  );
  const profileIds = validateCollection(profiles, 'profiles', (profile, path) =>
    validateProfile(profile, path, organizations, orgIds),
  );

  if (doc.exclusions !== undefined) {
    const exclusions = expectArray(
      doc.exclusions,
      'exclusions',
      PROBLEM_LIMITS.exclusions,
      'exclusions',
    );
    exclusions.forEach((raw, i) => {
      const path = `exclusions[${i}]`;
      const ex = expectObject(raw, path);
      for (const side of ['a', 'b'] as const) {
        const id = expectString(ex[side], `${path}.${side}`, PROBLEM_LIMITS.idLength, true);
        if (!orgIds.has(id)) fail(`${path}.${side}`, `unknown organization "${id}"`);
      }
      if (ex.a === ex.b) fail(`${path}.b`, 'an organization cannot be excluded from itself');
      optionalString(ex, 'reason', path, PROBLEM_LIMITS.shortTextLength);
    });
  }

  if (doc.interests !== undefined) validateInterests(doc.interests, needIds, profileIds);

  if (doc.settings !== undefined) validateSettings(doc.settings, { needIds, profileIds });

  return doc as unknown as Problem;
}

/**
 * Validates a `settings` object on its own, exactly as inside a problem (same paths, `settings.<key>`, and messages).
 * With `known`, pins and excludeIds must name those needs and profiles; without it their ids are not checked.
 * Returns the partial settings typed (resolve them with resolveSettings).
 */
export function parseSettings(json: unknown, known?: KnownIds): DeepPartial<Settings> {
  validateSettings(json, known);
  return json as DeepPartial<Settings>;
}
