import { useQuery } from '@apollo/client/react';
import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { percent } from '../../shared/format';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import { ProfileDocument, RecommendedNeedsDocument } from './operations';

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProfileDocument, { variables: { id } });
  const recommended = useQuery(RecommendedNeedsDocument, { variables: { profileId: id } });
  if (loading && !data) return <Loading />;
  if (error || !data) return <QueryProblem error={error} retry={() => void refetch()} />;
  const p = data.competenceProfile;
  return (
    <article className="page">
      <Heading level={1} data-size="lg">
        {p.title}
      </Heading>
      <Paragraph>
        {p.organization.name}
        {p.organization.researchInstitution ? ` · ${p.organization.researchInstitution.name}` : ''}
      </Paragraph>
      <div className="tags">
        <Tag data-color="info">{t(`enums.ProfileStatus.${p.status}`)}</Tag>
        {p.themes.map((theme) => (
          <Tag key={theme} data-color="neutral">
            {t(`enums.Theme.${theme}`)}
          </Tag>
        ))}
      </div>
      <Paragraph>{p.description}</Paragraph>
      <dl className="stack">
        <div>
          <dt>{t('profiles.keywords')}</dt>
          <dd>{p.keywords.join(', ') || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('profiles.methods')}</dt>
          <dd>{p.methods.join(', ') || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('profiles.capacity')}</dt>
          <dd>{p.capacity}</dd>
        </div>
        <div>
          <dt>{t('profiles.counties')}</dt>
          <dd>{p.counties.length ? p.counties.map((c) => c.name).join(', ') : t('profiles.national')}</dd>
        </div>
      </dl>
      {p.references.length > 0 && (
        <section className="stack" aria-labelledby="references-heading">
          <Heading level={2} data-size="md" id="references-heading">
            {t('profiles.references')}
          </Heading>
          <ul>
            {p.references.map((r) => (
              <li key={r.id}>
                {r.title}
                {r.year ? ` (${r.year})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="stack" aria-labelledby="recommended-needs-heading">
        <Heading level={2} data-size="md" id="recommended-needs-heading">
          {t('needs.recommendedForProfile')}
        </Heading>
        {recommended.loading && <Loading />}
        {recommended.data?.recommendedKnowledgeNeeds.length === 0 && <Paragraph>{t('needs.empty')}</Paragraph>}
        <ul className="result-list">
          {recommended.data?.recommendedKnowledgeNeeds.map((r) => (
            <li key={r.knowledgeNeed.id}>
              <Card>
                <Heading level={3} data-size="xs">
                  <Link to={`/behov/${r.knowledgeNeed.id}`}>{r.knowledgeNeed.title}</Link>
                </Heading>
                <Paragraph data-size="sm">
                  {r.knowledgeNeed.organization.name} · {t('common.score')} {percent(r.score, i18n.language)}
                </Paragraph>
                {r.sharedTerms.length > 0 && (
                  <Paragraph data-size="sm">
                    {t('needs.sharedTerms')}: {r.sharedTerms.join(', ')}
                  </Paragraph>
                )}
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
