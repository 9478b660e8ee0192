import iconv from 'iconv-lite';
import type { TextEncodingName } from '../../../preload/imports-contract';

export type { TextEncodingName };

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Why: a byte-order mark, the zero bytes of UTF-16, valid UTF-8, or bytes UTF-8 cannot be. */
  reason: 'bom' | 'utf16_pattern' | 'utf8' | 'single_byte';
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Whether bytes are valid UTF-8. When `truncated`, a sequence cut off by the end of the
 * sample is not held against it (the sample is the start of a larger file).
 */
export function isValidUtf8(bytes: Uint8Array, truncated: boolean): boolean {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i] ?? 0);
    if (length === 0) return false;
    if (i + length > bytes.length) return truncated;
    for (let k = 1; k < length; k += 1) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    }
    i += length;
  }
  return true;
}

/** UTF-16 without a BOM shows as a zero byte beside nearly every ASCII character. */
function utf16Without(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * The encoding of a text file from its first bytes: a BOM (UTF-8, UTF-16 LE/BE) settles it;
 * otherwise UTF-16's zero bytes, then UTF-8 validity. Bytes that are not UTF-8 are read as
 * Windows-1252, the superset of ISO-8859-1 that Excel, Salesforce and most Western exports
 * write (the two agree on every byte outside 0x80-0x9F).
 */
export function detectEncoding(sample: Uint8Array, complete: boolean): EncodingGuess {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', reason: 'bom' };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', reason: 'bom' };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', reason: 'bom' };
  const utf16 = utf16Without(sample);
  if (utf16) return { encoding: utf16, reason: 'utf16_pattern' };
  if (isValidUtf8(sample, !complete)) return { encoding: 'utf-8', reason: 'utf8' };
  return { encoding: 'windows-1252', reason: 'single_byte' };
}

export interface TextDecoderLike {
  write(chunk: Buffer): string;
  end(): string;
}

/** A streaming decoder (split characters across chunks are joined); a leading BOM is dropped. */
export function createDecoder(encoding: TextEncodingName): TextDecoderLike {
  const decoder = iconv.getDecoder(encoding === 'utf-16le' ? 'utf-16le' : encoding === 'utf-16be' ? 'utf-16be' : encoding, { stripBOM: true });
  return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
}

/** Decodes a whole sample (the start of a file) for inspection. */
export function decodeSample(sample: Uint8Array, encoding: TextEncodingName): string {
  const decoder = createDecoder(encoding);
  return decoder.write(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength)) + decoder.end();
}
