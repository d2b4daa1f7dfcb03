import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { arenaIds, organizationIds } from '../../app/session';
import { useSession } from '../../app/useSession';
import type { Language, ProjectType, Theme } from '../../gql/graphql';
import { PROJECT_TYPES, THEMES } from '../../shared/enums';
import { apiProblem, fieldKey, fieldSentence, problemSentence } from '../../shared/errors';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import { OrganizationPicker } from '../partners/OrganizationPicker';
import { CreateNeedDocument, MyOrganizationsDocument, NeedDocument, UpdateNeedDocument } from './operations';

interface FormState {
  organizationId: string;
  title: string;
  description: string;
  language: Language;
  themes: Theme[];
  projectType: ProjectType | '';
  committedPersonMonths: string;
  contactName: string;
  contactEmail: string;
  contactRole: string;
}

const EMPTY: FormState = {
  organizationId: '',
  title: '',
  description: '',
  language: 'nb',
  themes: [],
  projectType: '',
  committedPersonMonths: '',
  contactName: '',
  contactEmail: '',
  contactRole: '',
};

function OrganizationOption({ id }: { id: string }) {
  const { data } = useQuery(MyOrganizationsDocument, { variables: { id } });
  return <Select.Option value={id}>{data?.organization.name ?? id}</Select.Option>;
}

