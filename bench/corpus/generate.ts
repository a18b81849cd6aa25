// Generates realistic conflict reports (3-5 KB each) for the benchmark: a headline, a dateline,
// a lead with the main incident, details with numbers, sources and claims, secondary incidents,
// quotes, background and non-event paragraphs, composed from templates written for sitrep.
// Deterministic: the same seed gives the same corpus.
//
//   npx tsx bench/corpus/generate.ts --count 1000 [--seed 7] [--examples examples] > corpus.jsonl
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ACTORS, BACKGROUND, DATELINES, NON_EVENTS, OUTLETS, PLACES, QUOTES, SOURCES, TARGETS, WEAPONS,
  type Actor, type Place,
} from './vocabulary.js';

export interface CorpusRecord {
  id: string;
  title: string;
  text: string;
  date: string;
  source: string;
}

/** mulberry32: small, fast, good enough for varied text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SMALL = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

class Composer {
  constructor(private readonly r: () => number) {}
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  /** A death toll as reports give it: digits, words, "at least", ranges, vague amounts. */
  toll(): { text: string; n: number; short: string } {
    const n = this.int(1, this.chance(0.2) ? 60 : 15);
    const style = this.int(0, 5);
    if (style === 0 && n <= 12) return { text: SMALL[n - 1]!, n, short: String(n) };
    if (style === 1) return { text: `at least ${n}`, n, short: String(n) };
    if (style === 2) return { text: `between ${n} and ${n + this.int(2, 6)}`, n, short: String(n) };
    if (style === 3 && n > 20) return { text: 'dozens of', n: 12, short: 'dozens' };
    return { text: String(n), n, short: String(n) };
  }
  /** Like pick, but avoids what this report already used (repeats read as machine-made). */
  fresh(xs: readonly string[], used: Set<string>): string {
    const left = xs.filter((x) => !used.has(x));
    const x = this.pick(left.length ? left : xs);
    used.add(x);
    return x;
  }
}

interface Day {
  date: Date;
  iso: string;
}

const dayOf = (d: Date): Day => ({ date: d, iso: d.toISOString().slice(0, 10) });
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** How a report dates an incident relative to its own publication date. */
function when(c: Composer, pub: Date): string {
  const back = c.int(0, 3);
  const d = addDays(pub, -back);
  if (back === 0) return c.pick(['on ' + WEEKDAYS[d.getUTCDay()], 'today', 'early on ' + WEEKDAYS[d.getUTCDay()], 'this morning']);
  if (back === 1) return c.pick(['on ' + WEEKDAYS[d.getUTCDay()], 'overnight', 'yesterday', 'late on ' + WEEKDAYS[d.getUTCDay()]]);
  return c.pick([`on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`, 'on ' + WEEKDAYS[d.getUTCDay()], 'earlier this week']);
}

