import { geoArea, geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MUNICIPALITIES_URL = '/geo/municipalities-2024.json';

type MunicipalityProps = { id: string; name: string };
type Municipalities = FeatureCollection<Geometry, MunicipalityProps>;

export interface MapPlace {
  municipalityNumber: string;
  label: string;
}

interface Props {
  /** Member municipalities (filled). */
  municipalities: MapPlace[];
  /** Research institutions, marked in their municipality. */
  institutions: MapPlace[];
  /** The outlines; loaded from MUNICIPALITIES_URL when left out. */
  topology?: Topology;
  width?: number;
  height?: number;
}

/**
 * The municipalities as GeoJSON, with every ring wound as d3-geo expects (clockwise exteriors): a polygon whose
 * area comes out larger than a hemisphere is one d3 reads inside out, so its rings are reversed.
 */
export function municipalityFeatures(topology: Topology): Municipalities {
  const object = topology.objects.Kommuner as GeometryCollection<MunicipalityProps>;
  const collection = feature(topology, object) as unknown as Municipalities;
  for (const f of collection.features) {
    if (geoArea(f) <= 2 * Math.PI) continue;
    const g = f.geometry;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map((ring) => [...ring].reverse());
    if (g.type === 'MultiPolygon')
      g.coordinates = g.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse()));
  }
  return collection;
}

/**
 * The members of a consortium on a map of Norway's municipalities (Kartverket 2024 outlines, d3-geo, no tile
 * server): member municipalities filled, research institutions as numbered dots in their municipality. The SVG
 * has a text title; the same facts are in the legend below it.
 */
export default function ProposalMap({ municipalities, institutions, topology, width = 480, height = 560 }: Props) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Topology | null>(topology ?? null);
  useEffect(() => {
    if (topology) return;
    let cancelled = false;
    void fetch(MUNICIPALITIES_URL)
      .then((r) => r.json() as Promise<Topology>)
      .then((data) => !cancelled && setLoaded(data));
    return () => {
      cancelled = true;
    };
  }, [topology]);

  const drawn = useMemo(() => {
    if (!loaded) return null;
    const all = municipalityFeatures(loaded);
    const members = new Set(municipalities.map((m) => m.municipalityNumber));
    const focus = all.features.filter(
      (f) => members.has(f.properties.id) || institutions.some((i) => i.municipalityNumber === f.properties.id),
    );
    const projection = geoTransverseMercator().rotate([-15, 0]);
    // Fit to the members (with some surroundings), or to the whole country when none are known.
    projection.fitExtent(
      [
        [16, 16],
        [width - 16, height - 16],
      ],
      focus.length ? { type: 'FeatureCollection', features: focus } : all,
    );
    if (focus.length) {
      // Zoom out around the centre of the picture, so the members are seen with their surroundings.
      const zoom = 0.5;
      const [tx, ty] = projection.translate();
      projection
        .scale(projection.scale() * zoom)
        .translate([width / 2 + (tx - width / 2) * zoom, height / 2 + (ty - height / 2) * zoom]);
    }
    const path = geoPath(projection);
    const byNumber = new Map(all.features.map((f) => [f.properties.id, f]));
    return {
      shapes: all.features.map((f: Feature<Geometry, MunicipalityProps>) => ({
        id: f.properties.id,
        d: path(f) ?? '',
        member: members.has(f.properties.id),
      })),
      dots: institutions
        .map((inst, i) => {
          const f = byNumber.get(inst.municipalityNumber);
          const [x, y] = f ? path.centroid(f) : [NaN, NaN];
          return { key: `${inst.municipalityNumber}-${i}`, n: i + 1, x, y, label: inst.label };
        })
        .filter((d) => Number.isFinite(d.x)),
    };
  }, [loaded, municipalities, institutions, width, height]);

  const title = `${t('proposals.map')}: ${[...municipalities, ...institutions].map((p) => p.label).join(', ')}`;
  return (
    <figure className="map stack">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="proposal-map-title" data-testid="proposal-map">
        <title id="proposal-map-title">{title}</title>
        <rect width={width} height={height} fill="var(--ds-color-info-background-tinted)" />
        {drawn?.shapes.map((s) => (
          <path
            key={s.id}
            d={s.d}
            data-municipality={s.id}
            data-member={s.member || undefined}
            fill={s.member ? 'var(--ds-color-accent-base-default)' : 'var(--ds-color-neutral-background-default)'}
            stroke="var(--ds-color-neutral-border-default)"
            strokeWidth={0.4}
          />
        ))}
        {drawn?.dots.map((d) => (
          <g key={d.key} transform={`translate(${d.x}, ${d.y})`} data-institution={d.n}>
            <circle r={9} fill="var(--ds-color-warning-base-default)" stroke="#000" strokeWidth={1} />
            <text textAnchor="middle" dy="4" fontSize="11" fontWeight="700" fill="#000">
              {d.n}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="stack">
        <span>{t('proposals.mapDescription')}</span>
        <ol>
          {institutions.map((i, n) => (
            <li key={`${i.municipalityNumber}-${n}`}>{i.label}</li>
          ))}
        </ol>
        <small>{t('proposals.mapCredit')}</small>
      </figcaption>
    </figure>
  );
}
