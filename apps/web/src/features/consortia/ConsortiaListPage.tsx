import { useQuery } from '@apollo/client/react';
import { Button, Card, Field, Heading, Label, Paragraph, Select, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ConsortiumFilter, ConsortiumStatus, ProjectType } from '../../gql/graphql';
import { ConnectionPager } from '../../shared/ConnectionPager';
import { PROJECT_TYPES } from '../../shared/enums';
import { dateTime } from '../../shared/format';
import { pageCursor, withFilter } from '../../shared/pagination';
import { Loading, QueryProblem } from '../../shared/StatusPage';
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
  const shown = data ?? previousData;
  const select = (name: string, label: string, options: Array<{ value: string; label: string }>) => (
    <Field>
      <Label>{label}</Label>
      <Select value={params.get(name) ?? ''} onChange={(e) => setParams(withFilter(params, name, e.target.value || null))}>
        <Select.Option value="">{t('common.all')}</Select.Option>
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('consortia.listTitle')}
      </Heading>
      <div className="filters">
        {select('status', t('common.status'), STATUSES.map((s) => ({ value: s, label: t(`enums.ConsortiumStatus.${s}`) })))}
        {select('type', t('common.projectType'), PROJECT_TYPES.map((s) => ({ value: s, label: t(`enums.ProjectType.${s}`) })))}
        {select('obs', t('consortia.attentionFilter'), [{ value: '1', label: t('consortia.needsAttention') }])}
        <div>
          <Button variant="tertiary" onClick={() => setParams(new URLSearchParams())}>
            {t('common.clearFilters')}
          </Button>
        </div>
      </div>
      {error && <QueryProblem error={error} retry={() => void refetch()} />}
      {!shown && loading && <Loading />}
      {shown && (
        <div className="stack" aria-busy={loading}>
          <Paragraph role="status" data-testid="consortia-count">
            {t('consortia.count', { count: shown.consortia.totalCount })}
          </Paragraph>
          {shown.consortia.edges.length === 0 && <Paragraph>{t('consortia.empty')}</Paragraph>}
          <ul className="result-list">
            {shown.consortia.edges.map(({ node }) => (
              <li key={node.id}>
                <Card>
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
                </Card>
              </li>
            ))}
          </ul>
          <ConnectionPager
            params={params}
            onChange={setParams}
            shown={shown.consortia.edges.length}
            total={shown.consortia.totalCount}
            hasNextPage={shown.consortia.pageInfo.hasNextPage}
            endCursor={shown.consortia.pageInfo.endCursor}
          />
        </div>
      )}
    </section>
  );
}
