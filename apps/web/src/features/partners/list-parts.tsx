import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, apiProblem, fieldKey, problemSentence } from '../../shared/errors';

/**
 * The problem of a partner list's mutations: `fieldError(key)` is the sentence (`partners.errors.<key>`) for an
 * invalid form field, `general` the problem when it names none of `fields` (shown by GeneralProblem).
 */
export function partnerFormProblem(t: TFunction, error: unknown, fields: readonly string[]) {
  const problem = apiProblem(error);
  const fieldError = (key: string) =>
    problem?.code === 'BAD_USER_INPUT' && problem.field && fieldKey(problem.field) === key ? t(`partners.errors.${key}`) : undefined;
  const general = problem && !fields.some((f) => fieldError(f)) ? problem : null;
  return { fieldError, general };
}

/** A problem that names no form field, as an alert under the list. */
export function GeneralProblem({ problem }: { problem: ApiProblem | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{problemSentence(t, problem)}</Paragraph>
    </Alert>
  );
}

/** A list item's remove button: runs `remove`, then `refetch`es the list; a failure shows in GeneralProblem. */
export function RemoveButton(props: {
  label: string;
  ariaLabel?: string;
  danger?: boolean;
  loading: boolean;
  remove: () => Promise<unknown>;
  refetch: () => Promise<unknown>;
}) {
  return (
    <Button
      variant="tertiary"
      data-color={props.danger ? 'danger' : undefined}
      data-size="sm"
      loading={props.loading}
      aria-label={props.ariaLabel}
      onClick={() =>
        void props
          .remove()
          .then(() => props.refetch())
          .catch(() => undefined)
      }
    >
      {props.label}
    </Button>
  );
}
