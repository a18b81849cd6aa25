// `sitrep explain "<sentence>" [--date YYYY-MM-DD] [--json]`: which words and rules produced each
// field of the events coded from one sentence (or a short text): classification cues and rules,
// actor matches and roles, the fatality rule, the date rule, the claim cue and the place.
import type { Command } from 'commander';
import type { EventMention, PlaceMention } from '../../core/types.js';
import { reportFromText } from '../../ingest/index.js';
import { splitSentences } from '../../text/sentences.js';
import { geoparse } from '../../geo/index.js';
import { pipelineContext, type PipelineContext } from '../../pipeline/context.js';
import { extractEvents } from '../../extract/index.js';
import { explainClassification } from '../../extract/classify/index.js';
import { findActorMentions } from '../../extract/actors/match.js';
import { UsageError } from '../errors.js';

interface Explained {
  text: string;
  date: string | null;
  classification: ReturnType<typeof explainClassification>[];
  actors_found: { text: string; start: number; end: number; kind: string; alias: string }[];
  places: { text: string; name: string | null; country: string | null; level: string | null }[];
  events: (EventMention & { why: Record<string, { words: string | null; rule: string }> })[];
}

export function explainText(text: string, date: string | null, ctx: PipelineContext = pipelineContext()): Explained {
  const report = reportFromText(text, { id: 'explain', date });
  const sentences = splitSentences(report);
  let places: PlaceMention[] = [];
  try {
    places = geoparse(report, sentences, ctx.gazetteer);
  } catch {
    places = []; // explain still works without the gazetteer; places are then unresolved
  }
  const events = extractEvents(report, sentences, places, ctx);
  return {
    text,
    date,
    classification: sentences.map((s) => explainClassification(text.slice(s.start, s.end))),
    actors_found: findActorMentions(text).map((m) => ({ text: m.text, start: m.start, end: m.end, kind: m.kind, alias: m.alias })),
    places: places.map((p) => ({ text: p.text, name: p.name, country: p.country, level: p.level })),
    events: events.map((e) => ({
      ...e,
      why: Object.fromEntries(
        Object.entries(e.sources).map(([field, src]) => [field, { words: src.span ? text.slice(src.span.start, src.span.end) : null, rule: src.rule }]),
      ),
    })),
  };
}

function show(x: Explained): string {
  const lines: string[] = [];
  lines.push(`text: ${x.text}`);
  lines.push(`reference date: ${x.date ?? '(none: relative dates stay unresolved)'}`);
  for (const c of x.classification) {
    lines.push('');
    lines.push(`sentence: ${c.sentence}`);
    lines.push(`  classify: ${c.result ? `${c.result.sub_event_type} (${c.result.event_type}), score ${c.result.score}` : 'no ACLED event'}`);
    if (c.cues.length) lines.push(`  cues: ${c.cues.map((q) => `${q.name}="${q.text}"`).join(', ')}`);
    if (c.rules.length) lines.push(`  rules: ${c.rules.join(' > ')}`);
  }
  lines.push('');
  lines.push(`actor words: ${x.actors_found.length ? x.actors_found.map((a) => `"${a.text}" (${a.kind}, alias "${a.alias}")`).join('; ') : 'none'}`);
  lines.push(`places: ${x.places.length ? x.places.map((p) => `"${p.text}" -> ${p.name ?? 'unresolved'}${p.country ? ', ' + p.country : ''}`).join('; ') : 'none'}`);
  if (!x.events.length) lines.push('', 'events: none (no sentence reports an ACLED event told as fact or hedge)');
  x.events.forEach((e, i) => {
    lines.push('');
    lines.push(`event ${i + 1}${i === 0 ? ' (main)' : ''}: ${e.sub_event_type} / ${e.event_type}`);
    const field = (name: string, value: unknown) => {
      const w = e.why[name];
      const v = value === null || value === undefined ? '—' : String(value);
      lines.push(`  ${name.padEnd(15)} ${v}${w ? `   <- ${w.words ? `"${w.words}" ` : ''}[${w.rule}]` : ''}`);
    };
    field('sub_event_type', e.sub_event_type);
    field('actor1', e.actor1 ? `${e.actor1} (inter ${e.inter1})` : null);
    field('assoc_actor_1', e.assoc_actor_1);
    field('actor2', e.actor2 ? `${e.actor2} (inter ${e.inter2})` : null);
    field('assoc_actor_2', e.assoc_actor_2);
    field('fatalities', e.fatalities);
    field('event_date', e.event_date ? `${e.event_date} (time_precision ${e.time_precision})` : null);
    field('location', e.location ? `${e.location.name}, ${e.location.admin1 ?? ''} ${e.location.country ?? ''} (geo_precision ${e.location.geo_precision})` : null);
    field('claim', `${e.claim.status}${e.claim.by ? ' by ' + e.claim.by : ''}`);
    lines.push(`  evidence        "${e.evidence.text}"`);
  });
  return lines.join('\n') + '\n';
}

export function register(program: Command): void {
  program
    .command('explain')
    .description('show which words and rules produce each field of the events coded from a sentence')
    .argument('<sentence...>', 'the sentence (or a short text) to code; quote it')
    .option('--date <YYYY-MM-DD>', 'publication date that relative dates ("on Thursday") resolve against')
    .option('--json', 'print the explanation as JSON')
    .action((words: string[], opts: { date?: string; json?: boolean }) => {
      const text = words.join(' ').trim();
      if (!text) throw new UsageError('explain needs a sentence, e.g. sitrep explain "Gunmen killed 3 civilians in Idlib on Monday."');
      if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new UsageError(`--date must be YYYY-MM-DD, not "${opts.date}"`);
      const x = explainText(text, opts.date ?? null);
      process.stdout.write(opts.json ? JSON.stringify(x, null, 2) + '\n' : show(x));
    });
}
