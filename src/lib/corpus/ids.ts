/**
 * Stable identifiers. A passage id comes from its own text, never from its
 * position, so adding transcripts or editing another passage leaves it alone;
 * repeats of the same text in one document ("Thank you.") are numbered in
 * order of appearance.
 */
import { hash } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function contentHash(text: string, length = 8): string {
  // NFC leaves ASCII as it is: only other text is normalised.
  const composed = /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
  // Most passages are already single-spaced: only the others are rewritten. Asked as one character
  // class and three string tests rather than one pattern of four alternatives, which the regex engine
  // tried at every position of every passage.
  const spaced =
    /[^\S ]/.test(composed) || composed.includes('  ') || composed.startsWith(' ') || composed.endsWith(' ');
  const normalised = spaced ? composed.replace(/\s+/g, ' ').trim() : composed;
  const digest = hash('sha256', normalised, 'buffer');
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

/** A turn's id: its first passage's, as a turn ("p-x7k2…" → "t-x7k2…"). */
export function turnId(firstPassage: string | undefined): string {
  return `t-${(firstPassage ?? 'p-').slice(2)}`;
}
