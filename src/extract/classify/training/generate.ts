// Fills the sentence templates with actors and places from the country profiles, deterministically
// (seeded), and writes data/training/synthetic.jsonl: {"text", "sub_event_type" | null, "style", "kind"}.
// Usage: npx tsx src/extract/classify/training/generate.ts [--per-template N] [--seed N] [--out FILE]
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PROFILES, type CountryProfile } from './profiles.js';
import { TEMPLATES } from './templates.js';

/** A small seeded PRNG (mulberry32): the same seed gives the same training set. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WORDS = ['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Twelve'];
const SOURCES = ['activists said', 'the Syrian Observatory for Human Rights reported', 'state media said', 'local sources said', 'a security official said', 'witnesses said', 'residents told reporters', 'the group said in a statement', 'according to a monitoring group', 'medical sources said', 'officials said', 'a military spokesman said'];
const CIVILIANS = ['civilians', 'villagers', 'farmers', 'residents', 'worshippers', 'passengers', 'displaced people'];

export interface TrainingRow {
  text: string;
  sub_event_type: string | null;
  style: string;
  kind?: string;
}

function fill(template: string, prof: CountryProfile, rnd: () => number): string {
  const pick = <T,>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const place = pick(prof.places);
  let place2 = pick(prof.places);
  if (place2 === place) place2 = prof.places[(prof.places.indexOf(place) + 1) % prof.places.length]!;
  const year = 2012 + Math.floor(rnd() * 12);
  const slots: Record<string, () => string> = {
    S: () => pick(prof.state),
    R: () => pick(prof.rebels),
    P: () => place,
    P2: () => place2,
    REG: () => pick(prof.regions),
    POL: () => pick(prof.police),
    C: () => prof.country,
    D: () => prof.demonym,
    N: () => String(2 + Math.floor(rnd() * 40)),
    M: () => String(1 + Math.floor(rnd() * 15)),
    NW: () => pick(WORDS),
    DAY: () => pick(DAYS),
    DATE: () => `${1 + Math.floor(rnd() * 28)} ${pick(MONTHS)} ${year}`,
    AS: () => prof.acledState,
    AR: () => pick(prof.acledRebel),
    SRC: () => pick(SOURCES),
    CIV: () => pick(CIVILIANS),
  };
  const out = template.replace(/\{([A-Z0-9]+)\}/g, (m, name: string) => (slots[name] ? slots[name]!() : m));
  // Sentences start with a capital, as in print.
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** A template's own seed (FNV-1a of its text): adding or editing one template leaves the others' sentences as they were. */
function templateSeed(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Every template filled `perTemplate` times with different countries; duplicates dropped. */
export const GENERATOR_SEED = 20240611;

export function generate(perTemplate: number, seed = GENERATOR_SEED): TrainingRow[] {
  const seen = new Set<string>();
  const rows: TrainingRow[] = [];
  for (const [key, templates] of Object.entries(TEMPLATES)) {
    const label = key.startsWith('null:') ? null : key;
    const kind = key.startsWith('null:') ? key.slice(5) : undefined;
    for (const tpl of templates) {
      const rnd = prng(templateSeed(tpl.text, seed));
      for (let i = 0; i < perTemplate; i++) {
        const prof = PROFILES[Math.floor(rnd() * PROFILES.length)]!;
        const text = fill(tpl.text, prof, rnd);
        if (seen.has(text)) continue;
        seen.add(text);
        rows.push({ text, sub_event_type: label, style: tpl.style, ...(kind ? { kind } : {}) });
      }
    }
  }
  return rows;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const args = process.argv.slice(2);
  const per = Number(args[args.indexOf('--per-template') + 1]) || 14;
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : new URL('../../../../data/training/synthetic.jsonl', import.meta.url).pathname;
  const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : undefined;
  const rows = generate(per, seed);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.error(`${rows.length} sentences -> ${out}`);
}
