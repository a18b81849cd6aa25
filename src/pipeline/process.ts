// One report through the text pipeline: sentences -> places -> event mentions. Pure and
// deterministic given the context; ingest happens before, storage after.
import type { ProcessedReport, Report } from '../core/types.js';
import { splitSentences } from '../text/sentences.js';
import { geoparse } from '../geo/index.js';
import { extractEvents } from '../extract/index.js';
import type { PipelineContext } from './context.js';

export function processReport(report: Report, ctx: PipelineContext): ProcessedReport {
  const sentences = splitSentences(report);
  const places = geoparse(report, sentences, ctx.gazetteer);
  // English rules are not coded over another language: such a report is flagged at ingest.
  const english = report.language === null || report.language === 'en';
  const events = english ? extractEvents(report, sentences, places, ctx) : [];
  return { report, sentences, places, events };
}
