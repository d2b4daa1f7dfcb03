import { parseCsv, parseCsvRows } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const text = 'name,short,note\n"NIFU, Oslo",NIFU,"sa ""hei""\nto linjer"\r\nUiB,UIB,\n';
    expect(parseCsv(text)).toEqual([
      { name: 'NIFU, Oslo', short: 'NIFU', note: 'sa "hei"\nto linjer' },
      { name: 'UiB', short: 'UIB', note: '' },
    ]);
  });

  it('keeps empty cells empty and ignores a byte-order mark', () => {
    expect(parseCsvRows('\ufeffa,b,c\n,,\n')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
    ]);
  });

  it('rejects a row with the wrong number of fields and an unterminated quote', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/row 2 has 3 fields/);
    expect(() => parseCsv('a\n"open\n')).toThrow(/inside a quoted field/);
  });
});
