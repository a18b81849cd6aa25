// PLACEHOLDER until the geo stage lands (owned by the geo work): the signatures are the contract.
import type { PlaceMention, Report, Sentence } from '../core/types.js';

export interface Gazetteer {
  readonly size: number;
}

export function loadGazetteer(): Gazetteer {
  return { size: 0 };
}

export function geoparse(_report: Report, _sentences: Sentence[], _gaz: Gazetteer): PlaceMention[] {
  return [];
}
