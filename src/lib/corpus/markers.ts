/**
 * Turn markers at the start of a paragraph: speaker labels ("Host:", "Vladimir
 * Putin (retranslated):", "PRESIDENT TRUMP:", "Q."), dashes ("– ", "-"), or
 * nothing; and labels that stand on a line of their own ("Igor Korotchenko,
 * Editor-in-Chief of …:", "President of Azerbaijan Ilham Aliyev said:").
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { fold, matchable } from './text.ts';

export type Role = 'interviewer' | 'interviewee';

export interface Lexicon {
  /** folded alias → speaker id, from the speaker registry */
  aliases: Map<string, string>;
  /** folded role word → role ("host" → interviewer) */
  roles: Map<string, Role>;
}

export type LeadingMarker =
  | { kind: 'label'; printed: string; name: string; textStart: number; colon: boolean }
  | { kind: 'dash'; printed: string; textStart: number }
  | { kind: 'none'; textStart: 0 };

const NOT_A_NAME_START = new Set(
  'the this that these those it we our in on as but and so yes no well if when why what how here there my his her their your i you he she they one also then now today however'.split(
    ' ',
  ),
);
const NAME_CONNECTORS = new Set('of the de da del della di du von van der den al el bin ibn la le y and'.split(' '));
const DASH = /^[-–—‒]\s*[\u202F\u00A0\u2009]?\s*/u;
/** "-5 degrees", "-3%": a minus sign, not a turn marker ("-92 civilians were killed" is a marker). */
const MINUS_SIGN = /^[-–‒]\d[\d.,]*\s*(?:%|°|degrees?\b|per ?cent\b)/iu;
const COLON_LABEL = /^([^:]{1,80}?)\s*(\([^()]{1,60}\))?\s*:(?:\s+|$)/u;
const LETTER_LABEL = /^([QA])(?:[.:)]\s+|\s*$)/u;

/** What a role word or near-miss spelling of one ("Correpondent") means, if anything. */
export function roleOf(name: string, lexicon: Lexicon): Role | null {
  const folded = fold(name);
  const exact = lexicon.roles.get(folded);
  if (exact) return exact;
  if (folded.length < 6) return null;
  for (const [word, role] of lexicon.roles) {
    if (word.length >= 6 && withinOneEdit(folded, word)) return role;
  }
  return null;
}

/** The registry speaker a printed name refers to: exact alias, else the longest alias it contains. */
export function speakerOf(name: string, lexicon: Lexicon): string | null {
  const folded = fold(name);
  const exact = lexicon.aliases.get(folded);
  if (exact) return exact;
  let best: { id: string; length: number } | null = null;
  for (const [alias, id] of lexicon.aliases) {
    if (alias.length > (best?.length ?? 0) && alias.includes(' ') && ` ${folded} `.includes(` ${alias} `)) {
      best = { id, length: alias.length };
    }
  }
  return best?.id ?? null;
}

