import { ValidationError } from './errors';
import { textLength } from './limits';
import { isUuid } from './sql';

/**
 * Input checks still made by the competence-profile repository (not yet moved to the API edge, where the other
 * repositories' input is validated once) and the version check of a need's status transition. Limits come from
 * limits.ts and text length is counted in code points, as the API counts it.
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

export function requireSubsetOf<T extends string>(
  field: string,
  value: unknown,
  allowed: readonly T[],
): T[] {
  if (!Array.isArray(value)) throw new ValidationError(field, 'must be a list');
  value.forEach((v, i) => requireOneOf(`${field}[${i}]`, v, allowed));
  return [...new Set(value as T[])];
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

export function requireUuid(field: string, value: unknown): string {
  if (!isUuid(value)) throw new ValidationError(field, 'must be a UUID');
  return value.toLowerCase();
}

export function requireVersion(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new ValidationError('version', 'must be a positive integer (the version you edited)');
  }
  return value as number;
}

export function requireCountyNumbers(field: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw new ValidationError(field, 'must be a list');
  value.forEach((v, i) => {
    if (typeof v !== 'string' || !/^\d{2}$/.test(v)) {
      throw new ValidationError(`${field}[${i}]`, 'must be a two-digit county number');
    }
  });
  return [...new Set(value as string[])].sort();
}