/** Create (/behov/ny) or edit (/behov/<id>/endre) a knowledge need; the API's validation shown beside each field. */
export function NeedFormPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const myOrganizations = organizationIds(session, 'MUNICIPALITY_MEMBER');
  // A broker without a municipality of their own registers needs on behalf of the municipalities in their arena.
  const brokerArena = arenaIds(session)[0];
  const onBehalf = myOrganizations.length === 0 && !!brokerArena;
  const existing = useQuery(NeedDocument, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const [form, setForm] = useState<FormState>({
    ...EMPTY,
    organizationId: myOrganizations[0] ?? '',
    language: (i18n.language === 'en' ? 'en' : i18n.language === 'nn' ? 'nn' : 'nb') as Language,
  });
  const [create, creation] = useMutation(CreateNeedDocument);
  const [update, updating] = useMutation(UpdateNeedDocument);
  const need = existing.data?.knowledgeNeed;

  useEffect(() => {
    if (!need) return;
    const contact = need.contacts.find((c) => !c.hidden);
    setForm({
      organizationId: need.organizationId,
      title: need.title,
      description: need.description,
      language: need.language,
      themes: need.themes,
      projectType: need.projectType ?? '',
      committedPersonMonths: need.committedPersonMonths?.toString() ?? '',
      contactName: contact?.name ?? '',
      contactEmail: contact?.email ?? '',
      contactRole: contact?.role ?? '',
    });
  }, [need]);

  if (id && existing.loading && !need) return <Loading />;
  if (id && !need) return <QueryProblem error={existing.error} retry={() => void existing.refetch()} />;

  const problem = apiProblem(creation.error ?? updating.error);
  const errorFor = (key: string) =>
    problem?.code === 'BAD_USER_INPUT' && problem.field && fieldKey(problem.field).startsWith(key)
      ? fieldSentence(t, problem.field)
      : undefined;
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  const fields = () => ({
    title: form.title,
    description: form.description,
    language: form.language,
    themes: form.themes,
    projectType: form.projectType || null,
    committedPersonMonths: form.committedPersonMonths === '' ? null : Number(form.committedPersonMonths.replace(',', '.')),
    contacts:
      form.contactName || form.contactEmail
        ? [{ name: form.contactName, email: form.contactEmail, role: form.contactRole || null }]
        : [],
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      if (need) {
        await update({ variables: { input: { id: need.id, version: need.version, ...fields() } } });
        await navigate(`/behov/${need.id}`, { state: { saved: true } });
      } else {
        const { data } = await create({
          variables: { input: { organizationId: form.organizationId, status: 'OPEN', ...fields() } },
        });
        if (data) await navigate(`/behov/${data.createKnowledgeNeed.id}`, { state: { saved: true } });
      }
    } catch {
      // shown beside the fields
    }
  };

  return (
    <section className="page narrow">
      <Heading level={1} data-size="lg">
        {t(need ? 'needs.editTitle' : 'needs.createTitle')}
      </Heading>
      {problem && problem.code !== 'BAD_USER_INPUT' && (
        <Alert data-color={problem.code === 'CONFLICT' ? 'warning' : 'danger'} role="alert">
          <Paragraph>{problemSentence(t, problem)}</Paragraph>
          {problem.code === 'CONFLICT' && (
            <Button variant="secondary" data-size="sm" onClick={() => void existing.refetch()}>
              {t('errors.reload')}
            </Button>
          )}
        </Alert>
      )}
      {problem?.code === 'BAD_USER_INPUT' && (
        <Alert data-color="danger" role="alert">
          {t('form.errorSummary')} {problemSentence(t, problem)}
        </Alert>
      )}
      {need && !myOrganizations.includes(need.organizationId) && (
        <Alert data-color="info">{t('partners.onBehalfEdit', { organization: need.organization.name })}</Alert>
      )}
      {!need && onBehalf && <Alert data-color="info">{t('partners.onBehalfCreate')}</Alert>}
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        {!need && onBehalf && (
          <OrganizationPicker
            label={t('partners.municipality')}
            arenaId={brokerArena ?? null}
            kinds={['MUNICIPALITY', 'COUNTY_MUNICIPALITY']}
            value={form.organizationId}
            onChange={(id) => set('organizationId', id)}
            error={errorFor('organizationId') && t('partners.errors.organizationAId')}
          />
        )}
        {!need && myOrganizations.length > 1 && (
          <Field>
            <Label>{t('form.organization')}</Label>
            <Select value={form.organizationId} onChange={(e) => set('organizationId', e.target.value)}>
              {myOrganizations.map((o) => (
                <OrganizationOption key={o} id={o} />
              ))}
            </Select>
            {errorFor('organizationId') && <ValidationMessage>{errorFor('organizationId')}</ValidationMessage>}
          </Field>
        )}
        <Textfield
          label={t('form.title')}
          description={t('form.titleHint')}
          value={form.title}
          error={errorFor('title')}
          onChange={(e) => set('title', e.target.value)}
        />
        <Textfield
          label={t('form.description')}
          multiline
          rows={6}
          value={form.description}
          error={errorFor('description')}
          onChange={(e) => set('description', e.target.value)}
        />
        <Field>
          <Label>{t('form.language')}</Label>
          <Select value={form.language} onChange={(e) => set('language', e.target.value as Language)}>
            {(['nb', 'nn', 'en'] as const).map((l) => (
              <Select.Option key={l} value={l}>
                {t(`enums.Language.${l}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Fieldset>
          <Fieldset.Legend>{t('form.themes')}</Fieldset.Legend>
          <div className="filters">
            {THEMES.map((theme) => (
              <Checkbox
                key={theme}
                label={t(`enums.Theme.${theme}`)}
                value={theme}
                checked={form.themes.includes(theme)}
                onChange={(e) =>
                  set('themes', e.target.checked ? [...form.themes, theme] : form.themes.filter((x) => x !== theme))
                }
              />
            ))}
          </div>
          {errorFor('themes') && <ValidationMessage>{errorFor('themes')}</ValidationMessage>}
        </Fieldset>
        <Field>
          <Label>{t('form.projectType')}</Label>
          <Select value={form.projectType} onChange={(e) => set('projectType', e.target.value as ProjectType | '')}>
            <Select.Option value="">{t('form.noProjectType')}</Select.Option>
            {PROJECT_TYPES.map((p) => (
              <Select.Option key={p} value={p}>
                {t(`enums.ProjectType.${p}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('needs.personMonths')}
          inputMode="decimal"
          value={form.committedPersonMonths}
          error={errorFor('committedPersonMonths')}
          onChange={(e) => set('committedPersonMonths', e.target.value)}
        />
        <Fieldset>
          <Fieldset.Legend>{t('needs.contacts')}</Fieldset.Legend>
          <Textfield
            label={t('form.contactName')}
            autoComplete="name"
            value={form.contactName}
            error={errorFor('contacts.name')}
            onChange={(e) => set('contactName', e.target.value)}
          />
          <Textfield
            label={t('form.contactEmail')}
            type="email"
            autoComplete="email"
            value={form.contactEmail}
            error={errorFor('contacts.email')}
            onChange={(e) => set('contactEmail', e.target.value)}
          />
          <Textfield
            label={t('form.contactRole')}
            value={form.contactRole}
            onChange={(e) => set('contactRole', e.target.value)}
          />
        </Fieldset>
        <div className="row">
          <Button type="submit" loading={creation.loading || updating.loading}>
            {t('common.save')}
          </Button>
          <Button variant="tertiary" type="button" onClick={() => void navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
