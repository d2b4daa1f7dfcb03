import { useQuery } from '@apollo/client/react';
import { Card, Field, Heading, Label, Paragraph, Search, Select, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CompetenceProfileFilter, Theme } from '../../gql/graphql';
import { ConnectionPager } from '../../shared/ConnectionPager';
import { THEMES } from '../../shared/enums';
import { pageCursor, withFilter } from '../../shared/pagination';
import { Loading, QueryProblem } from '../../shared/StatusPage';
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
  const [text, setText] = useState(params.get('q') ?? '');
  const counties = useQuery(CountiesDocument);
  const { data, previousData, loading, error, refetch } = useQuery(ProfilesListDocument, {
    variables: { filter: profileFilterFromParams(params), first: 20, after: pageCursor(params) },
  });
  const shown = data ?? previousData;
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('profiles.title')}
      </Heading>
      <form
        role="search"
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(withFilter(params, 'q', text.trim() || null));
        }}
      >
        <Field>
          <Label>{t('profiles.searchLabel')}</Label>
          <Search>
            <Search.Input name="q" value={text} onChange={(e) => setText(e.target.value)} />
            <Search.Clear onClick={() => { setText(''); setParams(withFilter(params, 'q', null)); }} />
            <Search.Button type="submit" aria-label={t('common.search')} />
          </Search>
        </Field>
      </form>
      <div className="filters">
        <Field>
          <Label>{t('common.theme')}</Label>
          <Select value={params.get('tema') ?? ''} onChange={(e) => setParams(withFilter(params, 'tema', e.target.value || null))}>
            <Select.Option value="">{t('common.all')}</Select.Option>
            {THEMES.map((s) => (
              <Select.Option key={s} value={s}>
                {t(`enums.Theme.${s}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('common.county')}</Label>
          <Select value={params.get('fylke') ?? ''} onChange={(e) => setParams(withFilter(params, 'fylke', e.target.value || null))}>
            <Select.Option value="">{t('common.all')}</Select.Option>
            {(counties.data?.counties ?? []).map((c) => (
              <Select.Option key={c.number} value={c.number}>
                {c.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      {error && <QueryProblem error={error} retry={() => void refetch()} />}
      {!shown && loading && <Loading />}
      {shown && (
        <div className="stack" aria-busy={loading}>
          <Paragraph role="status">{t('profiles.count', { count: shown.competenceProfiles.totalCount })}</Paragraph>
          {shown.competenceProfiles.edges.length === 0 && <Paragraph>{t('profiles.empty')}</Paragraph>}
          <ul className="result-list">
            {shown.competenceProfiles.edges.map(({ node }) => (
              <li key={node.id}>
                <Card>
                  <Heading level={2} data-size="xs">
                    <Link to={`/profiler/${node.id}`}>{node.title}</Link>
                  </Heading>
                  <Paragraph data-size="sm">
                    {node.organization.name}
                    {node.organization.researchInstitution ? ` · ${node.organization.researchInstitution.name}` : ''}
                  </Paragraph>
                  <div className="tags">
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
            shown={shown.competenceProfiles.edges.length}
            total={shown.competenceProfiles.totalCount}
            hasNextPage={shown.competenceProfiles.pageInfo.hasNextPage}
            endCursor={shown.competenceProfiles.pageInfo.endCursor}
          />
        </div>
      )}
    </section>
  );
}
