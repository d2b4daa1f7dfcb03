import { Card, Field, Label, Paragraph, Search, Select, Tag } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionPager } from './ConnectionPager';
import { withFilter } from './pagination';
import { Loading, QueryProblem } from './StatusPage';

/** The list pages' filters live in the URL: every part gets the parameters and a way to change them. */
interface UrlFilter {
  params: URLSearchParams;
  setParams: (params: URLSearchParams) => void;
}

/** The free-text search of a list (`?q=`): submitted with Enter or the button, cleared with the cross. */
export function SearchBox({ label, params, setParams }: UrlFilter & { label: string }) {
  const { t } = useTranslation();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  // The box follows the URL when the filters are cleared or the address changes.
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setText(q);
  }
  return (
    <form
      role="search"
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        setParams(withFilter(params, 'q', text.trim() || null));
      }}
    >
      <Field className="grow">
        <Label>{label}</Label>
        <Search>
          <Search.Input name="q" value={text} onChange={(e) => setText(e.target.value)} />
          <Search.Clear
            onClick={() => {
              setText('');
              setParams(withFilter(params, 'q', null));
            }}
          />
          <Search.Button type="submit" aria-label={t('common.search')} />
        </Search>
      </Field>
    </form>
  );
}

/** One filter of a list (`?<name>=<value>`), "all" when empty. */
export function FilterSelect({
  name,
  label,
  options,
  params,
  setParams,
}: UrlFilter & { name: string; label: string; options: Array<{ value: string; label: string }> }) {
  const { t } = useTranslation();
  return (
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
}

interface Connection<N> {
  totalCount: number;
  edges: Array<{ node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A page of a connection: the count (announced to screen readers), a card per item, the pager. While a new filter
 * loads, the previous page stays (marked busy); errors offer a retry.
 */
export function ConnectionResults<N extends { id: string }>({
  connection,
  loading,
  error,
  retry,
  count,
  countTestId,
  empty,
  params,
  setParams,
  children,
}: UrlFilter & {
  connection: Connection<N> | undefined;
  loading: boolean;
  error: unknown;
  retry: () => void;
  count: (total: number) => string;
  countTestId?: string;
  empty: string;
  children: (node: N) => ReactNode;
}) {
  return (
    <>
      {error ? <QueryProblem error={error} retry={retry} /> : null}
      {!connection && loading && <Loading />}
      {connection && (
        <div className="stack" aria-busy={loading}>
          <Paragraph role="status" data-testid={countTestId}>
            {count(connection.totalCount)}
          </Paragraph>
          {connection.edges.length === 0 && <Paragraph>{empty}</Paragraph>}
          <ul className="result-list">
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <Card>{children(node)}</Card>
              </li>
            ))}
          </ul>
          <ConnectionPager
            params={params}
            onChange={setParams}
            shown={connection.edges.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            endCursor={connection.pageInfo.endCursor}
          />
        </div>
      )}
    </>
  );
}

/** A tag per theme, in the interface language. */
export function ThemeTags({ themes }: { themes: readonly string[] }) {
  const { t } = useTranslation();
  return themes.map((theme) => (
    <Tag key={theme} data-color="neutral">
      {t(`enums.Theme.${theme}`)}
    </Tag>
  ));
}
