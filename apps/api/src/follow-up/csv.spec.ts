import { csvDelimiterOf, csvField, csvLine } from './csv';

describe('csv', () => {
  describe('csvField', () => {
    it('leaves plain Norwegian text alone', () => {
      expect(csvField('Velferdsteknologi i hjemmetjenesten – Årdal', ';')).toBe(
        'Velferdsteknologi i hjemmetjenesten – Årdal',
      );
    });

    it('quotes the delimiter, quotes and line breaks, doubling inner quotes', () => {
      expect(csvField('Helse; omsorg', ';')).toBe('"Helse; omsorg"');
      expect(csvField('Helse, omsorg', ';')).toBe('Helse, omsorg');
      expect(csvField('Helse, omsorg', ',')).toBe('"Helse, omsorg"');
      expect(csvField('Prosjektet «Trygg» og "Hjem"', ';')).toBe(
        '"Prosjektet «Trygg» og ""Hjem"""',
      );
      expect(csvField('linje 1\nlinje 2', ';')).toBe('"linje 1\nlinje 2"');
      expect(csvField('linje 1\r\nlinje 2', ';')).toBe('"linje 1\r\nlinje 2"');
      expect(csvField(' innrykk', ';')).toBe('" innrykk"');
    });

    it('writes empty fields for null, numbers as is and dates as ISO 8601', () => {
      expect(csvField(null, ';')).toBe('');
      expect(csvField(undefined, ';')).toBe('');
      expect(csvField(0.25, ';')).toBe('0.25');
      expect(csvField(new Date('2021-03-01T00:00:00Z'), ';')).toBe('2021-03-01T00:00:00.000Z');
    });
  });

  it('joins a record with the delimiter and ends it with CRLF', () => {
    expect(csvLine(['a', 'b;c', 3], ';')).toBe('a;"b;c";3\r\n');
    expect(csvLine(['a', 'b;c'], '\t')).toBe('a\tb;c\r\n');
  });

  it('knows the delimiters a caller may choose and defaults to a semicolon', () => {
    expect(csvDelimiterOf(undefined)).toBe(';');
    expect(csvDelimiterOf('comma')).toBe(',');
    expect(csvDelimiterOf('tab')).toBe('\t');
    expect(csvDelimiterOf('x')).toBeNull();
  });
});
