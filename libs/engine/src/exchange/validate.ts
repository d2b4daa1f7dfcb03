/**
 * Validation of a `brobygger.problem/v1` document (exchange format v1) in two steps:
 *
 * 1. its shape, with the zod schema in schema.ts (types, enums, lengths, limits, settings);
 * 2. its cross-references, here: ids unique per collection, owners that exist and are of the right kind,
 *    exclusions, interests, and the pins and excluded ids of the settings.
 *
 * `parseProblem` throws a `ProblemValidationError` naming the JSON path of the first bad value, e.g.
 * `needs[3].projectType: expected one of PRE_PROJECT, INNOVATION_PROJECT, COMPETENCE_PROJECT`: the first problem of
 * shape in document order (format, organizations, needs, profiles, exclusions, interests, settings; item by item and
 * field by field; an array's length limit and an object's unknown keys come after its items), or else the first bad
 * reference in the same order. Unknown fields of organizations, needs and profiles are ignored (forward
 * compatibility); unknown keys in `settings` are an error at any depth.
 */
import type { z } from 'zod/v4';
import { issueReason, problemSchema, problemSettingsSchema } from './schema';
import { DeepPartial, OrganizationKind, Problem, Settings } from './types';

export { MAX_TIME_LIMIT_SECONDS, PROBLEM_LIMITS } from './schema';

/** Largest problem document accepted, in bytes of JSON text (checked by callers before parsing). */
export const MAX_PROBLEM_BYTES = 200 * 1024 * 1024;

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

/** The needs and profiles that pins and excludeIds may name; omitted = ids are not checked. */
export interface KnownIds {
  needIds: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  profileIds: ReadonlySet<string> | ReadonlyMap<string, unknown>;
}

/**
 * Validates a parsed JSON value as a `brobygger.problem/v1` document and returns it typed (the value itself: the
 * schema has no defaults or transforms). Throws ProblemValidationError naming the JSON path of the first bad value.
 */
export function parseProblem(json: unknown): Problem {
  checkShape(problemSchema, json, []);
  const problem = json as Problem;
  checkReferences(problem);
  return problem;
}

/**
 * Validates a `settings` object on its own, exactly as inside a problem (same paths, `settings.<key>`, and messages).
 * With `known`, pins and excludeIds must name those needs and profiles; without it their ids are not checked.
 * Returns the partial settings typed (resolve them with resolveSettings).
 */
export function parseSettings(json: unknown, known?: KnownIds): DeepPartial<Settings> {
  checkShape(problemSettingsSchema, json, ['settings']);
  const settings = json as DeepPartial<Settings>;
  checkSettingsReferences(settings, known);
  return settings;
}

// ---------------------------------------------------------------- step 1: shape

type Path = ReadonlyArray<PropertyKey>;

function checkShape(schema: z.ZodType, json: unknown, prefix: Path): void {
  const result = schema.safeParse(json, { error: issueReason });
  if (result.success) return;
  const issue = result.error.issues[0];
  // An unknown key is reported at its own path (`settings.timelimit`), not at its object's.
  const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  throw new ProblemValidationError(formatPath([...prefix, ...at]), issue.message);
}

/** `needs[3].projectType`; `(root)` for the document itself. */
function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

// ---------------------------------------------------------------- step 2: references

function fail(path: string, reason: string): never {
  throw new ProblemValidationError(path, reason);
}

const MUNICIPAL_KINDS: readonly OrganizationKind[] = ['MUNICIPALITY', 'COUNTY_MUNICIPALITY'];

