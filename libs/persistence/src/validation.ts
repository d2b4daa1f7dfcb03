import { ValidationError } from './errors';

/**
 * The version a need's status transition is based on (withdrawKnowledgeNeed's optional argument). All other input is
 * validated once at the API edge (the GraphQL inputs), with the database constraints behind it.
 */
export function requireVersion(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new ValidationError('version', 'must be a positive integer (the version you edited)');
  }
  return value as number;
}
