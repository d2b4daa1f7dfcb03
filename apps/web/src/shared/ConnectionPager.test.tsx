import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConnectionPager } from './ConnectionPager';

describe('ConnectionPager', () => {
  it('offers the next page with the end cursor and no previous page on the first page', () => {
    const onChange = vi.fn();
    render(
      <ConnectionPager params={new URLSearchParams('q=skole')} onChange={onChange} shown={20} total={45} hasNextPage endCursor="c20" />,
    );
    expect(screen.getByRole('status').textContent).toBe('Viser 20 av 45');
    expect((screen.getByRole('button', { name: 'Forrige side' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Neste side' }));
    const next = onChange.mock.calls[0][0] as URLSearchParams;
    expect(next.get('after')).toBe('c20');
    expect(next.get('q')).toBe('skole');
  });

  it('goes back from the last page and has no next page there', () => {
    const onChange = vi.fn();
    render(
      <ConnectionPager
        params={new URLSearchParams('after=c40&back=%20c20')}
        onChange={onChange}
        shown={5}
        total={45}
        hasNextPage={false}
        endCursor="c45"
      />,
    );
    expect((screen.getByRole('button', { name: 'Neste side' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Forrige side' }));
    expect((onChange.mock.calls[0][0] as URLSearchParams).get('after')).toBe('c20');
  });
});
