// `sitrep events`, `sitrep event ID`, `sitrep control PLACE`, `sitrep conflicts`: the stored,
// resolved events. Human-readable tables by default, JSON with --json.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { openStore, type SqliteStore } from '../../store/sqlite.js';
import { FilterError, parseDateBound, parseFilters, parseOrder, type RawFilters } from '../../store/filters.js';
import type { ContradictionRow, ControlAnswer, ControlRow, EventDetail, EventSummary } from '../../store/read.js';
import { UsageError } from '../errors.js';

interface Common {
  db: string;
  json?: boolean;
}

/** Opens a database for reading; a missing or foreign file is a usage error with one clear line. */
export function openForQuery(path: string): SqliteStore {
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (create one with: sitrep run PATH --db ${path})`);
  try {
    return openStore(path, { readonly: true });
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function withFilters<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof FilterError) throw new UsageError(err.message);
    throw err;
  }
}

/** Where command output goes: standard output, or a collector in tests. */
export const io = { out: (s: string): void => void process.stdout.write(s) };

function print(s: string): void {
  io.out(s.endsWith('\n') ? s : s + '\n');
}

function json(v: unknown): void {
  print(JSON.stringify(v, null, 2));
}

function cut(s: string | null | undefined, n: number): string {
  const t = (s ?? '').replace(/\s+/g, ' ');
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

/** A plain text table: columns padded to their widest cell. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function eventRow(e: EventSummary): string[] {
  const fat = e.fatalities_high != null && e.fatalities_high !== e.fatalities ? `${e.fatalities} (${e.fatalities_low}-${e.fatalities_high})` : String(e.fatalities);
  return [
    e.id,
    e.event_date ?? '?',
    cut(e.sub_event_type, 28),
    cut([e.actor1, e.actor2].filter(Boolean).join(' vs ') || '-', 44),
    cut([e.location, e.admin1].filter(Boolean).join(', ') || '-', 26),
    fat,
    e.status,
    String(e.sources_count),
  ];
}

const EVENT_HEADERS = ['id', 'date', 'sub_event_type', 'actors', 'place', 'fatalities', 'status', 'sources'];

function showEvent(e: EventDetail): string {
  const out: string[] = [];
  out.push(`${e.id}  ${e.event_type} / ${e.sub_event_type}`);
  out.push(`  date        ${e.event_date ?? 'unknown'}${e.time_precision ? ` (time precision ${e.time_precision})` : ''}`);
  out.push(`  place       ${[e.location, e.admin1, e.country].filter(Boolean).join(', ') || 'unresolved'}${e.geo_precision ? ` (geo precision ${e.geo_precision})` : ''}${e.lat != null ? `  ${e.lat.toFixed(4)}, ${e.lon!.toFixed(4)}` : ''}`);
  out.push(`  actor1      ${e.actor1 ?? '-'}${e.assoc_actor_1 ? ` (with ${e.assoc_actor_1})` : ''}`);
  out.push(`  actor2      ${e.actor2 ?? '-'}${e.assoc_actor_2 ? ` (with ${e.assoc_actor_2})` : ''}`);
  out.push(`  fatalities  ${e.fatalities}${e.fatalities_low != null ? `  (low ${e.fatalities_low}, best ${e.fatalities_best}, high ${e.fatalities_high})` : ''}`);
  out.push(`  status      ${e.status}; ${e.corroboration} independent outlet(s) of ${e.sources_count}; ${e.mentions_count} mention(s)`);
  if (e.claimed_by.length) out.push(`  claimants   ${e.claimed_by.join('; ')}`);
  out.push(`  outlets     ${e.outlets.join('; ')}`);
  out.push('', 'Mentions:');
  for (const m of e.mentions) {
    const roughly = m.report.published_precision === 3 ? ' (month only)' : m.report.published_precision === 2 ? ' (within days)' : '';
    out.push(`  [${m.key}] ${m.report.outlet} · ${m.report.published ?? 'undated'}${roughly} · ${m.report.key}`);
    out.push(`      ${m.sub_event_type}; ${m.event_date ?? '?'}${m.date_from_report ? ' (report date)' : ''}; ${m.location ?? 'no place'}; ${m.fatalities} killed; ${m.claim.status}${m.claim.by ? ` by ${m.claim.by}` : ''}`);
    out.push(`      "${cut(m.evidence.text, 200)}"`);
  }
  if (e.contradictions.length) {
    out.push('', 'Contradictions:');
    for (const c of e.contradictions) out.push(...showConflict(c).map((l) => '  ' + l));
  }
  if (e.control.length) {
    out.push('', 'Control:');
    for (const c of e.control) out.push(`  ${c.place}: ${c.holder ?? 'no stated holder'} from ${c.since}${c.previous ? ` (before: ${c.previous})` : ''}, confidence ${c.confidence}`);
  }
  out.push('', 'History:');
  for (const h of e.history) out.push(`  batch ${h.batch}  ${h.kind}  ${JSON.stringify(h.detail)}`);
  return out.join('\n');
}

function showConflict(c: ContradictionRow): string[] {
  return [
    `${c.kind}: ${c.summary}${c.event_date ? ` (${c.event_date})` : ''}  [${c.event_a}${c.event_b && c.event_b !== c.event_a ? ` / ${c.event_b}` : ''}]`,
    `    A ${c.a.outlet}, ${c.a.claim}${c.a.by ? ` by ${c.a.by}` : ''}: "${cut(c.a.evidence, 160)}"`,
    `    B ${c.b.outlet}, ${c.b.claim}${c.b.by ? ` by ${c.b.by}` : ''}: "${cut(c.b.evidence, 160)}"`,
  ];
}

function controlRow(r: ControlRow): string[] {
  return [r.since, cut(r.place, 24), cut(r.holder ?? '(withdrawn, no holder stated)', 36), cut(r.previous ?? '-', 36), r.status, r.confidence.toFixed(2), r.event_id];
}

const CONTROL_HEADERS = ['since', 'place', 'holder', 'previous', 'status', 'conf', 'event'];

function showControl(a: ControlAnswer): string {
  if (!a.place) return `no change or statement of control recorded for that place${a.on ? ` (as of ${a.on})` : ''}`;
  const where = [a.place.name, a.place.admin1, a.place.country].filter(Boolean).join(', ');
  const out: string[] = [];
  const on = a.on ?? 'the latest date';
  if (a.holder && a.basis === 'event') out.push(`${where} on ${on}: held by ${a.holder} since ${a.since}, confidence ${a.confidence}`);
  else if (a.holder && a.basis === 'statement') {
    const s = a.statementEvidence.at(-1);
    const since = a.since ? `since ${a.since} (when the previous holder left)` : 'since unknown';
    out.push(`${where} on ${on}: held by ${a.holder}, as described on ${s?.on} (${s?.outlet}); ${since}, confidence ${a.confidence}`);
  } else if (a.holder) out.push(`${where} on ${on}: held by ${a.holder} (inferred: it lost the place in the first change recorded), confidence ${a.confidence}`);
  else out.push(`${where} on ${on}: holder unknown (nothing recorded before that date, or a withdrawal with no stated successor)`);
  if (a.evidence.length || a.statementEvidence.length) {
    out.push('', 'Evidence:');
    for (const e of a.evidence) out.push(`  ${e.event_id} ${e.since} ${e.status}: "${cut(e.evidence, 200)}"`);
    for (const s of a.statementEvidence) out.push(`  statement ${s.on} ${s.outlet}: "${cut(s.evidence, 200)}"`);
  }
  if (a.timeline.length) out.push('', 'Changes of hands:', table(CONTROL_HEADERS, a.timeline.map(controlRow)));
  if (a.statements.length) {
    out.push('', 'Statements of control:');
    out.push(table(['on', 'holder', 'outlet', 'evidence'], a.statements.map((s) => [s.on, cut(s.holder, 36), cut(s.outlet, 24), `"${cut(s.evidence, 80)}"`])));
  }
  if (a.alternatives.length) out.push('', `Other places with that name: ${a.alternatives.map((p) => [p.name, p.admin1].filter(Boolean).join(', ')).join('; ')}`);
  return out.join('\n');
}

function positiveInt(s: string | undefined, name: string, dflt: number): number {
  if (s === undefined) return dflt;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number ≥ 0, not "${s}"`);
  return n;
}

