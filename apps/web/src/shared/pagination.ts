/**
 * Cursor pagination over the API's connections, kept in the URL: `after` is the cursor of the page shown, `back`
 * the cursors of the pages before it (so "previous" works without the API paging backwards). Any filter change
 * starts again from the first page.
 */
export const PAGE_PARAMS = ['after', 'back'] as const;

export function pageCursor(params: URLSearchParams): string | null {
  return params.get('after');
}

export function nextPage(params: URLSearchParams, endCursor: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const back = backStack(params);
  back.push(params.get('after') ?? '');
  next.set('back', back.join(' '));
  next.set('after', endCursor);
  return next;
}

export function previousPage(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  const back = backStack(params);
  const previous = back.pop();
  if (previous) next.set('after', previous);
  else next.delete('after');
  if (back.length) next.set('back', back.join(' '));
  else next.delete('back');
  return next;
}

export function hasPreviousPage(params: URLSearchParams): boolean {
  return params.has('after');
}

/** The page number shown (1 = first), for "page N" texts. */
export function pageNumber(params: URLSearchParams): number {
  return params.has('after') ? backStack(params).length + 1 : 1;
}

/** Sets or removes one filter, back on the first page. */
export function withFilter(
  params: URLSearchParams,
  name: string,
  value: string | string[] | null,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const p of PAGE_PARAMS) next.delete(p);
  next.delete(name);
  const values = value === null ? [] : Array.isArray(value) ? value : [value];
  for (const v of values) if (v !== '') next.append(name, v);
  return next;
}

function backStack(params: URLSearchParams): string[] {
  const raw = params.get('back');
  return raw === null ? [] : raw.split(' ');
}
