import { useQuery } from '@apollo/client/react';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { percent } from '../../shared/format';
import { Loading } from '../../shared/StatusPage';
import { SimilarNeedsDocument } from './operations';

/** Other municipalities' needs like this one, with the words they share: partners for a joint project. */
export function SimilarNeeds({ needId }: { needId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading } = useQuery(SimilarNeedsDocument, { variables: { needId } });
  const similar = data?.similarKnowledgeNeeds ?? [];
  return (
    <section className="stack" aria-labelledby="similar-heading">
      <Heading level={2} data-size="md" id="similar-heading">
        {t('partners.similarTitle')}
      </Heading>
      {loading && <Loading />}
      {data && similar.length === 0 && <Paragraph>{t('partners.noSimilar')}</Paragraph>}
      <ul className="result-list" data-testid="similar-needs">
        {similar.map((s) => (
          <li key={s.need.id}>
            <Card>
              <Heading level={3} data-size="xs">
                <Link to={`/behov/${s.need.id}`}>{s.need.title}</Link>
              </Heading>
              <Paragraph data-size="sm">
                {s.need.organization.name} · {t('partners.similarity')} {percent(s.similarity, i18n.language)}
              </Paragraph>
              {s.sharedTerms.length > 0 && (
                <Paragraph data-size="sm">
                  {t('needs.sharedTerms')}: {s.sharedTerms.join(', ')}
                </Paragraph>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
