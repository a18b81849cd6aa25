// Measures how the classifier generalises to sentences its model has not seen: k-fold
// cross-validation over labelled sentences (the model retrained without each fold, the rules and
// model together scoring the fold), and plain accuracy on a held-out check set.

import { SubEventModel, setModel, resetModel } from './model.js';
import { trainBagged, type LabelledSentence } from './train.js';
import { classifySentence, type Classification } from './index.js';
import { splitSpan } from '../../text/sentences.js';

export interface Accuracy {
  correct: number;
  total: number;
  /** "gold -> predicted" with counts, most frequent first. */
  confusions: [string, number][];
}

/** The type of a snippet: its best sentence, later sentences needing a clearly higher score (as the extractor does). */
export function classifySnippet(text: string, positionPenalty = 0.05): Classification | null {
  let best: Classification | null = null;
  let bestRank = -Infinity;
  const spans = splitSpan(text, 0, text.length);
  spans.forEach((s, i) => {
    const c = classifySentence(text.slice(s.start, s.end));
    const rank = c ? c.score - positionPenalty * i : -Infinity;
    if (c && rank > bestRank) {
      best = c;
      bestRank = rank;
    }
  });
  return best;
}

/** Accuracy of the classifier as it stands on labelled snippets. */
export function accuracyOn(rows: LabelledSentence[]): Accuracy {
  let correct = 0;
  const conf = new Map<string, number>();
  for (const r of rows) {
    const got = classifySnippet(r.text)?.sub_event_type ?? null;
    if (got === r.label) correct++;
    else conf.set(`${r.label ?? 'none'} -> ${got ?? 'none'}`, (conf.get(`${r.label ?? 'none'} -> ${got ?? 'none'}`) ?? 0) + 1);
  }
  return { correct, total: rows.length, confusions: [...conf.entries()].sort((a, b) => b[1] - a[1]) };
}

/**
 * k-fold cross-validation: `folded` rows are split into k folds by position; `always` rows (e.g.
 * generated sentences) are in every training set and never scored. Restores the shipped model after.
 */
export function crossValidate(folded: LabelledSentence[], always: LabelledSentence[], k = 5): Accuracy {
  let correct = 0;
  let total = 0;
  const conf = new Map<string, number>();
  try {
    for (let fold = 0; fold < k; fold++) {
      const test = folded.filter((_, i) => i % k === fold);
      setModel(new SubEventModel(trainBagged([...always, ...folded.filter((_, i) => i % k !== fold)])));
      const a = accuracyOn(test);
      correct += a.correct;
      total += a.total;
      for (const [key, n] of a.confusions) conf.set(key, (conf.get(key) ?? 0) + n);
    }
  } finally {
    resetModel();
  }
  return { correct, total, confusions: [...conf.entries()].sort((a, b) => b[1] - a[1]) };
}
