import { detectLanguage } from './language-detector';

describe('detectLanguage', () => {
  it.each([
    ['Hvordan kan kommunen bruke velferdsteknologi i hjemmetjenesten?', 'nb'],
    ['Vi ønsker å prøve ut digitalt tilsyn for eldre som bor hjemme.', 'nb'],
    ['Korleis kan kommunane bruke forsking i tenestene?', 'nn'],
    ['Eg vil vite kva som fungerer for dei eldre.', 'nn'],
    ['Me treng meir kunnskap om klimatilpassing i kommunen vår, ikkje berre planar.', 'nn'],
    ['Climate adaptation in coastal municipalities', 'en'],
    ['How can small municipalities use research to improve their services?', 'en'],
    ['Digitalisering og planlegging', 'nb'],
    ['Planning of digital services', 'en'],
    ['Kva gjer kommunen med planlegginga?', 'nn'],
  ])('detects %p as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('defaults to bokmål without evidence', () => {
    expect(detectLanguage('')).toBe('nb');
    expect(detectLanguage('Velferdsteknologi')).toBe('nb');
  });
});
