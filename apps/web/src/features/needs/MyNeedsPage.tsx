import { useQuery } from '@apollo/client/react';
import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organizationIds } from '../../app/session';
import { useSession } from '../../app/useSession';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import { NeedsListDocument } from './operations';

/** A municipality member's needs: every status, newest first, with "register a new need". */
export function MyNeedsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const organizationId = organizationIds(session, 'MUNICIPALITY_MEMBER')[0];
  const { data, loading, error, refetch } = useQuery(NeedsListDocument, {
    variables: { filter: { organizationId }, first: 100 },
    skip: !organizationId,
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('needs.mine')}
      </Heading>
      <div>
        <Button asChild>
          <Link to="/behov/ny">{t('needs.create')}</Link>
        </Button>
      </div>
      {error && <QueryProblem error={error} retry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data?.knowledgeNeeds.edges.length === 0 && <Paragraph>{t('needs.mineEmpty')}</Paragraph>}
      <ul className="result-list">
        {data?.knowledgeNeeds.edges.map(({ node }) => (
          <li key={node.id}>
            <Card>
              <Heading level={2} data-size="xs">
                <Link to={`/behov/${node.id}`}>{node.title}</Link>
              </Heading>
              <div className="tags">
                <Tag data-color="info">{t(`enums.NeedStatus.${node.status}`)}</Tag>
                {node.projectType && <Tag data-color="neutral">{t(`enums.ProjectType.${node.projectType}`)}</Tag>}
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