function checkReferences(problem: Problem): void {
  const { organizations } = problem;
  const orgIds = uniqueIds(organizations, 'organizations');
  const checkOwner = (organizationId: string, path: string, kinds: readonly OrganizationKind[]) => {
    const index = orgIds.get(organizationId);
    if (index === undefined) fail(path, `unknown organization "${organizationId}"`);
    const kind = organizations[index].kind;
    // A missing kind is accepted (only id is required of an organization); a stated wrong kind is not.
    if (kind !== undefined && !kinds.includes(kind)) {
      fail(path, `organization "${organizationId}" is a ${kind}; expected ${kinds.join(' or ')}`);
    }
  };
  const needIds = uniqueIds(problem.needs, 'needs', (need, path) =>
    checkOwner(need.organizationId, `${path}.organizationId`, MUNICIPAL_KINDS),
  );
  const profileIds = uniqueIds(problem.profiles, 'profiles', (profile, path) =>
    checkOwner(profile.organizationId, `${path}.organizationId`, ['RESEARCH_GROUP']),
  );

  problem.exclusions?.forEach((exclusion, i) => {
    const path = `exclusions[${i}]`;
    for (const side of ['a', 'b'] as const) {
      const id = exclusion[side];
      if (!orgIds.has(id)) fail(`${path}.${side}`, `unknown organization "${id}"`);
    }
    if (exclusion.a === exclusion.b)
      fail(`${path}.b`, 'an organization cannot be excluded from itself');
  });

  const interests = new Map<string, number>();
  problem.interests?.forEach(({ needId, profileId }, i) => {
    const path = `interests[${i}]`;
    if (!needIds.has(needId)) fail(`${path}.needId`, `unknown need "${needId}"`);
    if (!profileIds.has(profileId)) fail(`${path}.profileId`, `unknown profile "${profileId}"`);
    const key = JSON.stringify([needId, profileId]);
    const first = interests.get(key);
    if (first !== undefined) {
      fail(
        path,
        `duplicate interest of "${profileId}" in "${needId}" (already interests[${first}])`,
      );
    }
    interests.set(key, i);
  });

  if (problem.settings) checkSettingsReferences(problem.settings, { needIds, profileIds });
}

/** Checks that ids are unique within a collection, item by item (then `checkItem`); returns id → index. */
function uniqueIds<T extends { id: string }>(
  items: readonly T[],
  collection: string,
  checkItem?: (item: T, path: string) => void,
): Map<string, number> {
  const ids = new Map<string, number>();
  items.forEach((item, i) => {
    const path = `${collection}[${i}]`;
    const first = ids.get(item.id);
    if (first !== undefined) {
      fail(`${path}.id`, `duplicate id "${item.id}" (already used by ${collection}[${first}])`);
    }
    ids.set(item.id, i);
    checkItem?.(item, path);
  });
  return ids;
}

/** excludeIds and pins name known needs and profiles; a need is pinned once; nothing is both pinned and excluded. */
function checkSettingsReferences(
  settings: DeepPartial<Settings>,
  known: KnownIds | undefined,
): void {
  const excluded = new Set<string>();
  settings.excludeIds?.forEach((id, i) => {
    if (known && !known.needIds.has(id) && !known.profileIds.has(id)) {
      fail(`settings.excludeIds[${i}]`, `unknown need or profile "${id}"`);
    }
    excluded.add(id);
  });
  const pinnedNeeds = new Map<string, number>();
  settings.pins?.forEach((pin, i) => {
    const path = `settings.pins[${i}]`;
    pin.needIds.forEach((id, j) => {
      const at = `${path}.needIds[${j}]`;
      if (known && !known.needIds.has(id)) fail(at, `unknown need "${id}"`);
      if (excluded.has(id)) fail(at, `need "${id}" is both pinned and in settings.excludeIds`);
      const earlier = pinnedNeeds.get(id);
      if (earlier !== undefined)
        fail(at, `need "${id}" is already pinned by settings.pins[${earlier}]`);
      pinnedNeeds.set(id, i);
    });
    const profiles = new Set<string>();
    pin.profileIds?.forEach((id, j) => {
      const at = `${path}.profileIds[${j}]`;
      if (known && !known.profileIds.has(id)) fail(at, `unknown profile "${id}"`);
      if (excluded.has(id)) fail(at, `profile "${id}" is both pinned and in settings.excludeIds`);
      if (profiles.has(id)) fail(at, `duplicate profile "${id}" in this pin`);
      profiles.add(id);
    });
  });
}
