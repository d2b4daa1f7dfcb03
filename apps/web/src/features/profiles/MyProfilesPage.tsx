import { useQuery } from '@apollo/client/react';
import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organizationIds } from '../../app/session';
import { useSession } from '../../app/useSession';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import { ProfilesListDocument } from './operations';

/** A researcher's profiles; each profile page lists the needs recommended for it. */
export function MyProfilesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const organizationId = organizationIds(session, 'RESEARCHER')[0];
  const { data, loading, error, refetch } = useQuery(ProfilesListDocument, {
    variables: { filter: { organizationId }, first: 100 },
    skip: !organizationId,
  });
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('profiles.mine')}
      </Heading>
      {error && <QueryProblem error={error} retry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data?.competenceProfiles.edges.length === 0 && <Paragraph>{t('profiles.mineEmpty')}</Paragraph>}
      <ul className="result-list">
        {data?.competenceProfiles.edges.map(({ node }) => (
          <li key={node.id}>
            <Card>
              <Heading level={2} data-size="xs">
                <Link to={`/profiler/${node.id}`}>{node.title}</Link>
              </Heading>
              <div className="tags">
                <Tag data-color="info">{t(`enums.ProfileStatus.${node.status}`)}</Tag>
              </div>
            </Card>
          </li>
        ))}
      </ul>
      <Paragraph>
        <Link to="/behov">{t('nav.findNeeds')}</Link>
      </Paragraph>
    </section>
  );
}
