import { monthCount, monthlyPeriods } from './periods';

describe('monthlyPeriods', () => {
  const d = (iso: string) => new Date(iso);

  it('cuts a range into calendar months, the first from `from` and the last up to `to`', () => {
    expect(monthlyPeriods(d('2021-01-15T00:00:00Z'), d('2021-03-10T00:00:00Z'))).toEqual([
      { start: d('2021-01-15T00:00:00Z'), end: d('2021-02-01T00:00:00Z') },
      { start: d('2021-02-01T00:00:00Z'), end: d('2021-03-01T00:00:00Z') },
      { start: d('2021-03-01T00:00:00Z'), end: d('2021-03-10T00:00:00Z') },
    ]);
  });

  it('ends exactly at a month boundary and crosses the year', () => {
    const periods = monthlyPeriods(d('2020-12-01T00:00:00Z'), d('2021-02-01T00:00:00Z'));
    expect(periods.map((p) => p.start.toISOString().slice(0, 7))).toEqual(['2020-12', '2021-01']);
    expect(monthCount(d('2020-12-01T00:00:00Z'), d('2021-02-01T00:00:00Z'))).toBe(2);
    expect(monthCount(d('2021-01-15T00:00:00Z'), d('2021-03-10T00:00:00Z'))).toBe(3);
  });

  it('is empty when from is not before to', () => {
    expect(monthlyPeriods(d('2021-02-01T00:00:00Z'), d('2021-02-01T00:00:00Z'))).toEqual([]);
    expect(monthCount(d('2021-03-01T00:00:00Z'), d('2021-02-01T00:00:00Z'))).toBe(0);
  });
});
