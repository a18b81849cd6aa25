// The whole text path for extract tests: a report from text, its sentences, its places (the shared
// test gazetteer), then its events.
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import { geoparse } from '../../src/geo/index.js';
import type { EventMention } from '../../src/core/types.js';
import type { PipelineContext } from '../../src/pipeline/context.js';
import { gazetteer } from '../geo/helpers.js';

export function eventsOf(text: string, date: string, title?: string): EventMention[] {
  const r = reportFromText(text, { id: 't', date, title });
  const ss = splitSentences(r);
  return extractEvents(r, ss, geoparse(r, ss, gazetteer()), { gazetteer: { size: 0 } } as unknown as PipelineContext);
}
