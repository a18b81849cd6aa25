// Where the packaged data files live (works from src/ under tsx and from dist/ once built).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('sitrep: cannot find the package data directory (data/actors)');
}

/** A JSON file under data/, parsed; a clear error when it is missing or malformed. */
export function readDataJson<T>(relative: string): T {
  const path = join(packageRoot(), 'data', relative);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`sitrep: cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** A JSON file shipped inside an installed package (e.g. world-countries/countries.json). */
export function readPackageJson<T>(pkg: string, file: string): T {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const path = join(dir, 'node_modules', pkg, file);
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as T;
    dir = dirname(dir);
  }
  throw new Error(`sitrep: cannot find ${pkg}/${file}; is the package installed?`);
}
