// What every stage of the text pipeline may consult, loaded once per process (or worker).
import { forgetGazetteer, loadGazetteer, type Gazetteer } from '../geo/index.js';

export interface PipelineContext {
  gazetteer: Gazetteer;
}

let shared: PipelineContext | null = null;

/** The process-wide context; the gazetteer is loaded on first use and cached. */
export function pipelineContext(): PipelineContext {
  if (!shared) shared = { gazetteer: loadGazetteer() };
  return shared;
}

/**
 * Let the text pipeline's memory go once no more reports will be processed in this process: `run`
 * calls it before resolving, which needs none of it (at 100,000 reports the gazetteer held in the
 * main thread was a third of the resolution phase's memory).
 */
export function releasePipelineContext(): void {
  shared = null;
  forgetGazetteer();
}
