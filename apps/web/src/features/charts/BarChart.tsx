/** A horizontal bar chart in plain SVG with its numbers as text (no chart library; loaded on demand). */
export interface Bar {
  label: string;
  value: number;
}

export default function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 32;
  const labelWidth = 200;
  const width = 520;
  const height = bars.length * rowHeight;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title">
        <title id="chart-title">{`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`}</title>
        {bars.map((bar, i) => {
          const barWidth = ((width - labelWidth - 50) * bar.value) / max;
          return (
            <g key={bar.label} transform={`translate(0, ${i * rowHeight})`}>
              <text x={0} y={rowHeight / 2 + 5} fill="currentColor" fontSize="14">
                {bar.label}
              </text>
              <rect x={labelWidth} y={6} width={barWidth} height={rowHeight - 12} fill="var(--ds-color-accent-base-default)" />
              <text x={labelWidth + barWidth + 6} y={rowHeight / 2 + 5} fill="currentColor" fontSize="14">
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
