import { InputValidationError } from '../validation/input-validation.error';

/**
 * Offset cursors for lists that are not paged by a repository (repositories page with keyset cursors of their
 * own, see @brobygger/persistence/pagination). Clients treat every cursor as an opaque string.
 */
const PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** Offset of the first edge after `after` (0 without a cursor). Throws BAD_USER_INPUT naming `after`. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === undefined || after === null) return 0;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match) {
    throw new InputValidationError([{ field: 'after', message: 'after is not a valid cursor' }]);
  }
  return Number(match[1]) + 1;
}
