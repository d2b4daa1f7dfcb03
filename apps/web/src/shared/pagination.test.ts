import { describe, expect, it } from 'vitest';
import { hasPreviousPage, nextPage, pageCursor, pageNumber, previousPage, withFilter } from './pagination';

describe('connection pagination in the URL', () => {
  it('walks forward and back through three pages, keeping the filters', () => {
    const first = new URLSearchParams('q=eldre&status=OPEN');
    expect(pageCursor(first)).toBeNull();
    expect(hasPreviousPage(first)).toBe(false);

    const second = nextPage(first, 'c20');
    expect(pageCursor(second)).toBe('c20');
    expect(pageNumber(second)).toBe(2);
    const third = nextPage(second, 'c40');
    expect(pageCursor(third)).toBe('c40');
    expect(pageNumber(third)).toBe(3);
    expect(third.get('q')).toBe('eldre');

    const backToSecond = previousPage(third);
    expect(pageCursor(backToSecond)).toBe('c20');
    expect(pageNumber(backToSecond)).toBe(2);
    const backToFirst = previousPage(backToSecond);
    expect(pageCursor(backToFirst)).toBeNull();
    expect(backToFirst.has('back')).toBe(false);
    expect(backToFirst.toString()).toBe(first.toString());
  });

  it('starts again from the first page when a filter changes', () => {
    const onThird = nextPage(nextPage(new URLSearchParams('status=OPEN'), 'a'), 'b');
    const filtered = withFilter(onThird, 'tema', 'HEALTH_AND_CARE');
    expect(pageCursor(filtered)).toBeNull();
    expect(filtered.has('back')).toBe(false);
    expect(filtered.getAll('tema')).toEqual(['HEALTH_AND_CARE']);
    expect(filtered.get('status')).toBe('OPEN');
    expect(withFilter(filtered, 'tema', null).has('tema')).toBe(false);
  });
});
