import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/** The first error of an API answer, as the app needs it: the code, the field it names and the message. */
export interface ApiProblem {
  code: string;
  /** `extensions.field` as the API sent it, e.g. `input.contacts[0].email`. */
  field?: string;
  message: string;
}

export function apiProblem(error: unknown): ApiProblem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return {
      code: String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
      field: typeof first?.extensions?.field === 'string' ? first.extensions.field : undefined,
      message: first?.message ?? '',
    };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The form field an API field path belongs to: the argument name and list indexes dropped, so that
 * `input.contacts[0].email` → `contacts.email`, `input.title` → `title`, `input.settings.pins[0]` → `settings`.
 */
export function fieldKey(field: string): string {
  const parts = field.replace(/\[\d+\]/g, '').split('.');
  if (parts[0] === 'input') parts.shift();
  if (parts[0] === 'settings') return 'settings';
  return parts.join('.');
}

const FIELD_SENTENCES = new Set([
  'title',
  'description',
  'organizationId',
  'themes',
  'contacts',
  'contacts.email',
  'contacts.name',
  'committedPersonMonths',
  'version',
  'arenaId',
  'settings',
  'reason',
  'password',
  'commitment',
  'preferences',
  'language',
]);

/** A sentence in the user's language for an invalid field (never the API's English message). */
export function fieldSentence(t: TFunction, field: string): string {
  const key = fieldKey(field);
  if (FIELD_SENTENCES.has(key)) return t(`errors.field.${key}`);
  const parent = key.split('.')[0];
  if (FIELD_SENTENCES.has(parent)) return t(`errors.field.${parent}`);
  return t('errors.field.other', { field: key });
}

/** A sentence in the user's language for any API problem. */
export function problemSentence(t: TFunction, problem: ApiProblem): string {
  switch (problem.code) {
    case 'BAD_USER_INPUT':
      return problem.field ? fieldSentence(t, problem.field) : t('errors.badInput');
    case 'CONFLICT':
      return t('errors.conflict');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'INVALID_STATE':
      return t('errors.invalidState', { detail: problem.message });
    case 'TOO_MANY_REQUESTS':
      return t('errors.tooMany');
    case 'NETWORK':
      return t('errors.network');
    default:
      return t('errors.generic');
  }
}
