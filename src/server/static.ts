// Static files of the workspace: the built page (dist/web), the map libraries from node_modules and the
// outlines shipped as data. A fixed table of roots; nothing outside them is reachable, nothing is fetched.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The package root: this file sits two levels down in both src/server and dist/server. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticRoots {
  /** Built page: index.html, app.js, style.css. */
  web: string;
}

/** URL prefix -> directory, plus single files; checked in order. */
function mounts(roots: StaticRoots): { prefix: string; dir: string; only?: RegExp }[] {
  const nm = join(PACKAGE_ROOT, 'node_modules');
  return [
    { prefix: '/vendor/leaflet/', dir: join(nm, 'leaflet', 'dist'), only: /^(leaflet\.js|leaflet\.css|images\/[\w-]+\.png)$/ },
    { prefix: '/vendor/markercluster/', dir: join(nm, 'leaflet.markercluster', 'dist'), only: /^(leaflet\.markercluster\.js|MarkerCluster(\.Default)?\.css)$/ },
    { prefix: '/vendor/topojson/', dir: join(nm, 'topojson-client', 'dist'), only: /^topojson-client\.min\.js$/ },
    { prefix: '/outlines/countries/', dir: join(nm, 'world-atlas'), only: /^countries-(50m|110m)\.json$/ },
    { prefix: '/outlines/admin1/', dir: join(PACKAGE_ROOT, 'data', 'outlines', 'admin1'), only: /^([a-z]{3}\.topo\.json|index\.json)$/ },
    { prefix: '/', dir: roots.web },
  ];
}

/** Resolve a URL path to a file, or null. Refuses '..' and anything outside the mount. */
export function resolveStatic(pathname: string, roots: StaticRoots): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  for (const m of mounts(roots)) {
    if (!rel.startsWith(m.prefix)) continue;
    let sub = rel.slice(m.prefix.length);
    if (sub === '' && m.prefix === '/') sub = 'index.html';
    if (m.only && !m.only.test(sub)) return null;
    const file = normalize(join(m.dir, sub));
    if (!file.startsWith(normalize(m.dir) + sep)) return null;
    if (!existsSync(file) || !statSync(file).isFile()) return null;
    return file;
  }
  return null;
}

export function serveFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  const st = statSync(file);
  const etag = `W/"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
  const headers: Record<string, string | number> = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    etag,
    // The page itself is revalidated each time; libraries and outlines rarely change.
    'cache-control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=300',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['content-length'] = st.size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