/** The filter options `events` and `export` share. */
export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--type <type>', 'event type or sub-event type (ACLED strings, e.g. "Battles", "Air/drone strike")')
    .option('--actor <name>', 'actor or associated actor containing this text')
    .option('--place <name>', 'place, province or country')
    .option('--admin1 <name>', 'province (first-level division)')
    .option('--country <name>', 'country name or ISO alpha-3')
    .option('--from <date>', 'from this date (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'up to this date (inclusive)')
    .option('--status <status>', 'single-source | corroborated | claimed | unverified | contested | denied')
    .option('--source <outlet>', 'reported by this outlet')
    .option('--q <text>', 'words in the evidence of any mention')
    .option('--bbox <w,s,e,n>', 'inside this bounding box (degrees)');
}

export function register(program: Command): void {
  addFilterOptions(
    program
      .command('events')
      .description('list resolved events, newest first (filters combine)'),
  )
    .option('--limit <n>', 'at most this many', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--order <order>', 'date-desc | date-asc | fatalities-desc | sources-desc', 'date-desc')
    .option('--db <file>', 'SQLite database', 'sitrep.db')
    .option('--json', 'JSON output')
    .action((opts: Common & RawFilters & { limit: string; offset: string; order: string }) => {
      const filters = withFilters(() => parseFilters(opts));
      const order = withFilters(() => parseOrder(opts.order));
      const limit = positiveInt(opts.limit, '--limit', 50);
      const offset = positiveInt(opts.offset, '--offset', 0);
      const store = openForQuery(opts.db);
      try {
        const list = store.reader.listEvents(filters, { limit, offset, order });
        if (opts.json) return json(list);
        if (list.total === 0) return print('no events match');
        print(table(EVENT_HEADERS, list.events.map(eventRow)));
        print(`${list.offset + 1}-${list.offset + list.events.length} of ${list.total} event(s)`);
      } finally {
        store.close();
      }
    });

  program
    .command('event')
    .description('one event: all its mentions with sources and evidence, claims, contradictions, control, history')
    .argument('<id>', 'event id (as listed by sitrep events)')
    .option('--db <file>', 'SQLite database', 'sitrep.db')
    .option('--json', 'JSON output')
    .action((id: string, opts: Common) => {
      const store = openForQuery(opts.db);
      try {
        const ev = store.reader.getEvent(id.trim());
        if (!ev) throw new UsageError(`no event ${id} in ${opts.db}`);
        if (opts.json) return json(ev);
        print(showEvent(ev));
      } finally {
        store.close();
      }
    });

  program
    .command('control')
    .description('who held a place on a date, with evidence and timeline; with --from/--to, what changed hands in a place or province')
    .argument('<place>', 'place name (any spelling of the article: al-Qaryatayn, Qaryatayn), or a province with --from/--to')
    .option('--on <date>', 'the date (YYYY-MM-DD; default: today)')
    .option('--from <date>', 'list changes of control from this date')
    .option('--to <date>', 'list changes of control up to this date')
    .option('--db <file>', 'SQLite database', 'sitrep.db')
    .option('--json', 'JSON output')
    .action((place: string, opts: Common & { on?: string; from?: string; to?: string }) => {
      if (!place.trim()) throw new UsageError('control needs a place name');
      const store = openForQuery(opts.db);
      try {
        if (opts.from || opts.to) {
          const from = opts.from ? withFilters(() => parseDateBound(opts.from!, 'from')) : undefined;
          const to = opts.to ? withFilters(() => parseDateBound(opts.to!, 'to')) : undefined;
          const rows = store.reader.controlChanges({ place, from, to });
          if (opts.json) return json({ place, from: from ?? null, to: to ?? null, changes: rows });
          if (rows.length === 0) return print('no change of control recorded there in that period');
          return print(table(CONTROL_HEADERS, rows.map(controlRow)));
        }
        const on = opts.on ? withFilters(() => parseDateBound(opts.on!, 'to')) : new Date().toISOString().slice(0, 10);
        const answer = store.reader.control(place, on);
        if (opts.json) return json(answer);
        print(showControl(answer));
      } finally {
        store.close();
      }
    });

  program
    .command('conflicts')
    .description('contradictions: different tolls, claims and denials, different actors, withdrawal vs digging in, different holders')
    .option('--kind <kind>', 'toll | denial | actor | withdrawal | control')
    .option('--from <date>', 'from this date')
    .option('--to <date>', 'up to this date')
    .option('--limit <n>', 'at most this many', '200')
    .option('--db <file>', 'SQLite database', 'sitrep.db')
    .option('--json', 'JSON output')
    .action((opts: Common & { kind?: string; from?: string; to?: string; limit: string }) => {
      const kinds = ['toll', 'denial', 'actor', 'withdrawal', 'control'];
      if (opts.kind && !kinds.includes(opts.kind)) throw new UsageError(`unknown kind "${opts.kind}": one of ${kinds.join(', ')}`);
      const from = opts.from ? withFilters(() => parseDateBound(opts.from!, 'from')) : undefined;
      const to = opts.to ? withFilters(() => parseDateBound(opts.to!, 'to')) : undefined;
      const store = openForQuery(opts.db);
      try {
        const rows = store.reader.conflicts({ kind: opts.kind, from, to, limit: positiveInt(opts.limit, '--limit', 200) });
        if (opts.json) return json(rows);
        if (rows.length === 0) return print('no contradictions recorded');
        print(rows.flatMap(showConflict).join('\n'));
        print(`${rows.length} contradiction(s)`);
      } finally {
        store.close();
      }
    });
}
