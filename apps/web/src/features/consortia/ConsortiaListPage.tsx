import { useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ConsortiumFilter, ConsortiumStatus, ProjectType } from '../../gql/graphql';
import { PROJECT_TYPES } from '../../shared/enums';
import { dateTime } from '../../shared/format';
import { ConnectionResults, FilterSelect } from '../../shared/lists';
import { pageCursor } from '../../shared/pagination';
import { NEXT_STATUSES } from './statuses';
import { ConsortiaDocument } from './operations';

const PAGE_SIZE = 20;
const STATUSES = Object.keys(NEXT_STATUSES) as ConsortiumStatus[];

/** The URL's filters (`?status=…&type=…&arena=…&obs=1`) as the API's ConsortiumFilter. */
export function consortiumFilterFromParams(params: URLSearchParams): ConsortiumFilter {
  const filter: ConsortiumFilter = {};
  const statuses = params.getAll('status') as ConsortiumStatus[];
  if (statuses.length > 0) filter.statuses = statuses;
  const types = params.getAll('type') as ProjectType[];
  if (types.length > 0) filter.projectTypes = types;
  const arena = params.get('arena');
  if (arena) filter.arenaId = arena;
  if (params.get('obs') === '1') filter.needsAttention = true;
  return filter;
}

/** The consortia a broker follows (their arenas'; members see their own), newest first. */
export function ConsortiaListPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { data, previousData, loading, error, refetch } = useQuery(ConsortiaDocument, {
    variables: { filter: consortiumFilterFromParams(params), first: PAGE_SIZE, after: pageCursor(params) },
    fetchPolicy: 'cache-and-network',
  });
  const url = { params, setParams };
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('consortia.listTitle')}
      </Heading>
      <div className="filters">
        <FilterSelect name="status" label={t('common.status')} options={STATUSES.map((s) => ({ value: s, label: t(`enums.ConsortiumStatus.${s}`) }))} {...url} />
        <FilterSelect name="type" label={t('common.projectType')} options={PROJECT_TYPES.map((s) => ({ value: s, label: t(`enums.ProjectType.${s}`) }))} {...url} />
        <FilterSelect name="obs" label={t('consortia.attentionFilter')} options={[{ value: '1', label: t('consortia.needsAttention') }]} {...url} />
        <div>
          <Button variant="tertiary" onClick={() => setParams(new URLSearchParams())}>
            {t('common.clearFilters')}
          </Button>
        </div>
      </div>
      <ConnectionResults
        connection={(data ?? previousData)?.consortia}
        loading={loading}
        error={error}
        retry={() => void refetch()}
        count={(count) => t('consortia.count', { count })}
        countTestId="consortia-count"
        empty={t('consortia.empty')}
        {...url}
      >
        {(node) => (
          <>
            <Heading level={2} data-size="xs">
              <Link to={`/konsortier/${node.id}`}>
                {t(`enums.ProjectType.${node.projectType}`)}: {t('proposals.lead', { name: node.leadOrganization.name })}
              </Link>
            </Heading>
            <Paragraph data-size="sm">
              {t('consortia.formed', { date: dateTime(node.createdAt, i18n.language) })} ·{' '}
              {t('consortia.accepted', {
                accepted: node.members.filter((m) => m.response === 'ACCEPTED').length,
                count: node.members.length,
              })}
            </Paragraph>
            <div className="tags">
              <Tag data-color="info">{t(`enums.ConsortiumStatus.${node.status}`)}</Tag>
              {node.needsAttention && <Tag data-color="warning">{t('consortia.needsAttention')}</Tag>}
            </div>
          </>
        )}
      </ConnectionResults>
    </section>
  );
}
