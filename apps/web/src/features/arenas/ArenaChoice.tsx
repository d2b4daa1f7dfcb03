import { useQuery } from '@apollo/client/react';
import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { arenaIds, hasRole } from '../../app/session';
import { useSession } from '../../app/useSession';
import { ArenasDocument } from './operations';

/** The arenas a broker works in (every arena for admins) and the one chosen in the URL (`?arena=`), else the first. */
export function useChosenArena() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const arenas = useQuery(ArenasDocument);
  const all = arenas.data?.mobilizationArenas ?? [];
  const mine = hasRole(session, 'ADMIN') ? all : all.filter((a) => arenaIds(session).includes(a.id));
  const arenaId = params.get('arena') ?? mine[0]?.id;
  return {
    arenas,
    mine,
    arenaId,
    arenaName: mine.find((a) => a.id === arenaId)?.name ?? '',
    choose: (id: string) => setParams({ arena: id }),
  };
}

/** A select of the broker's arenas, shown when there is more than one. */
export function ArenaChoice({ mine, arenaId, choose }: Pick<ReturnType<typeof useChosenArena>, 'mine' | 'arenaId' | 'choose'>) {
  const { t } = useTranslation();
  if (mine.length < 2) return null;
  return (
    <Field className="narrow">
      <Label>{t('overview.chooseArena')}</Label>
      <Select value={arenaId} onChange={(e) => choose(e.target.value)}>
        {mine.map((a) => (
          <Select.Option key={a.id} value={a.id}>
            {a.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
