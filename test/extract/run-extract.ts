// Extract the events of a text as one report dated `date`, with no gazetteer (places stay
// unresolved): for tests of what the extractor makes of sentences we wrote.
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import type { EventMention } from '../../src/core/types.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

const NO_GAZETTEER = { gazetteer: { size: 0 } } as unknown as PipelineContext;

export function extractFromText(text: string, date: string): EventMention[] {
  const report = reportFromText(text, { date });
  return extractEvents(report, splitSentences(report), [], NO_GAZETTEER);
}
