import { normalizeText, tokenize } from './tokenizer';

describe('tokenize', () => {
  it('keeps æ, ø, å and é inside words and lower-cases', () => {
    expect(tokenize('Økt Trygghet på Sykehjem, blåbær og Kafé').map((t) => t.surface)).toEqual([
      'økt',
      'trygghet',
      'på',
      'sykehjem',
      'blåbær',
      'og',
      'kafé',
    ]);
  });

  it('normalises decomposed characters to NFC', () => {
    const decomposed = 'bla\u030Abær'; // "å" as a + combining ring
    expect(tokenize(decomposed)[0].surface).toBe('blåbær');
    expect(normalizeText('A\u030A')).toBe('å');
  });

  it('keeps hyphenated compounds whole and lists their parts', () => {
    const [token] = tokenize('E-helse');
    expect(token).toEqual({ surface: 'e-helse', parts: ['helse'] });
    expect(tokenize('helse-tjenester')[0]).toEqual({
      surface: 'helse-tjenester',
      parts: ['helse', 'tjenester'],
    });
  });

  it('drops single characters and bare numbers but keeps mixed tokens', () => {
    expect(tokenize('a 2024 co2 5g x').map((t) => t.surface)).toEqual(['co2', '5g']);
  });

  it('handles a trailing hyphen of a shared compound head', () => {
    expect(tokenize('helse- og omsorgstjenester').map((t) => t.surface)).toEqual([
      'helse',
      'og',
      'omsorgstjenester',
    ]);
  });
});
