// Name folding for gazetteer lookups. Two keys per name:
//  - fold(): case, diacritics, apostrophes, punctuation and abbreviations ("St." -> saint) removed;
//    "Tall Rif'at" -> "tall rifat". Exact-enough for most of the world's names.
//  - skeleton(): a transliteration-tolerant key for Arabic-derived names: articles (al-, ad-, ez-...)
//    dropped, Tel/Tell/Tall unified, vowel spellings (ou/u, ei/ay, ee/i, -iyeh/-iyah) and doubled
//    letters collapsed, spaces removed ("Tel Rifaat", "Tall Rif'at", "TalRifat" -> "tlrifat").

const APOSTROPHES = /['’‘`´ʿʾʻʼ′"“”]/g;
const PUNCT = /[.\-‐‑–—_/,()[\]:;!?*&+]+/g;

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

const foldMemo = new Map<string, string>();

/** Lowercase, strip diacritics and punctuation, collapse spaces. Arabic script is kept (normalised). */
export function fold(name: string): string {
  let out = foldMemo.get(name);
  if (out === undefined) {
    if (foldMemo.size > 100000) foldMemo.clear(); // bounded: recognition folds every n-gram it tries
    out = foldUncached(name);
    foldMemo.set(name, out);
  }
  return out;
}

function foldUncached(name: string): string {
  // Plain ASCII (most English news) needs no Unicode normalisation.
  let s = /^[\x20-\x7e]*$/.test(name) ? name.toLowerCase() : name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  s = s.replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/đ/g, 'd');
  s = foldArabicScript(s);
  // Dots inside abbreviations vanish ("U.S." -> us, "D.C." -> dc); other punctuation separates.
  s = s.replace(APOSTROPHES, '').replace(/\./g, '').replace(PUNCT, ' ').replace(/\s+/g, ' ').trim();
  if (!s) return s;
  const first = s.indexOf(' ');
  const head = first === -1 ? s : s.slice(0, first);
  const full = ABBREVIATIONS[head];
  if (full && first !== -1) s = full + s.slice(first);
  return s;
}

/** Arabic script: drop harakat and tatweel, unify alef/yaa/taa marbuta forms. */
function foldArabicScript(s: string): string {
  if (!/[\u0600-\u06ff]/.test(s)) return s;
  return s
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/^ال/, '')
    .replace(/ ال/g, ' ');
}

/** One key for the spellings of one name ("Zahraa", "al-Zahraa"): its skeleton, else its lower case. */
export function spellingKey(name: string): string {
  return skeleton(name) || name.toLowerCase();
}

const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ath', 'adh', 'ed', 'er', 'es', 'et', 'ez', 'en', 'ul', 'ud', 'ur', 'us', 'un', 'ash', 'dh', 'ah', 'il']);

const skeletonMemo = new Map<string, string>();

/** Transliteration-tolerant key (see the file comment). Empty when nothing distinctive is left. */
export function skeleton(name: string): string {
  let out = skeletonMemo.get(name);
  if (out === undefined) {
    if (skeletonMemo.size > 100000) skeletonMemo.clear();
    out = skeletonUncached(name);
    skeletonMemo.set(name, out);
  }
  return out;
}

function skeletonUncached(name: string): string {
  const folded = fold(name);
  if (!folded || /[^a-z0-9 ]/.test(folded)) return ''; // non-Latin script: fold() is the key
  const tokens = folded.split(' ');
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    // An article is a token of its own before another word ("Deir ez Zor", "Ma'arrat an Nu'man").
    if (ARTICLES.has(t) && i < tokens.length - 1) continue;
    // Fused, assimilated article: "Ezzor", "Assafira", "Arraqqa" -> zor, safira, raqqa.
    const fused = /^(?:a|e)([tdrzsnl])\1(.{2,})$/.exec(t);
    if (fused && i > 0) t = fused[1]! + fused[2]!;
    // Article written into the noun with one letter: "Ezour" (ez-Zour), "Assafira" handled above.
    else if (i > 0 && /^[ae][zdrstn][aeiou]/.test(t) && t.length >= 5) t = t.slice(1);
    else if (/^al(?=[a-z]{3,})/.test(t) && i > 0) t = t.slice(2);
    if (t === 'tel' || t === 'tell' || t === 'tall' || t === 'tal' || t === 'til') t = 'tl';
    else if (i === 0 && tokens.length === 1) t = t.replace(/^t[aei]ll?(?=[^aeiou])/, 'tl'); // "TalRifat" 
    kept.push(t);
  }
  let s = kept.join('');
  s = s
    .replace(/(?:iyyah|iyyeh|iyah|iyeh|iyya|iyye|iya|iye|ieh|iah|ia)$/, 'ia')
    .replace(/(?:eh|ah)$/, 'a')
    .replace(/kh/g, 'k')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/ou|oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/aw/g, 'o')
    .replace(/ei|ai|ay|ey/g, 'e')
    .replace(/o/g, 'u') // Arabic has no o/u distinction: Zor/Zour/Zur, Kobani/Kubani
    .replace(/([a-z])\1+/g, '$1');
  return s.length >= 3 ? s : '';
}
