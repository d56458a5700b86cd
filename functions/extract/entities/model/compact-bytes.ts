// Byte helpers shared by the committed model files (model-format.ts, word-clusters.ts): unsigned
// varints (7 bits a byte, low bits first) and base64 that works in Node and in a browser bundle.
export function pushVarint(bytes: number[], value: number): void {
  let v = value;
  while (v >= 0x80) { bytes.push((v & 0x7f) | 0x80); v = Math.floor(v / 128); }
  bytes.push(v);
}

/** Reads varints and raw bytes from `bytes` in order. */
export function createByteReader(bytes: Uint8Array): { varint: () => number; byte: () => number; position: () => number } {
  let p = 0;
  return {
    byte: () => bytes[p++],
    varint: () => {
      let value = 0;
      let bits = 0;
      for (;;) {
        const b = bytes[p++];
        value += (b & 0x7f) * 2 ** bits;
        bits += 7;
        if (b < 0x80) return value;
      }
    },
    position: () => p,
  };
}

export function base64Bytes(s: string): Uint8Array {
  if (typeof Buffer !== 'undefined') return Buffer.from(s, 'base64');
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesBase64(bytes: ArrayLike<number>): string {
  return Buffer.from(Uint8Array.from(bytes)).toString('base64');
}
