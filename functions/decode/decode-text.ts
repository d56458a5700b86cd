// Turns an object's bytes into article text, or says plainly why they are not usable text. Shared by
// the Lambda handler and `gleaner extract`, so both accept and reject exactly the same input.

/** The bytes are not an article Gleaner can read; `reason` is meant for a person. */
export class UnusableTextError extends Error {
  override name = 'UnusableTextError';
}

export interface DecodedText {
  text: string;
  /** What the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

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

/** Control characters other than tab, line feed, form feed and carriage return mean binary data. */
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new UnusableTextError('the object is empty');
  for (const [what, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) throw new UnusableTextError(`the object is ${what}, not plain text`);
  }
  let decoded: DecodedText;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = { text: strictUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } else {
    try {
      decoded = { text: strictUtf8(bytes), encoding: 'utf-8' };
    } catch {
      // Not UTF-8. Older newsroom systems still write Windows-1252/Latin-1; accept that when the bytes
      // read as text, and reject anything that still looks binary.
      decoded = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
    }
  }
  if (BINARY_CONTROL.test(decoded.text)) {
    throw new UnusableTextError('the object holds binary data (control characters), not text');
  }
  if (!decoded.text.trim()) throw new UnusableTextError('the object holds only whitespace');
  return decoded;
}

function strictUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}
