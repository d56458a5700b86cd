// Turns an object's bytes into article text, or says plainly why they are not usable text. Shared by
// the Lambda handler and `gleaner extract`, so both accept and reject exactly the same input.
import { PermanentError } from '../errors.ts';

/** The bytes are not an article Gleaner can read; `reason` is meant for a person. */
export class UnusableTextError extends PermanentError {
  override name = 'UnusableTextError';
}

export interface DecodedText {
  text: string;
  /** What the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** `html`: the page's visible text, markup blanked to spaces so offsets match the file (html-text.ts). */
  format?: 'text' | 'html';
  /** UTF-8 text with a few broken byte sequences: how many were replaced by U+FFFD. */
  replacedSequences?: number;
}

import iconv from 'iconv-lite';
import { extractVisibleText, looksLikeHtml } from './html-text.ts';

// Leading bytes of formats people drop into buckets by mistake.
const SIGNATURES: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or a Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Control characters other than tab, line feed, form feed and carriage return mean binary data; so do
 * C1 controls, which Windows-1252 decoding yields only for bytes no text uses.
 */
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

/** At most this share of broken sequences is repaired as UTF-8; more means it is not UTF-8. */
const MAX_REPLACED_SHARE = 0.01;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new UnusableTextError('the object is empty');
  for (const [what, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) throw new UnusableTextError(`the object is ${what}, not plain text`);
  }
  let decoded: DecodedText;
  const utf16 = guessUtf16WithoutBom(bytes);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = readUtf8(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } else if (utf16) {
    decoded = { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  } else {
    decoded = readUtf8(bytes);
  }
  if (BINARY_CONTROL.test(decoded.text)) {
    throw new UnusableTextError('the object holds binary data (control characters), not text');
  }
  if (looksLikeHtml(decoded.text)) decoded = { ...decoded, text: extractVisibleText(decoded.text), format: 'html' };
  if (!decoded.text.trim()) {
    throw new UnusableTextError(decoded.format === 'html' ? 'the HTML page has no visible text' : 'the object holds only whitespace');
  }
  return decoded;
}

/**
 * Bytes that are not valid UTF-8. UTF-8 text with a few corrupted bytes (a truncated upload, one pasted
 * Latin-1 character) keeps its other letters when read as UTF-8 with replacement characters; text with
 * no valid multi-byte sequence at all is what older newsroom systems write, Windows-1252/Latin-1.
 */
function decodeNonUtf8(bytes: Uint8Array): DecodedText {
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const replaced = (lossy.match(/\uFFFD/g) ?? []).length;
  const validMultibyte = (lossy.match(/[^\u0000-\u007F\uFFFD]/g) ?? []).length;
  if (validMultibyte > 0 && replaced <= Math.max(3, lossy.length * MAX_REPLACED_SHARE)) {
    return { text: lossy, encoding: 'utf-8', replacedSequences: replaced };
  }
  // Node 20's TextDecoder reads 'windows-1252' as ISO-8859-1 (0x80–0x9F become C1 controls, so “ ” €
  // would be lost); iconv-lite has the real code page.
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
}

/**
 * UTF-16 saved without a byte order mark: in Latin-script text nearly every other byte is zero. A
 * binary file has zeros too, but not with this regularity on one side only.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function readUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strictUtf8(bytes), encoding: 'utf-8' };
  } catch {
    return decodeNonUtf8(bytes);
  }
}

function strictUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}
