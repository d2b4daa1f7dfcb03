import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Field, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { arenaIds, hasRole, organizationIds } from '../../app/session';
import { useSession } from '../../app/useSession';
import type { ConsortiumQuery, ConsortiumStatus } from '../../gql/graphql';
import { apiProblem, fieldSentence, problemSentence } from '../../shared/errors';
import { dateTime, number, percent } from '../../shared/format';
import { MemberContribution } from '../../shared/MemberContribution';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import {
  AcceptReplacementDocument,
  AcceptRuleWarningDocument,
  ChangeConsortiumStatusDocument,
  ConsortiumDocument,
  RespondToInvitationDocument,
} from './operations';
import { NEXT_STATUSES } from './statuses';

type Consortium = ConsortiumQuery['consortium'];
type Member = Consortium['members'][number];

const OUTCOME_COLOR = { HOLDS: 'success', FAILS: 'danger', WARNING: 'warning' } as const;
const RESPONSE_COLOR = { ACCEPTED: 'success', DECLINED: 'danger', PENDING: 'neutral' } as const;

/** One consortium: members and their answers, programme rules, history; the broker moves it, members answer. */
export default function ConsortiumPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(ConsortiumDocument, {
    variables: { id, locale: i18n.language },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (error || !data) return <QueryProblem error={error} retry={() => void refetch()} />;
  const c = data.consortium;
  const isBroker = hasRole(session, 'ADMIN') || arenaIds(session).includes(c.arenaId);
  const myOrganizations = organizationIds(session);
  const reload = () => void refetch();
  return (
    <article className="page">
      <Heading level={1} data-size="lg">
        {t('consortia.title')}: {t(`enums.ProjectType.${c.projectType}`)}
      </Heading>
      <Paragraph>
        {t('proposals.lead', { name: c.leadOrganization.name })} · {t('consortia.formed', { date: dateTime(c.createdAt, i18n.language) })} ·{' '}
        <Link to={`/forslag/${c.proposalId}`}>{t('consortia.proposal')}</Link>
      </Paragraph>
      <div className="tags">
        <Tag data-color={c.status === 'DISSOLVED' || c.status === 'NOT_FUNDED' ? 'danger' : 'info'} data-testid="consortium-status">
          {t(`enums.ConsortiumStatus.${c.status}`)}
        </Tag>
        <Tag data-color={c.rulesHold ? 'success' : 'warning'}>{t(c.rulesHold ? 'consortia.rulesHold' : 'consortia.rulesDoNotHold')}</Tag>
      </div>
      {c.needsAttention && (
        <Alert data-color="warning">{t('consortia.attention', { reason: c.attentionReason ?? '' })}</Alert>
      )}
      {isBroker && <StatusChange consortium={c} onDone={reload} />}
      <div className="two-columns">
        <section className="stack" aria-labelledby="members-heading">
          <Heading level={2} data-size="md" id="members-heading">
            {t('consortia.members')}
          </Heading>
          <ul className="result-list">
            {c.members.map((m) => (
              <li key={m.id}>
                <MemberCard
                  member={m}
                  mayAnswer={c.status === 'FORMING' && m.response === 'PENDING' && myOrganizations.includes(m.organizationId)}
                  onDone={reload}
                />
              </li>
            ))}
          </ul>
          {c.replacements.length > 0 && (
            <section className="stack" aria-labelledby="replacements-heading">
              <Heading level={2} data-size="md" id="replacements-heading">
                {t('consortia.replacements')}
              </Heading>
              <ul className="result-list">
                {c.replacements.map((r) => (
                  <li key={r.id}>
                    <Replacement replacement={r} consortium={c} mayAccept={isBroker && c.status === 'FORMING'} onDone={reload} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
        <div className="stack">
          <section className="stack" aria-labelledby="rules-heading">
            <Heading level={2} data-size="md" id="rules-heading">
              {t('consortia.rules')}
            </Heading>
            <ul className="result-list" data-testid="rule-checks">
              {c.ruleChecks.map((r) => (
                <li key={r.rule}>
                  <RuleCheck check={r} consortiumId={c.id} mayAccept={isBroker} onDone={reload} />
                </li>
              ))}
            </ul>
          </section>
          <section className="stack" aria-labelledby="history-heading">
            <Heading level={2} data-size="md" id="history-heading">
              {t('consortia.history')}
            </Heading>
            <ol className="result-list" data-testid="status-history">
              {c.statusHistory.map((h) => (
                <li key={h.changedAt + h.toStatus}>
                  {dateTime(h.changedAt, i18n.language)}:{' '}
                  {h.fromStatus
                    ? t('consortia.changed', { from: t(`enums.ConsortiumStatus.${h.fromStatus}`), to: t(`enums.ConsortiumStatus.${h.toStatus}`) })
                    : t('consortia.formedFromProposal')}
                  {/* The formation row's reason is the API's own note, not a person's: its sentence says it all. */}
                  {h.fromStatus && h.reason && <> — {h.reason}</>}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </article>
  );
}

function StatusChange({ consortium, onDone }: { consortium: Consortium; onDone: () => void }) {
  const { t } = useTranslation();
  const next = NEXT_STATUSES[consortium.status];
  const [status, setStatus] = useState<ConsortiumStatus | ''>('');
  const [reason, setReason] = useState('');
  const [change, changing] = useMutation(ChangeConsortiumStatusDocument);
  if (next.length === 0) return null;
  const problem = apiProblem(changing.error);
  const reasonError = problem?.code === 'BAD_USER_INPUT' && problem.field ? fieldSentence(t, problem.field) : undefined;
  return (
    <form
      className="stack narrow"
      aria-labelledby="status-change-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (!status) return;
        void change({ variables: { input: { id: consortium.id, version: consortium.version, status, reason: reason.trim() || null } } })
          .then(() => { setStatus(''); setReason(''); onDone(); })
          .catch(() => undefined);
      }}
    >
      <Heading level={2} data-size="md" id="status-change-heading">
        {t('consortia.changeStatus')}
      </Heading>
      <Field>
        <Label>{t('consortia.newStatus')}</Label>
        <Select value={status} onChange={(e) => setStatus(e.target.value as ConsortiumStatus | '')}>
          <Select.Option value="">{t('consortia.chooseStatus')}</Select.Option>
          {next.map((s) => (
            <Select.Option key={s} value={s}>
              {t(`enums.ConsortiumStatus.${s}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        label={t('consortia.statusReason')}
        description={t('consortia.statusReasonHint')}
        multiline
        rows={2}
        value={reason}
        error={reasonError}
        onChange={(e) => setReason(e.target.value)}
      />
      {problem && !reasonError && (
        <Alert data-color="danger">
          <Paragraph>{problemSentence(t, problem)}</Paragraph>
          {problem.code === 'CONFLICT' && (
            <Button variant="secondary" data-size="sm" onClick={onDone}>
              {t('errors.reload')}
            </Button>
          )}
        </Alert>
      )}
      <div>
        <Button type="submit" disabled={!status} loading={changing.loading}>
          {t('consortia.saveStatus')}
        </Button>
      </div>
    </form>
  );
}

function MemberCard({ member: m, mayAnswer, onDone }: { member: Member; mayAnswer: boolean; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Card data-testid="consortium-member">
      <Paragraph>
        <strong>{m.organization.name}</strong> · {t(`enums.ConsortiumPartnerRole.${m.role}`)}{' '}
        <Tag data-color={RESPONSE_COLOR[m.response]}>{t(`enums.ConsortiumInvitationResponse.${m.response}`)}</Tag>
      </Paragraph>
      <MemberContribution knowledgeNeed={m.knowledgeNeed} competenceProfile={m.competenceProfile} />
      {(m.committedPersonMonths !== null && m.committedPersonMonths !== undefined) || m.contactPersonName ? (
        <Paragraph data-size="sm">
          {t('consortia.commitment', {
            months: number(m.committedPersonMonths ?? 0, i18n.language),
            count: m.committedPersonMonths ?? 0,
            contact: m.contactPersonName ?? t('common.none'),
          })}
          {m.contactPersonFreed ? ` ${t('consortia.contactFreed')}` : ''}
        </Paragraph>
      ) : null}
      {m.respondedAt && (
        <Paragraph data-size="sm">
          {t('consortia.respondedAt', { date: dateTime(m.respondedAt, i18n.language) })}
          {m.responseReason && <> — {m.responseReason}</>}
        </Paragraph>
      )}
      {mayAnswer && <AnswerForm memberId={m.id} onDone={onDone} />}
    </Card>
  );
}

function AnswerForm({ memberId, onDone }: { memberId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [personMonths, setPersonMonths] = useState('');
  const [contact, setContact] = useState('');
  const [freed, setFreed] = useState(false);
  const [reason, setReason] = useState('');
  const [invalidMonths, setInvalidMonths] = useState(false);
  const [respond, responding] = useMutation(RespondToInvitationDocument);
  const problem = apiProblem(responding.error);
  const fieldError = problem?.code === 'BAD_USER_INPUT' && problem.field ? fieldSentence(t, problem.field) : undefined;
  const answer = (accept: boolean) => {
    const months = personMonths.trim() === '' ? null : Number(personMonths.trim().replace(',', '.'));
    setInvalidMonths(accept && months !== null && !Number.isFinite(months));
    if (accept && months !== null && !Number.isFinite(months)) return;
    void respond({
      variables: {
        id: memberId,
        accept,
        reason: reason.trim() || null,
        commitment: accept ? { personMonths: months, contactPersonName: contact.trim() || null, contactPersonFreed: freed } : null,
      },
    })
      .then(onDone)
      .catch(() => undefined);
  };
  return (
    <form className="stack" onSubmit={(e) => { e.preventDefault(); answer(true); }}>
      <Heading level={3} data-size="xs">
        {t('consortia.answerInvitation')}
      </Heading>
      <Textfield
        label={t('consortia.personMonths')}
        inputMode="decimal"
        value={personMonths}
        error={invalidMonths || problem?.field?.includes('personMonths') ? t('errors.field.commitment') : undefined}
        onChange={(e) => setPersonMonths(e.target.value)}
      />
      <Textfield label={t('consortia.contactPerson')} value={contact} onChange={(e) => setContact(e.target.value)} />
      <Checkbox label={t('consortia.contactPersonFreed')} checked={freed} onChange={(e) => setFreed(e.target.checked)} />
      <Textfield label={t('consortia.declineReason')} multiline rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      {problem && !problem.field?.includes('personMonths') && <Alert data-color="danger">{fieldError ?? problemSentence(t, problem)}</Alert>}
      <div className="row">
        <Button type="submit" loading={responding.loading}>
          {t('consortia.acceptInvitation')}
        </Button>
        <Button type="button" variant="secondary" data-color="danger" onClick={() => answer(false)}>
          {t('consortia.declineInvitation')}
        </Button>
      </div>
    </form>
  );
}

function Replacement({
  replacement: r,
  consortium,
  mayAccept,
  onDone,
}: {
  replacement: Consortium['replacements'][number];
  consortium: Consortium;
  mayAccept: boolean;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [accept, accepting] = useMutation(AcceptReplacementDocument);
  const problem = apiProblem(accepting.error);
  return (
    <Card data-testid="consortium-replacement">
      <Paragraph>
        <strong>{r.organization?.name ?? t('consortia.noReplacement')}</strong>{' '}
        <Tag data-color={r.status === 'NONE_FOUND' ? 'neutral' : 'info'}>{t(`enums.ConsortiumReplacementStatus.${r.status}`)}</Tag>
        {r.score !== null && r.score !== undefined && <> · {t('common.score')} {percent(r.score, i18n.language)}</>}
      </Paragraph>
      {(r.knowledgeNeed ?? r.competenceProfile) && (
        <Paragraph data-size="sm">{r.knowledgeNeed?.title ?? r.competenceProfile?.title}</Paragraph>
      )}
      <Paragraph data-size="sm">{r.explanation}</Paragraph>
      {problem && <Alert data-color="danger">{problemSentence(t, problem)}</Alert>}
      {mayAccept && r.status === 'SUGGESTED' && (
        <div>
          <Button
            data-size="sm"
            loading={accepting.loading}
            onClick={() => void accept({ variables: { input: { consortiumId: consortium.id, replacementId: r.id } } }).then(onDone).catch(() => undefined)}
          >
            {t('consortia.acceptReplacement')}
          </Button>
        </div>
      )}
    </Card>
  );
}

function RuleCheck({
  check,
  consortiumId,
  mayAccept,
  onDone,
}: {
  check: Consortium['ruleChecks'][number];
  consortiumId: string;
  mayAccept: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [acceptWarning, accepting] = useMutation(AcceptRuleWarningDocument);
  const problem = apiProblem(accepting.error);
  const reasonError = problem?.code === 'BAD_USER_INPUT' && problem.field ? fieldSentence(t, problem.field) : undefined;
  return (
    <Card data-testid="rule-check">
      <Paragraph>
        <strong>{t(`enums.ProgrammeRule.${check.rule}`)}</strong>{' '}
        <Tag data-color={OUTCOME_COLOR[check.outcome]}>{t(`enums.ProgrammeRuleOutcome.${check.outcome}`)}</Tag>
      </Paragraph>
      <Paragraph data-size="sm">{check.message}</Paragraph>
      {check.accepted && <Paragraph data-size="sm">{t('consortia.warningAccepted', { reason: check.acceptedReason ?? '' })}</Paragraph>}
      {mayAccept && check.outcome === 'WARNING' && !check.accepted && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void acceptWarning({ variables: { input: { id: consortiumId, rule: check.rule, reason } } }).then(onDone).catch(() => undefined);
          }}
        >
          <Textfield label={t('consortia.warningReason')} value={reason} error={reasonError} onChange={(e) => setReason(e.target.value)} />
          {problem && !reasonError && <Alert data-color="danger">{problemSentence(t, problem)}</Alert>}
          <div>
            <Button type="submit" variant="secondary" data-size="sm" loading={accepting.loading}>
              {t('consortia.acceptWarning')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
