import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { hasPreviousPage, nextPage, previousPage } from './pagination';

interface Props {
  params: URLSearchParams;
  onChange: (params: URLSearchParams) => void;
  shown: number;
  total: number;
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** "Previous / next page" over a connection, with the count; the cursors live in the URL (pagination.ts). */
export function ConnectionPager({ params, onChange, shown, total, hasNextPage, endCursor }: Props) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.pageInfo', { shown, total })} className="pager">
      <Paragraph data-size="sm" role="status">
        {t('common.pageInfo', { shown, total })}
      </Paragraph>
      <div className="pager-buttons">
        <Button
          variant="secondary"
          data-size="sm"
          disabled={!hasPreviousPage(params)}
          onClick={() => onChange(previousPage(params))}
        >
          {t('common.previous')}
        </Button>
        <Button
          variant="secondary"
          data-size="sm"
          disabled={!hasNextPage || !endCursor}
          onClick={() => endCursor && onChange(nextPage(params, endCursor))}
        >
          {t('common.next')}
        </Button>
      </div>
    </nav>
  );
}
