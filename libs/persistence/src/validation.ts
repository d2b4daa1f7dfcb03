import { ValidationError } from './errors';
import { textLength } from './limits';

/**
 * Checks the competence-profile repository still makes on its lists and references (entries not blank, reference
 * kinds and years) and the version a need's status transition is based on (withdrawKnowledgeNeed's optional
 * argument); all other input is validated once at the API edge, with the database constraints behind it.
 * Limits come from limits.ts and text length is counted in code points, as the API counts it.
 */
export function requireText(
  field: string,
  value: unknown,
  max: number,
  options: { allowEmpty?: boolean } = {},
): string {
  if (typeof value !== 'string') throw new ValidationError(field, 'must be a string');
  const trimmed = value.trim();
  if (!options.allowEmpty && trimmed.length === 0)
    throw new ValidationError(field, 'must not be empty');
  if (textLength(trimmed) > max)
    throw new ValidationError(field, `must be at most ${max} characters`);
  return trimmed;
}

export function optionalText(field: string, value: unknown, max: number): string | null {
  if (value === undefined || value === null) return null;
  const text = requireText(field, value, max, { allowEmpty: true });
  return text === '' ? null : text;
}

export function requireOneOf<T extends string>(
  field: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ValidationError(field, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export function requireStringList(
  field: string,
  value: unknown,
  maxItems: number,
  maxLength: number,
): string[] {
  if (!Array.isArray(value)) throw new ValidationError(field, 'must be a list');
  if (value.length > maxItems)
    throw new ValidationError(field, `must have at most ${maxItems} entries`);
  const out = value.map((v, i) => requireText(`${field}[${i}]`, v, maxLength));
  return [...new Set(out)];
}

export function requireVersion(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new ValidationError('version', 'must be a positive integer (the version you edited)');
  }
  return value as number;
}
