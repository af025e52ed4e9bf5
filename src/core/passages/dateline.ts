// A news report's dateline ("ASTANA —", "ASTANA. KAZINFORM -", "BISHKEK, Nov. 14 (Ala-Too Press) -"): the place
// the report was filed from, in capitals at the start of one of its opening paragraphs, then a dash.

/** The dateline's words: a place in capitals, maybe the agency or date after a full stop or comma, then a dash. */
const DATELINE = /^(.{0,20}?)(\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*)(?:[.,][^—–\n]{0,60}?)?\s+[—–-]\s+/u;
/** Only the headline and the dateline's paragraph come before the report's lead. */
const OPENING_PARAGRAPHS = 3;

/** Where in the text the dateline is, what it says, and the name of its place as printed. */
export type Dateline = { text: string; place: string; start: number; end: number };

/** The report's dateline, if its opening has one. */
export function datelineOf(text: string): Dateline | undefined {
  let at = 0;
  for (const paragraph of text.split(/\n\s*\n/u).slice(0, OPENING_PARAGRAPHS)) {
    const start = text.indexOf(paragraph, at);
    at = start + paragraph.length;
    const trimmed = paragraph.replace(/^\s+/u, '');
    const m = DATELINE.exec(trimmed);
    // The prefix is a page's stamp ("date 2025-02-12 "), never words of a sentence.
    if (!m || /\p{Ll}{4,}\s+\p{Ll}/u.test(m[1]!)) continue;
    const offset = start + paragraph.length - trimmed.length;
    return { text: m[0].slice(m[1]!.length).trim(), place: m[2]!, start: offset, end: offset + m[0].length };
  }
  return undefined;
}
