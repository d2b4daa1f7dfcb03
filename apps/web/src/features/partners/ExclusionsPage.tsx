import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { arenaIds } from '../../app/session';
import { useSession } from '../../app/useSession';
import { Loading, QueryProblem, StatusPage } from '../../shared/StatusPage';
import {
  ArenaExclusionsDocument,
  ArenaNamesDocument,
  CreateExclusionDocument,
  DeleteExclusionDocument,
} from './operations';
import { GeneralProblem, partnerFormProblem, RemoveButton } from './list-parts';
import { OrganizationPicker } from './OrganizationPicker';

const FIELDS = ['organizationAId', 'organizationBId', 'reason'] as const;

/** /inhabilitet: a broker's conflict-of-interest pairs for their arena; every match run in the arena respects them. */
export function ExclusionsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const mine = arenaIds(session);
  const [arenaId, setArenaId] = useState(mine[0] ?? '');
  const names = useQuery(ArenaNamesDocument);
  const list = useQuery(ArenaExclusionsDocument, { variables: { arenaId }, skip: !arenaId });
  const [form, setForm] = useState({ organizationAId: '', organizationBId: '', reason: '' });
  const [create, creating] = useMutation(CreateExclusionDocument);
  const [remove, removing] = useMutation(DeleteExclusionDocument);

  if (!arenaId) return <StatusPage kind="forbidden" />;
  if (list.loading && !list.data) return <Loading />;
  if (list.error || !list.data) return <QueryProblem error={list.error} retry={() => void list.refetch()} />;

  const { fieldError, general } = partnerFormProblem(t, creating.error ?? removing.error, FIELDS);
  const arenaName = names.data?.mobilizationArenas.find((a) => a.id === arenaId)?.name ?? '';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await create({ variables: { input: { arenaId, ...form } } });
      setForm({ organizationAId: '', organizationBId: '', reason: '' });
      await list.refetch();
    } catch {
      // shown beside the field
    }
  };

  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('partners.exclusionsTitle', { arena: arenaName })}
      </Heading>
      <Paragraph>{t('partners.exclusionsIntro')}</Paragraph>
      {mine.length > 1 && (
        <Field>
          <Label>{t('partners.arena')}</Label>
          <Select value={arenaId} onChange={(e) => setArenaId(e.target.value)}>
            {mine.map((id) => (
              <Select.Option key={id} value={id}>
                {names.data?.mobilizationArenas.find((a) => a.id === id)?.name ?? id}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {list.data.conflictExclusions.length === 0 && <Paragraph>{t('partners.noExclusions')}</Paragraph>}
      <ul className="result-list" data-testid="exclusions">
        {list.data.conflictExclusions.map((e) => (
          <li key={e.id}>
            <Card>
              <Paragraph>
                <strong>{e.organizationA.name}</strong> – <strong>{e.organizationB.name}</strong>
              </Paragraph>
              <Paragraph data-size="sm">{e.reason}</Paragraph>
              <RemoveButton
                label={t('partners.removeExclusion')}
                ariaLabel={t('partners.removeExclusionOf', { a: e.organizationA.name, b: e.organizationB.name })}
                danger
                loading={removing.loading}
                remove={() => remove({ variables: { id: e.id } })}
                refetch={() => list.refetch()}
              />
            </Card>
          </li>
        ))}
      </ul>
      <GeneralProblem problem={general} />
      <Heading level={2} data-size="md">
        {t('partners.addExclusion')}
      </Heading>
      <form className="stack narrow" noValidate onSubmit={(e) => void submit(e)}>
        <OrganizationPicker
          label={t('partners.municipality')}
          arenaId={arenaId}
          kinds={['MUNICIPALITY', 'COUNTY_MUNICIPALITY']}
          value={form.organizationAId}
          onChange={(id) => setForm((f) => ({ ...f, organizationAId: id }))}
          error={fieldError('organizationAId')}
        />
        <OrganizationPicker
          label={t('partners.researchGroup')}
          arenaId={null}
          kinds={['RESEARCH_GROUP']}
          value={form.organizationBId}
          onChange={(id) => setForm((f) => ({ ...f, organizationBId: id }))}
          error={fieldError('organizationBId')}
        />
        <Textfield
          label={t('partners.reason')}
          description={t('partners.reasonHint')}
          value={form.reason}
          error={fieldError('reason')}
          onChange={(e) => setForm((f) => ({ ...f, reason: e.target.value }))}
        />
        <div className="row">
          <Button type="submit" loading={creating.loading}>
            {t('partners.addExclusion')}
          </Button>
        </div>
      </form>
    </section>
  );
}
