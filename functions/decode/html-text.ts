// An HTML page → its visible text, with every character kept at the same index as in the page. Markup,
// scripts, styles and comments become spaces (block elements a line break, so paragraphs stay apart),
// so an offset Gleaner stores points at the same words in the text and in the original file.

const HTML_START = /^[\s\uFEFF]*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/** True when the text is an HTML document rather than prose that happens to contain a `<`. */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

const BLOCK = /^(?:p|div|br|hr|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|main|nav|aside|title|blockquote|pre|figure|figcaption|dd|dt|dl)$/i;
const INVISIBLE = /<(script|style|noscript|template|svg|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<head\b[^>]*>[\s\S]*?(?=<title\b)|<\/title\s*>[\s\S]*?<\/head\s*>/gi;
const TAG = /<\/?([a-zA-Z][\w:-]*)\b[^>]*>|<![^>]*>|<\?[^>]*>/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', euro: '€', pound: '£', yen: '¥' };
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi;

/** Replaces a match with spaces of the same length, keeping line breaks so line numbers hold too. */
const blank = (s: string, lead = ' ') => (s.length ? lead + s.slice(1).replace(/[^\n]/g, ' ') : s);

export function extractVisibleText(html: string): string {
  let text = html.replace(INVISIBLE, (m) => blank(m));
  text = text.replace(TAG, (m, name: string | undefined) => blank(m, name && BLOCK.test(name) ? '\n' : ' '));
  // A character reference becomes its character plus padding to the reference's length. The padding
  // goes on the side away from the text the reference touches, so the character stays glued to its
  // neighbour: `caf&eacute; ` → `café      `, but ` &euro;2.3bn` → `     €2.3bn` (a currency before its
  // amount). Either way every other character keeps its index. A character that would need more
  // UTF-16 units than the reference has cannot occur (`&#x1F600;` is 9 long).
  return text.replace(ENTITY, (m: string, dec: string | undefined, hex: string | undefined, name: string | undefined, offset: number, whole: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
    const ch = code !== undefined ? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined) : NAMED[name!.toLowerCase()];
    if (ch === undefined || ch.length > m.length) return m;
    const padding = ' '.repeat(m.length - ch.length);
    const before = whole[offset - 1];
    const after = whole[offset + m.length];
    const gluedToNext = after !== undefined && /\S/.test(after) && (before === undefined || /\s/.test(before));
    return gluedToNext ? padding + ch : ch + padding;
  });
}
