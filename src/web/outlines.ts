// Country and province outlines shipped with sitrep (see data/outlines/README.md): countries from Natural
// Earth via world-atlas, provinces per country loaded when events fall in it. No tile server.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';

declare const topojson: {
  feature(topology: unknown, object: unknown): FeatureCollection | Feature;
};

interface CountryIndexEntry {
  name: string;
  cca2: string;
  bbox: [number, number, number, number];
  provinces: number;
}

export interface Province {
  iso3: string;
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
}

let countryIndex: Promise<Record<string, CountryIndexEntry>> | null = null;
const provinceCache = new Map<string, Promise<Province[]>>();

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}

export async function loadCountries(): Promise<FeatureCollection> {
  const topo = (await fetchJson('/outlines/countries/countries-50m.json')) as { objects: Record<string, unknown> };
  return topojson.feature(topo, topo.objects.countries) as FeatureCollection;
}

function index(): Promise<Record<string, CountryIndexEntry>> {
  countryIndex ??= fetchJson('/outlines/admin1/index.json') as Promise<Record<string, CountryIndexEntry>>;
  return countryIndex;
}

export function loadProvinces(iso3: string): Promise<Province[]> {
  let p = provinceCache.get(iso3);
  if (!p) {
    p = (async () => {
      const topo = (await fetchJson(`/outlines/admin1/${iso3}.topo.json`)) as { objects: Record<string, unknown> };
      const key = Object.keys(topo.objects)[0]!;
      const fc = topojson.feature(topo, topo.objects[key]) as FeatureCollection;
      return fc.features
        .filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
        .map((f) => ({ iso3, name: String((f.properties as { name?: string } | null)?.name ?? ''), feature: f }));
    })();
    provinceCache.set(iso3, p);
  }
  return p;
}

/** Countries whose bounding box holds at least one of the points: candidates to load provinces for. */
export async function countriesAround(points: [number, number][]): Promise<string[]> {
  const idx = await index();
  const out: string[] = [];
  for (const [iso3, c] of Object.entries(idx)) {
    const [w, s, e, n] = c.bbox;
    if (points.some(([lat, lon]) => lat >= s && lat <= n && lon >= w && lon <= e)) out.push(iso3);
  }
  return out;
}

function ringContains(ring: number[][], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function geometryContains(g: Geometry, lat: number, lon: number): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.some((rings) => ringContains(rings[0]!, lon, lat) && !rings.slice(1).some((hole) => ringContains(hole, lon, lat)));
}

/** The province a point falls in, among the provinces loaded for the countries around it. */
export async function provinceAt(lat: number, lon: number): Promise<Province | null> {
  for (const iso3 of await countriesAround([[lat, lon]])) {
    const hit = (await loadProvinces(iso3)).find((p) => geometryContains(p.feature.geometry, lat, lon));
    if (hit) return hit;
  }
  return null;
}
