// PLACEHOLDER until event extraction lands: the signature is the contract.
import type { EventMention, PlaceMention, Report, Sentence } from '../core/types.js';
import type { PipelineContext } from '../pipeline/context.js';

export function extractEvents(
  _report: Report,
  _sentences: Sentence[],
  _places: PlaceMention[],
  _ctx: PipelineContext,
): EventMention[] {
  return [];
}
