import { Button, Checkbox, Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectType } from '../../gql/graphql';
import { PROJECT_TYPES } from '../../shared/enums';
import { buildSettings, choicesProblem, DEFAULT_CHOICES, type RunChoices } from './settings';

export interface Choice {
  id: string;
  title: string;
  organization: string;
}

interface Props {
  needs: Choice[];
  profiles: Choice[];
  busy?: boolean;
  /** Field error from the API (a sentence), shown under the form. */
  error?: string;
  onSubmit: (input: { settings: Record<string, unknown> }) => void;
}

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((x) => x !== value);
}

/** The match run's settings: project types, pinned needs, exclusions and the explanations' language. */
export function SettingsForm({ needs, profiles, busy, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<RunChoices>(DEFAULT_CHOICES);
  const [touched, setTouched] = useState(false);
  const problem = touched ? choicesProblem(choices) : null;
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (choicesProblem(choices)) return;
        onSubmit({ settings: buildSettings(choices) });
      }}
    >
      <Fieldset>
        <Fieldset.Legend>{t('runs.projectTypes')}</Fieldset.Legend>
        <Fieldset.Description>{t('runs.projectTypesHint')}</Fieldset.Description>
        {PROJECT_TYPES.map((type: ProjectType) => (
          <Checkbox
            key={type}
            label={t(`enums.ProjectType.${type}`)}
            value={type}
            checked={choices.projectTypes.includes(type)}
            onChange={(e) => setChoices((c) => ({ ...c, projectTypes: toggle(c.projectTypes, type, e.target.checked) }))}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('runs.pinNeeds')}</Fieldset.Legend>
        <Fieldset.Description>{t('runs.pinsHint')}</Fieldset.Description>
        {needs.map((need) => (
          <Checkbox
            key={need.id}
            label={`${need.title} (${need.organization})`}
            value={need.id}
            checked={choices.pinnedNeedIds.includes(need.id)}
            onChange={(e) => setChoices((c) => ({ ...c, pinnedNeedIds: toggle(c.pinnedNeedIds, need.id, e.target.checked) }))}
          />
        ))}
        {problem && <ValidationMessage>{t(`runs.${problem}`)}</ValidationMessage>}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('runs.exclusions')}</Fieldset.Legend>
        <Fieldset.Description>{t('runs.exclusionsHint')}</Fieldset.Description>
        {[...needs, ...profiles].map((item) => (
          <Checkbox
            key={item.id}
            label={`${item.title} (${item.organization})`}
            value={item.id}
            checked={choices.excludedIds.includes(item.id)}
            onChange={(e) => setChoices((c) => ({ ...c, excludedIds: toggle(c.excludedIds, item.id, e.target.checked) }))}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('runs.locale')}</Fieldset.Legend>
        {(['nb', 'en'] as const).map((locale) => (
          <Radio
            key={locale}
            name="locale"
            label={t(`enums.Language.${locale}`)}
            value={locale}
            checked={choices.locale === locale}
            onChange={() => setChoices((c) => ({ ...c, locale }))}
          />
        ))}
      </Fieldset>
      {error && <ValidationMessage>{error}</ValidationMessage>}
      <div>
        <Button type="submit" loading={busy}>
          {t('runs.start')}
        </Button>
      </div>
    </form>
  );
}
