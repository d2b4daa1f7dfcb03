import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ThemeTags } from '../../shared/lists';
import { Recommendations } from '../../shared/Recommendations';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import { ProfileDocument, RecommendedNeedsDocument } from './operations';

export function ProfilePage() {
  const { t } = useTranslation();
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
        <ThemeTags themes={p.themes} />
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
      <Recommendations
        id="recommended-needs-heading"
        title={t('needs.recommendedForProfile')}
        empty={t('needs.empty')}
        loading={recommended.loading}
        items={recommended.data?.recommendedKnowledgeNeeds.map((r) => ({
          id: r.knowledgeNeed.id,
          to: `/behov/${r.knowledgeNeed.id}`,
          title: r.knowledgeNeed.title,
          owner: r.knowledgeNeed.organization.name,
          score: r.score,
          sharedTerms: r.sharedTerms,
        }))}
      />
    </article>
  );
}
