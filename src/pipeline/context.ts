// What every stage of the text pipeline may consult, loaded once per process (or worker).
import { loadGazetteer, type Gazetteer } from '../geo/index.js';

export interface PipelineContext {
  gazetteer: Gazetteer;
}

let shared: PipelineContext | null = null;

/** The process-wide context; the gazetteer is loaded on first use and cached. */
export function pipelineContext(): PipelineContext {
  if (!shared) shared = { gazetteer: loadGazetteer() };
  return shared;
}
