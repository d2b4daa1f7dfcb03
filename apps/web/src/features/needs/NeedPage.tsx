import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { hasRole, organizationIds } from '../../app/session';
import { useSession } from '../../app/useSession';
import { apiProblem, problemSentence } from '../../shared/errors';
import { ThemeTags } from '../../shared/lists';
import { Recommendations } from '../../shared/Recommendations';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import { NeedDocument, RecommendedProfilesDocument, WithdrawNeedDocument } from './operations';

export function NeedPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(NeedDocument, { variables: { id } });
  const recommended = useQuery(RecommendedProfilesDocument, { variables: { needId: id } });
  const [withdraw, withdrawal] = useMutation(WithdrawNeedDocument);
  if (loading && !data) return <Loading />;
  if (error || !data) return <QueryProblem error={error} retry={() => void refetch()} />;
  const need = data.knowledgeNeed;
  const mayChange =
    hasRole(session, 'ADMIN') || organizationIds(session, 'MUNICIPALITY_MEMBER').includes(need.organizationId);
  const withdrawProblem = apiProblem(withdrawal.error);
  return (
    <article className="page">
      <Heading level={1} data-size="lg">
        {need.title}
      </Heading>
      <Paragraph>
        {t('needs.owner')}: {need.organization.name}
        {need.organization.county ? ` · ${need.organization.county.name}` : ''}
      </Paragraph>
      <div className="tags">
        <Tag data-color="info">{t(`enums.NeedStatus.${need.status}`)}</Tag>
        {need.projectType && <Tag data-color="neutral">{t(`enums.ProjectType.${need.projectType}`)}</Tag>}
        <ThemeTags themes={need.themes} />
      </div>
      {mayChange && need.status !== 'WITHDRAWN' && (
        <div className="row">
          <Button asChild variant="secondary">
            <Link to={`/behov/${need.id}/endre`}>{t('needs.edit')}</Link>
          </Button>
          <Button
            variant="tertiary"
            data-color="danger"
            loading={withdrawal.loading}
            onClick={() => void withdraw({ variables: { id: need.id, version: need.version } }).catch(() => undefined)}
          >
            {t('needs.withdraw')}
          </Button>
        </div>
      )}
      {withdrawal.data && <Alert data-color="success">{t('needs.withdrawn')}</Alert>}
      {withdrawProblem && (
        <Alert data-color="danger">
          <Paragraph>{problemSentence(t, withdrawProblem)}</Paragraph>
          {withdrawProblem.code === 'CONFLICT' && (
            <Button variant="secondary" data-size="sm" onClick={() => void refetch()}>
              {t('errors.reload')}
            </Button>
          )}
        </Alert>
      )}
      <section className="stack" aria-labelledby="description-heading">
        <Heading level={2} data-size="md" id="description-heading">
          {t('needs.description')}
        </Heading>
        <Paragraph lang={need.language}>{need.description}</Paragraph>
      </section>
      <section className="stack" aria-labelledby="contacts-heading">
        <Heading level={2} data-size="md" id="contacts-heading">
          {t('needs.contacts')}
        </Heading>
        {need.contacts.length === 0 && <Paragraph>{t('common.none')}</Paragraph>}
        <ul className="result-list">
          {need.contacts.map((c) => (
            <li key={c.id}>
              {c.hidden ? (
                <Paragraph data-size="sm">{t('needs.contactHidden')}</Paragraph>
              ) : (
                <Paragraph>
                  {c.name}
                  {c.role ? `, ${c.role}` : ''} · <a href={`mailto:${c.email}`}>{c.email}</a>
                  {c.phone ? ` · ${c.phone}` : ''}
                </Paragraph>
              )}
            </li>
          ))}
        </ul>
      </section>
      <Recommendations
        id="recommended-heading"
        title={t('needs.recommended')}
        empty={t('needs.noRecommendations')}
        loading={recommended.loading}
        items={recommended.data?.recommendedCompetenceProfiles.map((r) => ({
          id: r.competenceProfile.id,
          to: `/profiler/${r.competenceProfile.id}`,
          title: r.competenceProfile.title,
          owner: [r.competenceProfile.organization.name, r.competenceProfile.organization.researchInstitution?.name]
            .filter(Boolean)
            .join(' · '),
          score: r.score,
          sharedTerms: r.sharedTerms,
        }))}
      />
    </article>
  );
}
