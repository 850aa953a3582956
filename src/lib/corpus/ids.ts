/**
 * Stable identifiers. A passage id comes from its own text, never from its
 * position, so adding transcripts or editing another passage leaves it alone;
 * repeats of the same text in one document ("Thank you.") are numbered in
 * order of appearance.
 */
import { createHash } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function contentHash(text: string, length = 8): string {
  const normalised = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const digest = createHash('sha256').update(normalised).digest();
  let out = '';
  for (let i = 0; out.length < length; i++) out += ALPHABET[(digest[i] as number) % ALPHABET.length];
  return out;
}

export function passageIdAllocator(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = `p-${contentHash(text)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
