// `sitrep geocode "<text>"`: each place found, the candidates weighed and why the winner won.
// `sitrep gazetteer add FILE` / `sitrep gazetteer info`: more places (GeoNames dumps, alternate
// names, CSV) kept in the user's data directory so that they survive upgrades.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { reportFromText } from '../../ingest/index.js';
import { splitSentences } from '../../text/sentences.js';
import { geoparseExplained, loadGazetteer, type ExplainedPlace } from '../../geo/index.js';
import { userGazetteerDir } from '../../geo/paths.js';
import { parseUserFile } from '../../geo/user-data.js';
import { UsageError } from '../errors.js';

export function register(program: Command): void {
  program
    .command('geocode')
    .description('find and resolve the places in a text, showing the candidates and why the winner won')
    .argument('<text...>', 'the text (or - to read stdin)')
    .option('--json', 'machine-readable output')
    .option('-n, --candidates <n>', 'candidates shown per place', '4')
    .action((words: string[], opts: { json?: boolean; candidates: string }) => {
      const text = words.length === 1 && words[0] === '-' ? readFileSync(0, 'utf8') : words.join(' ');
      if (!text.trim()) throw new UsageError('geocode needs some text');
      const n = Number(opts.candidates);
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--candidates must be a positive integer');
      const gaz = loadGazetteer();
      const report = reportFromText(text, { id: 'geocode' });
      const places = geoparseExplained(report, splitSentences(report), gaz);
      if (opts.json) {
        process.stdout.write(JSON.stringify({ places: places.map((p) => ({ ...p.mention, candidates: p.candidates.slice(0, n) })) }, null, 2) + '\n');
        return;
      }
      if (!places.length) process.stdout.write('no places found\n');
      for (const p of places) process.stdout.write(formatPlace(p, n) + '\n');
    });

  const gz = program.command('gazetteer').description('manage the gazetteer (places and their names)');
  gz.command('add')
    .description('add places: a GeoNames dump (e.g. SY.txt, allCountries.txt), alternateNamesV2.txt, or a CSV with name,lat,lon[,country,admin1,alt_names]')
    .argument('<files...>', 'files to add')
    .action((files: string[]) => {
      const dir = userGazetteerDir();
      for (const file of files) {
        if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
        const parsed = parseUserFile(file);
        const count = parsed.records.length + parsed.alternates.length;
        if (!count) {
          const why = parsed.problems[0] ? ` (line ${parsed.problems[0].line}: ${parsed.problems[0].reason})` : '';
          throw new UsageError(`${file}: no places found${why}`);
        }
        mkdirSync(dir, { recursive: true });
        const target = join(dir, basename(file));
        copyFileSync(file, target);
        process.stdout.write(`${file}: ${parsed.format}, ${parsed.records.length} places, ${parsed.alternates.length} alternate names${parsed.problems.length ? `, ${parsed.problems.length} lines skipped` : ''} -> ${target}\n`);
        for (const p of parsed.problems.slice(0, 5)) process.stderr.write(`${file}:${p.line}: ${p.reason}\n`);
      }
      const gaz = loadGazetteer({ rebuild: true });
      process.stdout.write(`gazetteer rebuilt: ${gaz.size} entries (${gaz.info().cachePath})\n`);
    });
  gz.command('info')
    .description('sizes, sources and where the cache and your additions live')
    .option('--json', 'machine-readable output')
    .action((opts: { json?: boolean }) => {
      const info = loadGazetteer().info();
      if (opts.json) {
        process.stdout.write(JSON.stringify(info, null, 2) + '\n');
        return;
      }
      const lines = [
        `entries:        ${info.entries}`,
        `names:          ${info.names} (transliteration keys: ${info.skeletonKeys})`,
        `sources:        ${Object.entries(info.sources).map(([k, v]) => `${k} ${v}`).join(', ')}`,
        `cache:          ${info.cachePath}${info.builtNow ? ' (built now)' : ''}`,
        `your additions: ${info.userDir}${info.userFiles.length ? ` (${info.userFiles.map((f) => basename(f)).join(', ')})` : ' (none)'}`,
        `load time:      ${info.loadMs} ms`,
      ];
      process.stdout.write(lines.join('\n') + '\n');
    });
}

function formatPlace(p: ExplainedPlace, n: number): string {
  const m = p.mention;
  const head = m.lat === null
    ? `"${m.text}" [${m.start}-${m.end}] unresolved: ${m.reason ?? ''}`
    : `"${m.text}" [${m.start}-${m.end}] -> ${m.name} (${[m.admin1, m.country].filter(Boolean).join(', ')}) ${m.lat}, ${m.lon} ${m.featureCode ?? ''} confidence ${m.confidence}${m.qualifier ? ` qualifier: ${m.qualifier.kind}` : ''}${m.role ? ` role: ${m.role} (never an event's place)` : ''}`;
  const lines = [head];
  if (m.lat !== null) lines.push(`    why: ${m.reason}`);
  p.candidates.slice(0, n).forEach((c, i) => lines.push(`    ${i === 0 ? '*' : ' '} ${c.score.toFixed(2).padStart(6)}  ${c.name} [${c.level}] ${c.lat}, ${c.lon}  (${c.why})`));
  return lines.join('\n');
}
