import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CompetenceProfileFilter, Theme } from '../../gql/graphql';
import { THEMES } from '../../shared/enums';
import { ConnectionResults, FilterSelect, SearchBox, ThemeTags } from '../../shared/lists';
import { pageCursor } from '../../shared/pagination';
import { CountiesDocument } from '../needs/operations';
import { ProfilesListDocument } from './operations';

export function profileFilterFromParams(params: URLSearchParams): CompetenceProfileFilter {
  const filter: CompetenceProfileFilter = {};
  const text = params.get('q')?.trim();
  if (text) filter.text = text;
  const themes = params.getAll('tema') as Theme[];
  if (themes.length) filter.themes = themes;
  const counties = params.getAll('fylke');
  if (counties.length) filter.countyNumbers = counties;
  const arena = params.get('arena');
  if (arena) filter.arenaId = arena;
  return filter;
}

export function ProfilesListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const counties = useQuery(CountiesDocument);
  const { data, previousData, loading, error, refetch } = useQuery(ProfilesListDocument, {
    variables: { filter: profileFilterFromParams(params), first: 20, after: pageCursor(params) },
  });
  const url = { params, setParams };
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('profiles.title')}
      </Heading>
      <SearchBox label={t('profiles.searchLabel')} {...url} />
      <div className="filters">
        <FilterSelect name="tema" label={t('common.theme')} options={THEMES.map((s) => ({ value: s, label: t(`enums.Theme.${s}`) }))} {...url} />
        <FilterSelect name="fylke" label={t('common.county')} options={(counties.data?.counties ?? []).map((c) => ({ value: c.number, label: c.name }))} {...url} />
      </div>
      <ConnectionResults
        connection={(data ?? previousData)?.competenceProfiles}
        loading={loading}
        error={error}
        retry={() => void refetch()}
        count={(count) => t('profiles.count', { count })}
        empty={t('profiles.empty')}
        {...url}
      >
        {(node) => (
          <>
            <Heading level={2} data-size="xs">
              <Link to={`/profiler/${node.id}`}>{node.title}</Link>
            </Heading>
            <Paragraph data-size="sm">
              {node.organization.name}
              {node.organization.researchInstitution ? ` · ${node.organization.researchInstitution.name}` : ''}
            </Paragraph>
            <div className="tags">
              <ThemeTags themes={node.themes} />
            </div>
          </>
        )}
      </ConnectionResults>
    </section>
  );
}
