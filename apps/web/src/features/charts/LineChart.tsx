/** A line over months in plain SVG, with its numbers as text for screen readers (no chart library; loaded on demand). */
export interface Point {
  label: string;
  value: number;
}

export default function LineChart({ id, title, points }: { id: string; title: string; points: Point[] }) {
  const width = 520;
  const height = 200;
  const left = 40;
  const right = 12;
  const top = 12;
  const bottom = 28;
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = points.length > 1 ? (width - left - right) / (points.length - 1) : 0;
  const x = (i: number) => left + (points.length > 1 ? i * step : (width - left - right) / 2);
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  // At most six month labels on the axis, so they never overlap.
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} data-testid={id}>
        <title id={`${id}-title`}>{`${title}: ${points.map((p) => `${p.label} ${p.value}`).join(', ')}`}</title>
        <line x1={left} y1={y(0)} x2={width - right} y2={y(0)} stroke="currentColor" strokeWidth={1} />
        <text x={left - 6} y={y(max) + 5} textAnchor="end" fill="currentColor" fontSize="13">
          {max}
        </text>
        <text x={left - 6} y={y(0) + 5} textAnchor="end" fill="currentColor" fontSize="13">
          0
        </text>
        <path d={path} fill="none" stroke="var(--ds-color-accent-base-default)" strokeWidth={3} />
        {points.map((p, i) => (
          <g key={p.label}>
            <circle cx={x(i)} cy={y(p.value)} r={4} fill="var(--ds-color-accent-base-default)" data-value={p.value} />
            {i % labelEvery === 0 && (
              <text x={x(i)} y={height - 8} textAnchor="middle" fill="currentColor" fontSize="13">
                {p.label}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
