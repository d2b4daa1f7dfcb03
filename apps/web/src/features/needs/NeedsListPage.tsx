import { useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { KnowledgeNeedFilter, NeedStatus, ProjectType, Theme } from '../../gql/graphql';
import { PROJECT_TYPES, NEED_STATUSES, THEMES } from '../../shared/enums';
import { ConnectionResults, FilterSelect, SearchBox, ThemeTags } from '../../shared/lists';
import { pageCursor } from '../../shared/pagination';
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
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const counties = useQuery(CountiesDocument);
  const { data, previousData, loading, error, refetch } = useQuery(NeedsListDocument, {
    variables: { filter: needFilterFromParams(params), first: PAGE_SIZE, after: pageCursor(params) },
  });
  const url = { params, setParams };
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('needs.title')}
      </Heading>
      <SearchBox label={t('needs.searchLabel')} {...url} />
      <div className="filters">
        <FilterSelect name="status" label={t('common.status')} options={NEED_STATUSES.map((s) => ({ value: s, label: t(`enums.NeedStatus.${s}`) }))} {...url} />
        <FilterSelect name="tema" label={t('common.theme')} options={THEMES.map((s) => ({ value: s, label: t(`enums.Theme.${s}`) }))} {...url} />
        <FilterSelect name="type" label={t('common.projectType')} options={PROJECT_TYPES.map((s) => ({ value: s, label: t(`enums.ProjectType.${s}`) }))} {...url} />
        <FilterSelect name="fylke" label={t('common.county')} options={(counties.data?.counties ?? []).map((c) => ({ value: c.number, label: c.name }))} {...url} />
        <div>
          <Button variant="tertiary" onClick={() => setParams(new URLSearchParams())}>
            {t('common.clearFilters')}
          </Button>
        </div>
      </div>
      <ConnectionResults
        connection={(data ?? previousData)?.knowledgeNeeds}
        loading={loading}
        error={error}
        retry={() => void refetch()}
        count={(count) => t('needs.count', { count })}
        countTestId="needs-count"
        empty={t('needs.empty')}
        {...url}
      >
        {(node) => (
          <>
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
              <ThemeTags themes={node.themes} />
            </div>
          </>
        )}
      </ConnectionResults>
    </section>
  );
}
