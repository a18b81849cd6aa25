// Cheap language identification: the writing system first, then stop-word ratios for Latin script.
// Enough to keep English rules off non-English text; not a general-purpose identifier.

const STOPWORDS: Record<string, string[]> = {
  // English also gets frequent words of conflict reporting, so that a short headline is recognised.
  en: ('the of and to in a is that for on was with by as at from it were has have are said be this an which their after who not been had they its ' +
    'say says killed wounded people forces government attack attacks according reported fighters rebels army troops near town city').split(' '),
  fr: 'le la les de des du et un une est dans pour que qui sur au aux par pas avec ce cette sont ont il elle été selon'.split(' '),
  es: 'el la los las de del y en un una es que por con para se su al lo como más fue según sus han ha'.split(' '),
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es wurde sind wird bei nach'.split(' '),
  tr: 've bir bu da de için ile olarak en çok daha gibi ancak sonra olan kadar ise değil şekilde tarafından'.split(' '),
  it: 'il di che è e la per un una non sono della del nella con le gli anche ha stato dopo dei'.split(' '),
  pt: 'o a os as de do da dos das e em um uma que para com não por foi mais pelo pela são seu sua'.split(' '),
  nl: 'de het een en van in is dat op te zijn met voor niet door werd ook aan bij er naar'.split(' '),
};
const STOP_SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v)])) as Record<string, Set<string>>;

const SCRIPTS: [RegExp, string][] = [
  [/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g, 'arabic'],
  [/[\u0400-\u04FF]/g, 'cyrillic'],
  [/[\u0590-\u05FF]/g, 'he'],
  [/[\u0370-\u03FF]/g, 'el'],
  [/[\u4E00-\u9FFF]/g, 'zh'],
  [/[\u3040-\u30FF]/g, 'ja'],
  [/[\uAC00-\uD7AF]/g, 'ko'],
  [/[\u0900-\u097F]/g, 'hi'],
  [/[\u0530-\u058F]/g, 'hy'],
  [/[\u10A0-\u10FF]/g, 'ka'],
];

// Any character of the scripts above: text with none (most English) skips counting each script.
const ANY_SCRIPT = new RegExp(SCRIPTS.map(([re]) => re.source).join('|'));

/** Each stop word with the languages it belongs to: one lookup per word, not one per language. */
const STOP_LANGS = new Map<string, string[]>();
for (const lang of Object.keys(STOP_SETS)) for (const w of STOP_SETS[lang]!) STOP_LANGS.set(w, [...(STOP_LANGS.get(w) ?? []), lang]);

/** The number of letters (code points of \p{L}), counted from runs rather than one match per letter. */
function letterCount(sample: string): number {
  const runs = sample.match(/\p{L}+/gu) ?? [];
  // A run's length is its code units: an astral letter is two of them but one letter.
  if (/[\uD800-\uDFFF]/.test(sample)) return runs.reduce((n, r) => n + [...r].length, 0);
  return runs.reduce((n, r) => n + r.length, 0);
}

const SAMPLE = 20000;

/** ISO 639-1 code, or null when the text is too short or too mixed to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = letterCount(sample);
  if (letters < 20) return null;
  if (ANY_SCRIPT.test(sample)) for (const [re, name] of SCRIPTS) {
    const count = (sample.match(re) ?? []).length;
    if (count / letters < 0.3) continue;
    if (name === 'arabic') return arabicScriptLanguage(sample);
    if (name === 'cyrillic') return /[іїєґ]/i.test(sample) ? 'uk' : /[ўђћљњџ]/i.test(sample) ? null : 'ru';
    if (name === 'ja' || (name === 'zh' && /[\u3040-\u30FF]/.test(sample))) return 'ja';
    return name;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return null;
  const scores: Record<string, number> = {};
  for (const lang of Object.keys(STOP_SETS)) scores[lang] = 0;
  for (const w of words) {
    const langs = STOP_LANGS.get(w);
    if (langs) for (const lang of langs) scores[lang]!++;
  }
  if (/[ğış]/.test(sample)) scores.tr! += words.length * 0.05;
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = ranked[0]!;
  const ratio = bestScore / words.length;
  if (bestScore < 2 || ratio < 0.08) return null;
  // English wins ties: a quoted foreign phrase in an English report does not flip it.
  if (best !== 'en' && scores.en! >= bestScore * 0.8) return 'en';
  return best;
}

function arabicScriptLanguage(sample: string): string {
  if (/[ڕێۆڵ]/.test(sample)) return 'ku';
  if (/[ٹڈڑںے]/.test(sample)) return 'ur';
  if (/[پچژگ]/.test(sample) && !/[ةى]/.test(sample)) return 'fa';
  return 'ar';
}