export function looksLikeSpeakerName(name: string, lexicon: Lexicon): boolean {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 60) return false;
  if (roleOf(trimmed, lexicon) || speakerOf(trimmed, lexicon)) return true;
  const tokens = trimmed.split(/\s+/u);
  if (tokens.length > 7) return false;
  if (tokens.every((token) => /^[\p{Lu}][\p{Lu}.'’-]*$/u.test(token)) && /\p{Lu}{2}/u.test(trimmed)) {
    return tokens.length <= 5 && !NOT_A_NAME_START.has(fold(tokens[0] ?? ''));
  }
  if (tokens.length < 2 || NOT_A_NAME_START.has(fold(tokens[0] ?? ''))) return false;
  return tokens.every(
    (token, index) =>
      /^[\p{Lu}][\p{L}'’.-]*$/u.test(token) || (index > 0 && NAME_CONNECTORS.has(token)) || /^\p{Lu}\.$/u.test(token),
  );
}

const markdown = unified().use(remarkParse);

/**
 * "**Vladimir Putin:** …", "*Q:* …", "__Host__: …": a label set in Markdown emphasis, as transcripts
 * copied from web pages often print them. Only lines that start with * or _ are parsed.
 */
function readEmphasisedLabel(text: string, lexicon: Lexicon): LeadingMarker | null {
  if (!/^[*_]/u.test(text)) return null;
  const paragraph = markdown.parse(text).children[0];
  if (paragraph?.type !== 'paragraph') return null;
  const first = paragraph.children[0];
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis') || first.position?.end.offset === undefined)
    return null;
  const inner = first.children.map((child) => ('value' in child ? child.value : '')).join('');
  const after = text.slice(first.position.end.offset);
  const colonInside = inner.trimEnd().endsWith(':');
  const colonAfter = /^\s*:/u.exec(after);
  if (!colonInside && !colonAfter) return null;
  const name = inner
    .trim()
    .replace(/:$/u, '')
    .replace(/\s*\([^()]{1,60}\)$/u, '')
    .trim();
  if (!looksLikeSpeakerName(name, lexicon) && !/^[QA]$/u.test(name)) return null;
  const end = first.position.end.offset + (colonAfter?.[0].length ?? 0);
  const textStart = end + (/^\s*/u.exec(text.slice(end))?.[0].length ?? 0);
  if (textStart >= text.length) return null;
  return { kind: 'label', printed: text.slice(0, end).trim(), name, textStart, colon: true };
}

export function readLeadingMarker(printed: string, lexicon: Lexicon, labelsSeen: ReadonlySet<string>): LeadingMarker {
  const text = matchable(printed);
  const emphasised = readEmphasisedLabel(text, lexicon);
  if (emphasised) return emphasised;
  const dash = DASH.exec(text);
  if (dash && text.length > dash[0].length && !MINUS_SIGN.test(text)) {
    return { kind: 'dash', printed: text.slice(0, dash[0].length).trim(), textStart: dash[0].length };
  }
  const letter = LETTER_LABEL.exec(text);
  if (letter && text.length > letter[0].length && /[.:)]/.test(letter[0])) {
    return {
      kind: 'label',
      printed: letter[0].trim(),
      name: letter[1] ?? '',
      textStart: letter[0].length,
      colon: true,
    };
  }
  const colon = COLON_LABEL.exec(text);
  if (colon && text.length > colon[0].length && looksLikeSpeakerName(colon[1] ?? '', lexicon)) {
    return {
      kind: 'label',
      printed: text.slice(0, colon[0].length).trim(),
      name: (colon[1] ?? '').trim(),
      textStart: colon[0].length,
      colon: true,
    };
  }
  // "President Ilham Aliyev Thank you." — a label this document already used, printed without its colon.
  for (const seen of labelsSeen) {
    if (text.startsWith(`${seen} `) && /^\p{Lu}/u.test(text.slice(seen.length + 1))) {
      return { kind: 'label', printed: seen, name: seen, textStart: seen.length + 1, colon: false };
    }
  }
  return { kind: 'none', textStart: 0 };
}

/**
 * A paragraph that only introduces the next speaker. Returns the speaker's
 * printed name, or null when the paragraph is ordinary text.
 */
export function readLabelLine(text: string, lexicon: Lexicon): string | null {
  const trimmed = matchable(text).trim();
  if (/^[QA]$/u.test(trimmed)) return trimmed;
  if (!trimmed.endsWith(':') || trimmed.split(/\s+/u).length > 20) return null;
  const body = trimmed.slice(0, -1).trim();
  const bare = body.replace(/\s*\([^()]{1,60}\)$/u, '');
  // "Igor Korotchenko, Editor-in-Chief of the … magazine:"
  const beforeComma = bare.split(',')[0]?.trim() ?? '';
  if (beforeComma !== bare && looksLikeSpeakerName(beforeComma, lexicon)) return beforeComma;
  // "President of Azerbaijan Ilham Aliyev said:", "…, President of Russia Vladimir Putin said, according to Azertag:"
  const said = /(?:^|,\s*)([^,]+?)\s+(?:said|says|stated|noted|replied|answered|asked)\b/u.exec(bare);
  if (said?.[1]) {
    const name = said[1].trim();
    if (speakerOf(name, lexicon) || looksLikeSpeakerName(name, lexicon)) return name;
  }
  return looksLikeSpeakerName(bare, lexicon) ? bare : null;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
