// Events merge after the fact. A mention joins the one event it fits best; when it fits another
// event as well (a telling that bridges two events founded by tellings too different to meet),
// or two events have come to fit each other, they are one incident told twice and become one
// event. The decision is here, as a plain function; the store applies it (moves the mentions,
// keeps the older id, records the merge in the history of both, and lets the absorbed id lead to
// the survivor).
//
// A wrong merge hides an incident, so two events merge only when each fits the other as a whole:
// every telling of one must fit the other event at the match threshold (`fits`, which the store
// computes with the same tests as for a new mention: type, place, date, actors, direction).

/** An event the new telling fits, as far as the decision needs it. */
export interface MergeCandidate {
  id: string;
  /** When the event was created: its batch, then its order within the batch (its 'created' history row). */
  createdBatch: number;
  createdSeq: number;
}

export interface MergePlan {
  /** The oldest event of the group: its id stays. */
  survivor: string;
  /** The events folded into it, oldest first. */
  absorbed: string[];
}

/** Oldest first; the id breaks a tie so that the order never depends on how rows were read. */
export function byAge(a: MergeCandidate, b: MergeCandidate): number {
  return a.createdBatch - b.createdBatch || a.createdSeq - b.createdSeq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Which events become one. `joined` is the event the telling joined, `others` the other events it
 * fits at the match threshold. Starting from the joined event, each other event (oldest first)
 * joins the group when it fits every event already in it, both ways; the group's oldest event
 * survives. Null when nothing merges.
 */
export function planMerge(
  joined: MergeCandidate,
  others: readonly MergeCandidate[],
  fits: (a: string, b: string) => boolean,
): MergePlan | null {
  const group: MergeCandidate[] = [joined];
  for (const o of [...others].filter((x) => x.id !== joined.id).sort(byAge)) {
    if (group.some((g) => g.id === o.id)) continue;
    if (group.every((g) => fits(g.id, o.id) && fits(o.id, g.id))) group.push(o);
  }
  if (group.length < 2) return null;
  group.sort(byAge);
  return { survivor: group[0]!.id, absorbed: group.slice(1).map((g) => g.id) };
}
