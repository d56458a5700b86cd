// Bytes → text: what is accepted (and as which encoding) and what is rejected with which reason.
import { describe, expect, it } from 'vitest';
import { UnusableTextError, decodeText } from '../../functions/decode/decode-text.ts';
import { findMoney } from '../../functions/extract/money/find-money.ts';
import { splitSegments } from '../../functions/extract/segments.ts';

const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]));
  return Buffer.concat([bom ? Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), bytes]);
};
const ARTICLE = 'Việt Nam and Kazakhstan — a partnership.';

describe('decodeText accepts', () => {
  it.each([
    ['plain UTF-8', Buffer.from(ARTICLE), ARTICLE, 'utf-8'],
    ['UTF-8 with BOM (dropped)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]), ARTICLE, 'utf-8'],
    ['UTF-16LE with BOM', utf16(ARTICLE, 'le', true), ARTICLE, 'utf-16le'],
    ['UTF-16BE with BOM', utf16(ARTICLE, 'be', true), ARTICLE, 'utf-16be'],
    ['UTF-16LE without BOM', utf16('Kazakhstan and Vietnam signed.', 'le', false), 'Kazakhstan and Vietnam signed.', 'utf-16le'],
    ['Latin-1', Buffer.from('José Martí visited Zürich.', 'latin1'), 'José Martí visited Zürich.', 'windows-1252'],
    ['Windows-1252 quotes', Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35]), '“Hi” €5', 'windows-1252'],
  ])('%s', (_label, bytes, text, encoding) => {
    expect(decodeText(bytes)).toMatchObject({ text, encoding });
  });

  it('keeps UTF-8 with a few broken bytes as UTF-8, replacing only those', () => {
    const bytes = Buffer.concat([Buffer.from('Việt Nam '), Buffer.from([0xff]), Buffer.from(' and Kazakhstan '.repeat(20))]);
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', replacedSequences: 1 });
    expect(decoded.text.startsWith('Việt Nam \uFFFD and')).toBe(true);
  });

  it('reads an HTML page as its visible text at the same offsets', () => {
    const html = '<!doctype html><html><head><title>Trade news</title><style>p{color:red}</style><script>var x = "Nope";</script></head>'
      + '<body><h1>Kazakhstan &amp; Vietnam</h1><p>Tokayev visited <b>Hanoi</b>.</p><!-- Hidden Person --></body></html>';
    const decoded = decodeText(Buffer.from(html));
    expect(decoded.format).toBe('html');
    expect(decoded.text).toHaveLength(html.length);
    for (const word of ['Trade news', 'Kazakhstan', 'Vietnam', 'Tokayev visited', 'Hanoi']) {
      const at = decoded.text.indexOf(word);
      expect(at, word).toBeGreaterThanOrEqual(0);
      expect(html.slice(at, at + word.length)).toBe(word);
    }
    for (const hidden of ['Nope', 'color', 'Hidden Person', '<p>', 'amp;']) expect(decoded.text).not.toContain(hidden);
  });

  it.each([
    // The character sits next to the text it touches, the padding on the other side.
    ['<p>a fund of &euro;2.3bn</p>', '€2.3bn'],
    ['<p>caf&#233; society</p>', `café${' '.repeat(6)}society`],
    ['<p>Kazakhstan &amp; Vietnam</p>', 'Kazakhstan &     Vietnam'],
    ['<p>costs &#163;5m</p>', '£5m'],
    ['<p>costs &#x20AC;5m</p>', '€5m'],
  ])('decodes character references in %s at the same length', (body, expected) => {
    const html = `<html><body>${body}</body></html>`;
    const decoded = decodeText(Buffer.from(html));
    expect(decoded.text).toHaveLength(html.length);
    expect(decoded.text).toContain(expected);
  });

  it('finds an amount written with an entity (&euro;2.3bn) at offsets into the page', () => {
    const html = '<html><body><p>The EU set aside &euro;2.3bn for grids.</p></body></html>';
    const text = decodeText(Buffer.from(html)).text;
    const [m] = findMoney(splitSegments(text), text);
    expect(m).toMatchObject({ text: '€2.3bn', amount: 2.3e9, currency: 'EUR' });
    // The span ends where the amount ends in the page, and starts inside the entity.
    expect(html.slice(m.end - 5, m.end)).toBe('2.3bn');
    expect(html.slice(m.start - 5, m.start + 1)).toBe('&euro;');
  });
});

describe('decodeText rejects', () => {
  const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
  it.each([
    ['an empty object', Buffer.alloc(0), /empty/],
    ['whitespace only', Buffer.from(' \n\t\r\n  '), /only whitespace/],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /PNG image/],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /JPEG image/],
    ['a ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), /ZIP/],
    ['random bytes', random, /binary data/],
    ['an HTML page with no visible text', Buffer.from('<html><head><script>x()</script></head><body> </body></html>'), /no visible text/],
  ])('%s', (_label, bytes, reason) => {
    expect(() => decodeText(bytes)).toThrow(UnusableTextError);
    expect(() => decodeText(bytes)).toThrow(reason);
  });
});
