import { ValidationError } from './errors';
import { decodeCursor, encodeCursor, pageSizeOf } from './pagination';

describe('cursors', () => {
  it('round-trip the ordering, sort key and id', () => {
    const cursor = encodeCursor({ order: 'rank', key: 0.0607927, id: 'abc' });
    expect(decodeCursor(cursor, 'rank')).toEqual({ order: 'rank', key: 0.0607927, id: 'abc' });
  });

  it('reject garbage and cursors of another ordering with a ValidationError on after', () => {
    expect(() => decodeCursor('%%%', 'created')).toThrow(ValidationError);
    expect(() => decodeCursor(Buffer.from('[1,2]').toString('base64url'), 'created')).toThrow(
      /after/,
    );
    const ranked = encodeCursor({ order: 'rank', key: 1, id: 'x' });
    expect(() => decodeCursor(ranked, 'created')).toThrow(/different ordering/);
  });

  it('treat a missing cursor as the first page', () => {
    expect(decodeCursor(undefined, 'created')).toBeNull();
    expect(decodeCursor(null, 'created')).toBeNull();
  });
});

describe('pageSizeOf', () => {
  it('defaults to 20 and bounds first to 1..100', () => {
    expect(pageSizeOf(undefined)).toBe(20);
    expect(pageSizeOf(100)).toBe(100);
    expect(() => pageSizeOf(0)).toThrow(/first/);
    expect(() => pageSizeOf(101)).toThrow(/first/);
    expect(() => pageSizeOf(2.5)).toThrow(/first/);
  });
});
