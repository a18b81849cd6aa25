// Is a line a headline? Live-blog headlines are short title-case lines without a final full stop
// ("Prisoners Freed After Islamic State of Iraq Pushed Out of Dana", "Video: Fighting in al-Dana").
// A short line in prose is not enough: the caller also checks blank lines and what follows.

const SMALL_WORDS = new Set(
  ('a an and as at but by for from in into of off on onto or over per the to up upon v v. vs vs. via with ' +
    'without after before amid against near than under out').split(' '),
);

/** Media/teaser prefixes that open an entry even when the rest is not title case. */
const MEDIA_PREFIX = /^((claimed|new|more|graphic)\s+)?(video|videos|photos?|pictures|images|audio|footage|video report|map)\s*:\s*\S/i;

export function hasMediaPrefix(line: string): boolean {
  return MEDIA_PREFIX.test(line);
}

/** Share of content words that start with a capital (digits and Arabic articles "al-" are neutral). */
export function titleCaseStats(line: string): { capital: number; lower: number } {
  let capital = 0;
  let lower = 0;
  const words = line.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/^[“"‘'(\[«]+/, '');
    if (!w) continue;
    const first = w[0]!;
    if (!/\p{L}/u.test(first)) continue;
    if (/^(al|el|as|ash|ad|an|ar|at|az|ath|adh|bin|ibn|bint|abu|de|di|du|da|van|von|der)[-‘’']/i.test(w) && /^\p{Ll}/u.test(first)) continue;
    const bare = w.toLowerCase().replace(/[^\p{L}.]+$/u, '');
    if (i > 0 && SMALL_WORDS.has(bare) && /^\p{Ll}/u.test(first)) continue;
    if (/^\p{Lu}/u.test(first)) capital++;
    else if (/^\p{Ll}/u.test(first)) lower++;
  }
  return { capital, lower };
}

/** The line's own look: length, title case, no final full stop, not a list item or quote. */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length < 8 || t.length > 160) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 24) return false;
  if (/[.,;:…]$/.test(t) && !/\b[A-Z]\.$/.test(t)) return false;
  if (/^(\d{1,3}[.)]|[•·▪◦*–—-])\s/.test(t)) return false;
  if (/^[“"‘'\[(]/.test(t) && !hasMediaPrefix(t)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  const { capital, lower } = titleCaseStats(hasMediaPrefix(t) ? t.replace(/^[^:]*:\s*/, '') : t);
  if (capital < 2 && !(capital >= 1 && words.length <= 3)) return false;
  // Title case: every content word capitalised; allow one slip in a long headline.
  return lower === 0 || (lower === 1 && capital >= 6);
}

/** A paragraph of prose (what a headline is followed by). */
export function looksLikeProse(line: string): boolean {
  const t = line.trim();
  return t.length >= 60 || /[.!?…]["”’)]*$/.test(t) || /:$/.test(t);
}
