import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { en } from './en';
import { LANGUAGES } from './index';
import { nb } from './nb';
import { nn } from './nn';

type Tree = { [key: string]: string | Tree };

/** Every key path of a catalogue. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

afterAll(() => i18next.changeLanguage('nb'));

describe('count phrases', () => {
  it.each([
    ['nb', 1, 'fra 1 institusjon', '1 kompetanseprofil', '1 konsortium', '1 åpent nå'],
    ['nb', 3, 'fra 3 institusjoner', '3 kompetanseprofiler', '3 konsortier', '3 åpne nå'],
    ['nn', 1, 'frå 1 institusjon', '1 kompetanseprofil', '1 konsortium', '1 ope no'],
    ['nn', 3, 'frå 3 institusjonar', '3 kompetanseprofilar', '3 konsortium', '3 opne no'],
    ['en', 1, 'from 1 institution', '1 competence profile', '1 consortium', '1 open now'],
    ['en', 3, 'from 3 institutions', '3 competence profiles', '3 consortia', '3 open now'],
  ])('%s with %i uses the right number form', async (language, count, institutions, profiles, consortia, open) => {
    await i18next.changeLanguage(language);
    expect(i18next.t('followUp.institutions', { count })).toBe(institutions);
    expect(i18next.t('profiles.count', { count })).toBe(profiles);
    expect(i18next.t('consortia.count', { count })).toBe(consortia);
    expect(i18next.t('followUp.needsOpen', { count })).toBe(open);
  });

  it('words a commitment of one person-month in the singular and 7.5 in the plural', async () => {
    await i18next.changeLanguage('nb');
    const commitment = (count: number, months: string) => i18next.t('consortia.commitment', { count, months, contact: 'Kari' });
    expect(commitment(1, '1')).toBe('Forplikter 1 personmåned · kontaktperson: Kari');
    expect(commitment(7.5, '7,5')).toBe('Forplikter 7,5 personmåneder · kontaktperson: Kari');
  });

  it('words a run with one profile in the singular', async () => {
    await i18next.changeLanguage('en');
    const text = i18next.t('runs.counts', {
      needs: i18next.t('runs.needCount', { count: 1 }),
      profiles: i18next.t('runs.profileCount', { count: 2 }),
    });
    expect(text).toBe('1 need and 2 profiles considered');
  });

  it('has both number forms for every count phrase in every language', () => {
    for (const catalog of [nb, nn, en] as Tree[]) {
      const all = keys(catalog);
      const ones = all.filter((k) => k.endsWith('_one'));
      expect(ones.length).toBeGreaterThan(5);
      for (const key of ones) expect(all).toContain(key.replace(/_one$/, '_other'));
      // A phrase with {{count}} and no number forms would read "1 institusjoner".
      const bare = all.filter((k) => !/_(one|other)$/.test(k) && String(lookup(catalog, k)).includes('{{count}}'));
      expect(bare).toEqual([]);
    }
    expect(LANGUAGES).toEqual(['nb', 'nn', 'en']);
  });
});

function lookup(tree: Tree, path: string): string | Tree {
  return path.split('.').reduce<string | Tree>((node, key) => (node as Tree)[key], tree);
}
