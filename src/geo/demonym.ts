// Demonyms ("Syrian", "Russians") name a people: they help a report's country focus but are never
// the place of an event.
import type { PlaceMention } from '../core/types.js';
import { fold } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import { KIND } from './store.js';

export function isDemonym(gaz: Gazetteer, m: PlaceMention): boolean {
  const ms = gaz.lookup(m.text, false);
  return ms.length > 0 && ms.every((x) => x.kind === KIND.demonym) && fold(m.text) !== fold(m.name ?? '');
}
