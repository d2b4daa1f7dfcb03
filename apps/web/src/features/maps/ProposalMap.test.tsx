import { render } from '@testing-library/react';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import ProposalMap, { municipalityFeatures } from './ProposalMap';

import outlines from '../../../public/geo/municipalities-2024.json';

const topology = outlines as unknown as Topology;

describe('ProposalMap', () => {
  it('has the 357 municipalities of 2024', () => {
    expect(municipalityFeatures(topology).features).toHaveLength(357);
  });

  it('fills the member municipalities, marks the institutions and credits Kartverket', () => {
    const { container, getByRole, getByText } = render(
      <ProposalMap
        topology={topology}
        municipalities={[
          { municipalityNumber: '4601', label: 'Bergen' },
          { municipalityNumber: '4627', label: 'Askøy' },
        ]}
        institutions={[{ municipalityNumber: '5001', label: 'Velferd (NTNU)' }]}
      />,
    );
    const members = [...container.querySelectorAll('path[data-member]')].map((p) => p.getAttribute('data-municipality'));
    expect(members.sort()).toEqual(['4601', '4627']);
    expect(container.querySelectorAll('path[data-municipality]')).toHaveLength(357);
    for (const path of container.querySelectorAll('path[data-member]')) expect(path.getAttribute('d')).toMatch(/^M[\d.-]+/);
    const dot = container.querySelector('g[data-institution="1"]')!;
    const [x, y] = /translate\(([\d.-]+), ([\d.-]+)\)/.exec(dot.getAttribute('transform')!)!.slice(1).map(Number);
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
    expect(getByRole('img').textContent).toContain('Bergen, Askøy, Velferd (NTNU)');
    expect(getByText('© Kartverket (CC BY 4.0)')).toBeTruthy();
  });
});

describe('municipality outlines', () => {
  it('are wound so that each covers less than a hemisphere (d3-geo draws them, not the rest of the globe)', async () => {
    const { geoArea } = await import('d3-geo');
    for (const f of municipalityFeatures(topology).features) expect(geoArea(f)).toBeLessThan(0.01);
  });
});

describe('the map picture', () => {
  it('puts the members and institutions inside the picture', () => {
    const { container } = render(
      <ProposalMap
        topology={topology}
        width={480}
        height={560}
        municipalities={[{ municipalityNumber: '1151', label: 'Utsira' }]}
        institutions={[{ municipalityNumber: '4601', label: 'UiB' }]}
      />,
    );
    const dot = container.querySelector('g[data-institution="1"]')!;
    const [x, y] = /translate\(([\d.-]+), ([\d.-]+)\)/.exec(dot.getAttribute('transform')!)!.slice(1).map(Number);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(480);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(560);
    const member = container.querySelector('path[data-member]')!.getAttribute('d')!;
    const numbers = member.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(480);
    expect(Math.min(...ys)).toBeGreaterThan(0);
    expect(Math.max(...ys)).toBeLessThan(560);
  });
});
