import { useQuery } from '@apollo/client/react';
import { Button, Card, Field, Heading, Label, Paragraph, Search, Select, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { hasRole } from '../../app/session';
import { useSession } from '../../app/useSession';
import type { KnowledgeNeedFilter, NeedStatus, ProjectType, Theme } from '../../gql/graphql';
import { ConnectionPager } from '../../shared/ConnectionPager';
import { PROJECT_TYPES, NEED_STATUSES, THEMES } from '../../shared/enums';
import { pageCursor, withFilter } from '../../shared/pagination';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import { CountiesDocument, NeedsListDocument } from './operations';

const PAGE_SIZE = 20;

/** The filter of the list, read from the URL (`?q=…&status=OPEN&tema=…&type=…&fylke=…&arena=…`). */
export function needFilterFromParams(params: URLSearchParams): KnowledgeNeedFilter {
  const filter: KnowledgeNeedFilter = {};
  const text = params.get('q')?.trim();
  if (text) filter.text = text;
  const statuses = params.getAll('status') as NeedStatus[];
  if (statuses.length) filter.statuses = statuses;
  const themes = params.getAll('tema') as Theme[];
  if (themes.length) filter.themes = themes;
  const types = params.getAll('type') as ProjectType[];
  if (types.length) filter.projectTypes = types;
  const counties = params.getAll('fylke');
  if (counties.length) filter.countyNumbers = counties;
  const arena = params.get('arena');
  if (arena) filter.arenaId = arena;
  return filter;
}

export function NeedsListPage() {
  const session = useSession();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const counties = useQuery(CountiesDocument);
  const { data, previousData, loading, error, refetch } = useQuery(NeedsListDocument, {
    variables: { filter: needFilterFromParams(params), first: PAGE_SIZE, after: pageCursor(params) },
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
        {t('needs.title')}
      </Heading>
      {hasRole(session, 'BROKER') && (
        <Paragraph>
          <Link to="/behov/ny">{t('partners.createOnBehalf')}</Link>
        </Paragraph>
      )}
      <form
        role="search"
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(withFilter(params, 'q', text.trim() || null));
        }}
      >
        <Field className="grow">
          <Label>{t('needs.searchLabel')}</Label>
          <Search>
            <Search.Input name="q" value={text} onChange={(e) => setText(e.target.value)} />
            <Search.Clear onClick={() => { setText(''); setParams(withFilter(params, 'q', null)); }} />
            <Search.Button type="submit" aria-label={t('common.search')} />
          </Search>
        </Field>
      </form>
      <div className="filters">
        {select('status', t('common.status'), NEED_STATUSES.map((s) => ({ value: s, label: t(`enums.NeedStatus.${s}`) })))}
        {select('tema', t('common.theme'), THEMES.map((s) => ({ value: s, label: t(`enums.Theme.${s}`) })))}
        {select('type', t('common.projectType'), PROJECT_TYPES.map((s) => ({ value: s, label: t(`enums.ProjectType.${s}`) })))}
        {select('fylke', t('common.county'), (counties.data?.counties ?? []).map((c) => ({ value: c.number, label: c.name })))}
        <div>
          <Button variant="tertiary" onClick={() => { setText(''); setParams(new URLSearchParams()); }}>
            {t('common.clearFilters')}
          </Button>
        </div>
      </div>
      {error && <QueryProblem error={error} retry={() => void refetch()} />}
      {!shown && loading && <Loading />}
      {shown && (
        <div className="stack" aria-busy={loading}>
          <Paragraph role="status" data-testid="needs-count">
            {t('needs.count', { count: shown.knowledgeNeeds.totalCount })}
          </Paragraph>
          {shown.knowledgeNeeds.edges.length === 0 && <Paragraph>{t('needs.empty')}</Paragraph>}
          <ul className="result-list">
            {shown.knowledgeNeeds.edges.map(({ node }) => (
              <li key={node.id}>
                <Card>
                  <Heading level={2} data-size="xs">
                    <Link to={`/behov/${node.id}`}>{node.title}</Link>
                  </Heading>
                  <Paragraph data-size="sm">
                    {node.organization.name}
                    {node.organization.county ? ` · ${node.organization.county.name}` : ''}
                  </Paragraph>
                  <div className="tags">
                    <Tag data-color="info">{t(`enums.NeedStatus.${node.status}`)}</Tag>
                    {node.projectType && <Tag data-color="neutral">{t(`enums.ProjectType.${node.projectType}`)}</Tag>}
                    {node.themes.map((theme) => (
                      <Tag key={theme} data-color="neutral">
                        {t(`enums.Theme.${theme}`)}
                      </Tag>
                    ))}
                  </div>
                </Card>
              </li>
            ))}
          </ul>
          <ConnectionPager
            params={params}
            onChange={setParams}
            shown={shown.knowledgeNeeds.edges.length}
            total={shown.knowledgeNeeds.totalCount}
            hasNextPage={shown.knowledgeNeeds.pageInfo.hasNextPage}
            endCursor={shown.knowledgeNeeds.pageInfo.endCursor}
          />
        </div>
      )}
    </section>
  );
}
