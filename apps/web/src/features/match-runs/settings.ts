import type { ProjectType } from '../../gql/graphql';

/** What the broker chose in the settings form. */
export interface RunChoices {
  projectTypes: ProjectType[];
  pinnedNeedIds: string[];
  excludedIds: string[];
  locale: 'nb' | 'en';
}

export const DEFAULT_CHOICES: RunChoices = { projectTypes: [], pinnedNeedIds: [], excludedIds: [], locale: 'nb' };

/**
 * The engine settings (exchange format `settings`) for the choices: only what differs from the defaults, so the
 * engine's own defaults apply to the rest. A pin needs two needs or more; a pinned need cannot be excluded.
 */
export function buildSettings(choices: RunChoices): Record<string, unknown> {
  const settings: Record<string, unknown> = { locale: choices.locale };
  if (choices.projectTypes.length > 0) settings.projectTypes = choices.projectTypes;
  if (choices.pinnedNeedIds.length >= 2) settings.pins = [{ needIds: choices.pinnedNeedIds }];
  const excluded = choices.excludedIds.filter((id) => !choices.pinnedNeedIds.includes(id));
  if (excluded.length > 0) settings.excludeIds = excluded;
  return settings;
}

/** A problem with the choices the form reports before sending, or null. */
export function choicesProblem(choices: RunChoices): 'atLeastOnePin' | null {
  return choices.pinnedNeedIds.length === 1 ? 'atLeastOnePin' : null;
}
