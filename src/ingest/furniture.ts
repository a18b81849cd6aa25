// Lines that are not reporting: page furniture (links, buttons, map widgets, republication notes)
// and image captions/credits. Whole-line patterns only: a phrase inside prose is never furniture.

const FURNITURE: RegExp[] = [
  /^view larger map$/i,
  /^\(?map\)?$/i,
  /^map of [^.]{1,80}:?$/i,
  /^related (posts?|articles?|stories|content|links|reading)\s*:?$/i,
  /^(you may also like|more from|recommended|most read|most popular|trending)\b.{0,40}$/i,
  /^share (this|on|via)\b.{0,60}$/i,
  /^(share|tweet|email|e-mail|print|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest)(\s*[|·•/]\s*\w+)*$/i,
  /^click here\b.{0,150}$/i,
  /^(see|view|watch|read) (other|more|all|the full)\b.{0,150}$/i,
  /^the full (set|series|gallery|album) of .{0,100} (can be )?(seen|found|viewed) here\.?$/i,
  /^more (images|photos|pictures|videos?|footage) can be (seen?|found|viewed) here\.?$/i,
  /^(see|view|watch) .{0,80} here\.?$/i,
  /^(advertisement|sponsored( content)?|subscribe\b.{0,80}|sign up\b.{0,80}|follow us\b.{0,80})$/i,
  /^(tags?|filed under|categories|posted in|topics?|keywords|related topics|sections?)\s*:.{0,200}$/i,
  // Breadcrumbs ("Home > News > Aleppo City") and mastheads or navigation cut by pipes
  // ("Sputnik International | Middle East | 12.11.2015", "Home | Local | Lattakia").
  /^(home|news)\s*[>»›/]\s*.{0,120}$/i,
  /^[^!?|]{1,40}(\s[|·•]\s[^!?|]{1,40}){2,6}$/,
  /^posted (by|on)\b.{0,120}$/i,
  /^this (article|story|piece|report) (was|is) (originally|first) published\b.{0,250}$/i,
  /^(translated|this article has been translated) from\b.{0,200}$/i,
  /^(leave|post|add|write) a (comment|reply)\b.{0,40}$/i,
  /^(\d+|no)\s+(comments?|responses?|replies)$/i,
  /^(previous|next) (post|article|story)\b.{0,150}$/i,
  // Attribution lines: "Source: restated from Reuters, 4 April 2017."
  /^(source|sources|via|credit)\s?:\s*\S.{0,200}$/i,
  /^(copyright|©)\s.{0,150}$/i,
  /^all rights reserved\.?$/i,
  // A byline: "By Staff Reporter, January 8, 2014", "By Jane Doe and John Roe".
  /^[Bb][Yy]\s+\p{Lu}[\p{L}'’.-]*(\s+(and\s+)?\p{Lu}[\p{L}'’.-]*){0,5}(\s*[,|–—-]\s*[^.]{0,60})?$/u,
  /^[Bb][Yy]\s+(the\s+)?[\p{L}'’ .-]{2,60}\s*[|,–—]\s*[^.!?]{0,60}\d{4}[^.!?]{0,20}$/u,
];

const CREDIT_AGENCIES =
  'AFP|Reuters|AP|Associated Press|Getty(?: Images)?|EPA|SANA|Anadolu|Xinhua|ANHA|Shutterstock|Facebook|Twitter|YouTube|Telegram';

const CAPTION: RegExp[] = [
  // A photo credit in brackets at the end: "(AFP/Edouard Elias)", "(Reuters/Omar Sanadiki)", "(Photo: AFP)".
  new RegExp(`\\((?:photo|image|picture|file|credit)?[^()]{0,25}?\\b(?:${CREDIT_AGENCIES})\\b[^()]{0,60}\\)\\.?$`, 'i'),
  /\((?:photo|image|picture|photograph|credit)s?\s*(?:by|:|courtesy)[^()]{0,80}\)\.?$/i,
  /^[\[(]?(photo|image|picture|photograph|pictured|caption|credit|file photo|screenshot|screengrab)s?(\s+caption)?\s*[:\-–—|]/i,
  /\b(photo|image|picture)s?\s*(credit)?\s*:\s*[A-Z][^.]{0,60}$/,
  // An image file name or alt-text residue: "k isis 2", "IMG_2041.jpg".
  /^[\w-]+\.(jpe?g|png|gif|webp)$/i,
  /^[a-z][a-z0-9 _-]{0,23}\d$/,
];

/** "Russia's RT correspondent ... in eastern Homs Province, April 2016": a caption's trailing date. */
const CAPTION_DATE_TAIL =
  /,\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?\d{4}$/;

export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 300) return false;
  return FURNITURE.some((re) => re.test(t));
}

export function isCaptionLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 400) return false;
  if (/^by\s/i.test(t)) return false;
  if (CAPTION.some((re) => re.test(t))) return true;
  // A line without final punctuation that ends in ", Month YYYY" describes a picture, not an event.
  // Descriptive (8+ words), not a header line such as "Desk notes: Homs province, 3 April 2016".
  const words = t.split(/\s+/).length;
  return CAPTION_DATE_TAIL.test(t) && words >= 8 && words <= 25 && !t.includes(':');
}

/** "LATEST: ..." / "UPDATE: ..." at the top of a live blog: a pointer to an entry below. */
export function isTeaserLine(line: string): boolean {
  return /^(LATEST|UPDATED?|BREAKING|JUST IN)\s*[:\-–—]/.test(line.trim());
}
