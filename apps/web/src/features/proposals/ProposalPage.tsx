import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Field, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { arenaIds, hasRole } from '../../app/session';
import { useSession } from '../../app/useSession';
import type { RejectionReasonCategory } from '../../gql/graphql';
import { REJECTION_REASON_CATEGORIES } from '../../shared/enums';
import { apiProblem, fieldSentence, problemSentence } from '../../shared/errors';
import { percent } from '../../shared/format';
import { MemberContribution } from '../../shared/MemberContribution';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import { AcceptProposalDocument, ProposalDocument, RejectProposalDocument } from './operations';

const ProposalMap = lazy(() => import('../maps/ProposalMap'));

const COMPONENTS = ['relevance', 'coverage', 'cohesion', 'diversity'] as const;

/** One proposal: members, scores, explanation, map; the arena's broker accepts it or rejects it with a reason. */
export default function ProposalPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(ProposalDocument, { variables: { id } });
  const [accept, accepting] = useMutation(AcceptProposalDocument);
  const [reject, rejecting] = useMutation(RejectProposalDocument);
  const [reason, setReason] = useState('');
  const [category, setCategory] = useState<RejectionReasonCategory | ''>('');
  const [rejectOpen, setRejectOpen] = useState(false);
  if (loading && !data) return <Loading />;
  if (error || !data) return <QueryProblem error={error} retry={() => void refetch()} />;
  const p = data.consortiumProposal;
  const mayDecide = hasRole(session, 'ADMIN') || arenaIds(session).includes(p.arenaId);
  const problem = apiProblem(accepting.error ?? rejecting.error);
  const reasonError =
    problem?.code === 'BAD_USER_INPUT' && problem.field ? fieldSentence(t, problem.field) : undefined;
  const municipalities = p.members
    .filter((m) => m.role === 'NEED' && m.organization.municipalityNumber)
    .map((m) => ({ municipalityNumber: m.organization.municipalityNumber!, label: m.organization.municipality?.name ?? m.organization.name }))
    .filter((m, i, all) => all.findIndex((x) => x.municipalityNumber === m.municipalityNumber) === i);
  const institutions = p.members
    .filter((m) => m.role === 'RESEARCH_GROUP' && m.organization.researchInstitution?.municipalityNumber)
    .map((m) => ({
      municipalityNumber: m.organization.researchInstitution!.municipalityNumber!,
      label: `${m.organization.name} (${m.organization.researchInstitution!.name})`,
    }));
  return (
    <article className="page">
      <Heading level={1} data-size="lg">
        {t('proposals.title')}: {t(`enums.ProjectType.${p.projectType}`)}
      </Heading>
      <Paragraph>
        {t('proposals.lead', { name: p.leadOrganization.name })} · {t('common.score')} {percent(p.score, i18n.language)} ·{' '}
        <Link to={`/kjoringer/${p.matchRunId}`}>{t('runs.title')}</Link>
      </Paragraph>
      <div className="tags">
        <Tag data-color={p.status === 'ACCEPTED' ? 'success' : p.status === 'REJECTED' ? 'danger' : 'info'} data-testid="proposal-status">
          {t(`enums.ConsortiumProposalStatus.${p.status}`)}
        </Tag>
      </div>
      {p.consortium && (
        <Paragraph>
          <Link to={`/konsortier/${p.consortium.id}`} data-testid="proposal-consortium">
            {t('proposals.openConsortium', { status: t(`enums.ConsortiumStatus.${p.consortium.status}`) })}
          </Link>
        </Paragraph>
      )}
      {p.decisionReason && <Paragraph>{t('proposals.decisionReason', { reason: p.decisionReason })}</Paragraph>}
      {accepting.data && <Alert data-color="success">{t('proposals.accepted')}</Alert>}
      {rejecting.data && <Alert data-color="success">{t('proposals.rejected')}</Alert>}
      {problem && !reasonError && <Alert data-color="danger">{problemSentence(t, problem)}</Alert>}
      {mayDecide && p.status === 'PROPOSED' && (
        <div className="stack">
          <div className="row">
            <Button loading={accepting.loading} onClick={() => void accept({ variables: { id: p.id } }).catch(() => undefined)}>
              {t('proposals.accept')}
            </Button>
            <Button variant="secondary" aria-expanded={rejectOpen} onClick={() => setRejectOpen((o) => !o)}>
              {t('proposals.reject')}
            </Button>
          </div>
          {rejectOpen && (
            <form
              className="stack narrow"
              onSubmit={(e) => {
                e.preventDefault();
                void reject({ variables: { id: p.id, reason, reasonCategory: category || null } }).catch(() => undefined);
              }}
            >
              <Field>
                <Label>{t('proposals.rejectCategory')}</Label>
                <Select value={category} onChange={(e) => setCategory(e.target.value as RejectionReasonCategory | '')}>
                  <Select.Option value="">{t('proposals.noCategory')}</Select.Option>
                  {REJECTION_REASON_CATEGORIES.map((c) => (
                    <Select.Option key={c} value={c}>
                      {t(`enums.RejectionReasonCategory.${c}`)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Textfield label={t('proposals.rejectReason')} multiline rows={3} value={reason} error={reasonError} onChange={(e) => setReason(e.target.value)} />
              <div>
                <Button type="submit" variant="secondary" data-color="danger" loading={rejecting.loading}>
                  {t('proposals.confirmReject')}
                </Button>
              </div>
            </form>
          )}
        </div>
      )}
      <div className="two-columns">
        <div className="stack">
          <section className="stack" aria-labelledby="explanation-heading">
            <Heading level={2} data-size="md" id="explanation-heading">
              {t('proposals.explanation')}
            </Heading>
            <Paragraph data-testid="proposal-explanation">{p.explanation}</Paragraph>
          </section>
          <section className="stack" aria-labelledby="members-heading">
            <Heading level={2} data-size="md" id="members-heading">
              {t('proposals.members')}
            </Heading>
            <ul className="result-list">
              {p.members.map((m) => (
                <li key={m.id}>
                  <Card>
                    <Paragraph>
                      <strong>{m.organization.name}</strong> · {t(`enums.ConsortiumMemberRole.${m.role}`)}
                    </Paragraph>
                    <MemberContribution knowledgeNeed={m.knowledgeNeed} competenceProfile={m.competenceProfile} />
                  </Card>
                </li>
              ))}
            </ul>
          </section>
          <section className="stack" aria-labelledby="components-heading">
            <Heading level={2} data-size="md" id="components-heading">
              {t('proposals.components')}
            </Heading>
            <dl className="figures">
              {COMPONENTS.map((c) => (
                <div key={c}>
                  <dt>{t(`enums.Component.${c}`)}</dt>
                  <dd className="figure-value">{percent(p.components[c], i18n.language)}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
        <section className="stack" aria-labelledby="map-heading">
          <Heading level={2} data-size="md" id="map-heading">
            {t('proposals.map')}
          </Heading>
          <Suspense fallback={<Loading />}>
            <ProposalMap municipalities={municipalities} institutions={institutions} />
          </Suspense>
        </section>
      </div>
    </article>
  );
}