function attacker(c: Composer, kinds: Actor['kind'][]): Actor {
  return c.pick(ACTORS.filter((a) => kinds.includes(a.kind)));
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One incident as a paragraph (lead style when `lead`), with its headline. */
function incident(c: Composer, pub: Date, place: Place, lead: boolean): { headline: string; para: string } {
  const t = c.toll();
  const w = when(c, pub);
  const src = c.pick([...SOURCES.monitor, ...SOURCES.monitor, ...SOURCES.state]);
  const where = c.chance(0.3) ? `in the countryside of ${place.province}` : c.chance(0.5) ? `in ${place.name}` : `near ${place.name} in ${place.province} province`;
  const kind = c.int(0, 9);
  if (kind <= 1) {
    const a = attacker(c, ['state', 'foreign']);
    const weapon = c.pick(WEAPONS.air);
    return {
      headline: `Air strikes kill ${t.short} in ${place.name}`,
      para: `${cap(a.long)} ${c.pick(['struck', 'hit', 'targeted', 'bombed'])} ${c.pick(TARGETS)} ${where} with ${weapon} ${w}, killing ${t.text} civilians, ${src}. ${
        lead ? `Rescue workers were still searching the rubble hours later, and the toll was expected to rise.` : ''
      }`,
    };
  }
  if (kind === 2) {
    const a = attacker(c, ['state', 'rebel', 'kurdish', 'foreign']);
    return {
      headline: `Shelling hits ${place.name} as fighting intensifies`,
      para: `${cap(c.pick(WEAPONS.ground))} fired by ${a.long} struck ${where} ${w}, killing ${t.text} people and wounding ${c.int(3, 40)} others, ${src}.`,
    };
  }
  if (kind === 3) {
    const a = attacker(c, ['state', 'rebel', 'kurdish']);
    const b = attacker(c, ['jihadist', 'rebel']);
    return {
      headline: `Heavy clashes around ${place.name}`,
      para: `Fierce clashes broke out ${w} between ${a.long} and ${b.long} ${where}. ${cap(src)} that ${t.text} fighters were killed on both sides, while ${b.short} said they had repelled the assault.`,
    };
  }
  if (kind === 4) {
    const blast = c.pick(WEAPONS.blast);
    return {
      headline: `Bomb blast in ${place.name} kills ${t.short}`,
      para: `${cap(blast)} exploded near ${c.pick(TARGETS)} in ${place.name} ${w}, killing ${t.text} people, ${src}. No group immediately claimed responsibility.`,
    };
  }
  if (kind === 5) {
    const a = attacker(c, ['jihadist']);
    return {
      headline: `Suicide attack targets checkpoint in ${place.name}`,
      para: `A suicide bomber driving an explosives-laden truck struck a checkpoint at the entrance to ${place.name} ${w}, killing ${t.text} members of the security forces. ${cap(a.short)} claimed the attack through its news agency, ${src}.`,
    };
  }
  if (kind === 6) {
    const a = attacker(c, ['jihadist', 'rebel', 'kurdish']);
    const d = attacker(c, ['state', 'rebel', 'jihadist']);
    return {
      headline: `${cap(a.short)} say they captured ${place.name}`,
      para: `${cap(a.long)} seized ${place.name} ${w} after ${d.long} withdrew from their positions, ${c.pick(SOURCES.party)}. ${cap(src)} that at least ${c.int(2, 30)} fighters were killed in the advance. ${c.pick(SOURCES.hedge)}`,
    };
  }
  if (kind === 7) {
    const n = c.int(20, 2000);
    const forced = c.chance(0.4);
    return {
      headline: `Protesters rally in ${place.name}`,
      para: `Hundreds of people, ${n > 500 ? 'by some estimates more than ' + n : 'about ' + n + ' according to organisers'}, demonstrated in ${place.name} ${w} against ${c.pick(['the rising cost of bread', 'the arrest of local activists', 'the presence of foreign fighters', 'the siege of nearby towns'])}. ${
        forced ? `Security forces fired tear gas and arrested ${c.int(3, 25)} people, ${src}.` : 'The protest ended peacefully, witnesses said.'
      }`,
    };
  }
  if (kind === 8) {
    const a = attacker(c, ['jihadist', 'unknown', 'state']);
    const taken = c.int(2, 40);
    return {
      headline: `${taken} civilians abducted near ${place.name}`,
      para: `${cap(a.long)} abducted ${taken} civilians, among them ${c.pick(['two journalists', 'a local council member', 'several aid workers', 'women and children'])}, at a checkpoint near ${place.name} ${w}, ${src}. Their whereabouts remain unknown.`,
    };
  }
  return {
    headline: `Truce agreed for ${place.name}`,
    para: `Negotiators reached a local truce for ${place.name} ${w} under which fighters would hand over heavy weapons and ${c.int(100, 3000)} people would be evacuated by bus to ${c.pick(PLACES).name}, ${c.pick([...SOURCES.state, ...SOURCES.monitor])}. Previous agreements in the area collapsed within days.`,
  };
}

export function makeReport(seed: number, index: number): CorpusRecord {
  const c = new Composer(rng(seed * 1_000_003 + index));
  const pub = new Date(Date.UTC(2012, 0, 1) + c.int(0, 9 * 365) * 86_400_000);
  const place = c.pick(PLACES);
  const main = incident(c, pub, place, true);
  const outlet = c.pick(OUTLETS);
  const dateline = `${c.pick(DATELINES)}, ${MONTHS[pub.getUTCMonth()]} ${pub.getUTCDate()}, ${pub.getUTCFullYear()} (${outlet}) -`;
  const paras: string[] = [`${dateline} ${main.para.trim()}`];
  const target = c.int(3000, 4800);
  const used = new Set<string>();
  const secondary = () => incident(c, pub, c.chance(0.5) ? place : c.pick(PLACES), false).para.trim();
  const fillers = [
    secondary,
    secondary,
    secondary,
    () => c.fresh(QUOTES, used),
    () => c.fresh(BACKGROUND, used),
    () => c.fresh(NON_EVENTS, used),
    () => c.fresh(SOURCES.hedge, used),
    () =>
      `In ${c.pick(PLACES).name}, ${c.pick(['residents reported', 'a local council said there had been', 'monitors recorded'])} ${c.int(2, 12)} ${c.pick(['explosions', 'air raids', 'mortar impacts'])} ${when(c, pub)}, with ${c.pick(['no casualties reported', 'several people wounded', 'material damage only'])}.`,
  ];
  let size = main.headline.length + paras[0]!.length;
  while (size < target) {
    let p = c.pick(fillers)();
    if (c.chance(0.4)) p += ' ' + c.pick(fillers)();
    if (size + p.length > 5000 - main.headline.length) break;
    paras.push(p);
    size += p.length + 2;
  }
  const text = `${main.headline}\n\n${paras.join('\n\n')}\n`;
  return { id: `gen-${seed}-${index}`, title: main.headline, text, date: pub.toISOString().slice(0, 10), source: outlet };
}

/** The project's example reports (plain text files), each once, as corpus records. */
export function exampleRecords(dir: string): CorpusRecord[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: CorpusRecord[] = [];
  for (const name of names) {
    const p = join(dir, name);
    if (!statSync(p).isFile() || !name.endsWith('.txt')) continue;
    const text = readFileSync(p, 'utf8');
    const date = /^(\d{4}-\d{2}-\d{2})/.exec(name)?.[1] ?? '';
    out.push({ id: `example/${name}`, title: text.split('\n', 1)[0] ?? '', text, date, source: 'examples' });
  }
  return out;
}

/** `count` records: the examples first (when a directory is given), then generated reports. */
export function* corpus(count: number, seed = 7, examplesDir?: string): Generator<CorpusRecord> {
  let i = 0;
  if (examplesDir) {
    for (const r of exampleRecords(examplesDir)) {
      if (i++ >= count) return;
      yield r;
    }
  }
  for (let k = 0; i < count; i++, k++) yield makeReport(seed, k);
}

async function cli(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(arg('--count') ?? 1000);
  const seed = Number(arg('--seed') ?? 7);
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    process.stderr.write('usage: generate.ts --count N [--seed S] [--examples DIR] > corpus.jsonl\n');
    process.exitCode = 2;
    return;
  }
  for (const rec of corpus(count, seed, arg('--examples'))) {
    if (!process.stdout.write(JSON.stringify(rec) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await cli(process.argv.slice(2));
