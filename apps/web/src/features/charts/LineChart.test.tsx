import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import LineChart from './LineChart';

const points = [
  { label: 'jan. 26', value: 2 },
  { label: 'feb. 26', value: 8 },
  { label: 'mar. 26', value: 4 },
];

describe('LineChart', () => {
  it('draws one point per month, the highest at the top, and reads its numbers out', () => {
    const { container, getByRole } = render(<LineChart id="c" title="Behov per måned" points={points} />);
    const circles = [...container.querySelectorAll('circle')];
    expect(circles.map((c) => c.getAttribute('data-value'))).toEqual(['2', '8', '4']);
    const ys = circles.map((c) => Number(c.getAttribute('cy')));
    expect(Math.min(...ys)).toBe(ys[1]);
    expect(ys[0]).toBeGreaterThan(ys[2]);
    const xs = circles.map((c) => Number(c.getAttribute('cx')));
    expect(xs[0]).toBeLessThan(xs[1]);
    expect(xs[1]).toBeLessThan(xs[2]);
    expect(container.querySelector('path')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
    expect(getByRole('img', { name: 'Behov per måned: jan. 26 2, feb. 26 8, mar. 26 4' })).toBeTruthy();
  });

  it('labels at most six months on the axis', () => {
    const year = Array.from({ length: 24 }, (_, i) => ({ label: `m${i}`, value: i }));
    const { container } = render(<LineChart id="y" title="To år" points={year} />);
    const monthLabels = [...container.querySelectorAll('text')].filter((t) => /^m\d+$/.test(t.textContent ?? ''));
    expect(monthLabels.length).toBeLessThanOrEqual(6);
    expect(monthLabels[0].textContent).toBe('m0');
  });

  it('draws a single month in the middle and an empty range without failing', () => {
    const one = render(<LineChart id="one" title="Én" points={[{ label: 'jan.', value: 0 }]} />);
    expect(one.container.querySelectorAll('circle')).toHaveLength(1);
    const none = render(<LineChart id="none" title="Ingen" points={[]} />);
    expect(none.container.querySelectorAll('circle')).toHaveLength(0);
  });
});
