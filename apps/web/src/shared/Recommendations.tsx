import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { percent } from './format';
import { Loading } from './StatusPage';

export interface Recommendation {
  id: string;
  /** Where the title links to. */
  to: string;
  title: string;
  /** Who: the organization (and institution). */
  owner: string;
  score: number;
  sharedTerms: readonly string[];
}

/** A section of ranked recommendations (profiles for a need, needs for a profile): score and the terms they share. */
export function Recommendations({
  id,
  title,
  empty,
  loading,
  items,
}: {
  id: string;
  title: string;
  empty: string;
  loading: boolean;
  items: Recommendation[] | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section className="stack" aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {loading && <Loading />}
      {items?.length === 0 && <Paragraph>{empty}</Paragraph>}
      <ul className="result-list">
        {items?.map((r) => (
          <li key={r.id}>
            <Card>
              <Heading level={3} data-size="xs">
                <Link to={r.to}>{r.title}</Link>
              </Heading>
              <Paragraph data-size="sm">
                {r.owner} · {t('common.score')} {percent(r.score, i18n.language)}
              </Paragraph>
              {r.sharedTerms.length > 0 && (
                <Paragraph data-size="sm">
                  {t('needs.sharedTerms')}: {r.sharedTerms.join(', ')}
                </Paragraph>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
