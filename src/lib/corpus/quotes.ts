/**
 * Quoted speech in reports and briefings: “We believe …”, Hajiyev said. The paragraph stays the
 * publisher's narration; the quoted words are attributed to the person who said them, by the speech
 * verb beside them ("Hajiyev said", "He added:"), by a quotation that runs on from the paragraph
 * before, or, with low confidence, to the person the report was last speaking of.
 */
import { matchable } from './text.ts';

export interface QuoteSpan {
  speaker: string;
  start: number;
  end: number;
  attributedBy: string;
  confidence: 'high' | 'low';
}

export interface QuoteContext {
  /** The speaker id a printed name or title refers to ("Hajiyev", "the presidential aide"), if any. */
  resolve: (name: string) => string | null;
  /** Who the report is about, for "he"/"she" before anyone else is named. */
  subject: string | null;
}

const OPENERS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };
const SPEECH_VERB =
  '(?:said|says|added|adds|stated|states|noted|notes|told|tells|explained|stressed|emphasi[sz]ed|warned|insisted|continued|declared|remarked|wrote|argued|asserted|recalled|underlined|underscored|pointed out|replied|answered|asked|concluded|observed|commented|announced|claimed|urged|vowed|admitted|acknowledged)';
const SUBJECT =
  "(he|she|they|[\\p{Lu}][\\p{L}’'.-]+(?:\\s+[\\p{Lu}][\\p{L}’'.-]+){0,3}|the\\s+(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)";
/** After the quotation: “…,” Hajiyev said. / “…,” said the minister. */
const AFTER = new RegExp(`^[\\s,.]*(?:${SUBJECT}\\s+${SPEECH_VERB}|${SPEECH_VERB}\\s+${SUBJECT})\\b`, 'u');
/** Before it: He added: “…” / Hajiyev said that “…” / According to Hajiyev, “…” */
const BEFORE = new RegExp(
  `(?:${SUBJECT}\\s+(?:also\\s+|then\\s+|further\\s+)?${SPEECH_VERB}(?:\\s+that)?|according to\\s+${SUBJECT})[\\s,:]*$`,
  'u',
);
const MIN_WORDS = 4;

interface Span {
  start: number;
  end: number;
  closed: boolean;
}

/** Quotations in a paragraph: [start, end) of the words inside the marks; an unclosed one runs to the end. */
function quotations(text: string): Span[] {
  const spans: Span[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at] as string;
    const closer = OPENERS[char];
    if (!closer) {
      at++;
      continue;
    }
    const close = text.indexOf(closer, at + 1);
    // A second opener before the closer means the first quotation never closed (a run-on paragraph).
    const reopen = char === '“' ? text.indexOf('“', at + 1) : -1;
    if (close === -1 || (reopen !== -1 && reopen < close)) {
      spans.push({ start: at + 1, end: reopen !== -1 && close === -1 ? reopen : text.length, closed: false });
      at = reopen !== -1 && close === -1 ? reopen : text.length;
      continue;
    }
    spans.push({ start: at + 1, end: close, closed: true });
    at = close + 1;
  }
  return spans.filter((span) => span.end > span.start);
}

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/**
 * "…," said a statement issued by the ministry: a speech verb whose subject is no person, nobody's
 * words to guess at; not "said the 52-year-old", a person the report has named.
 */
const SAID_BY_A_THING =
  /^[,.]?\s*(?:said|says|reads?|stated|states)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|release|communiqu[eé]|report|document|letter|notice|announcement|note|memo|ministry|department|government|office|agency|website|post)\b/iu;

/** A name of two to four capitalised words: "Sok Chenda", "Mr Tan Kok Wai". */
const PERSON_RUN = /(?<![\p{L}’'-])\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,3}(?![\p{L}’'-])/gu;

/**
 * "Cambodian fisheries scientist Sok Chenda … is among the loudest of them. “…,” she said": the
 * person the paragraph names before the quotation is who "she" is, before anyone the report named earlier.
 */
function namedBefore(before: string, context: QuoteContext): string | null {
  const runs = [...before.matchAll(PERSON_RUN)].map((match) => match[0]);
  for (const run of runs.reverse()) {
    const resolved = context.resolve(run);
    if (resolved) return resolved;
  }
  return null;
}

/** Every paragraph's quoted words and who said them. */
export function attributeQuotes(paragraphs: readonly string[], context: QuoteContext): QuoteSpan[][] {
  let last: string | null = context.subject;
  let runningOn: string | null = null;
  return paragraphs.map((printed) => {
    const text = matchable(printed);
    const found: QuoteSpan[] = [];
    const spans = quotations(text);
    spans.forEach((span, index) => {
      const before = text.slice(index > 0 ? (spans[index - 1] as Span).end + 1 : 0, span.start - 1);
      const after = text.slice(span.end + 1, spans[index + 1]?.start ?? text.length);
      const named = AFTER.exec(after) ?? BEFORE.exec(before);
      const name = named ? named.slice(1).find((group) => group !== undefined) : undefined;
      let speaker: string | null = null;
      let attributedBy = '';
      let confidence: 'high' | 'low' = 'high';
      if (name) {
        speaker = /^(?:he|she|they)$/iu.test(name) ? (namedBefore(before, context) ?? last) : context.resolve(name);
        attributedBy = named?.[0].trim().replace(/^[,.\s]+|[,:\s]+$/gu, '') ?? '';
      }
      const quoted = text.slice(span.start, span.end);
      if (!speaker && index === 0 && runningOn && text.slice(0, span.start - 1).trim() === '') {
        // English runs a quotation over several paragraphs by opening each and closing only the last.
        speaker = runningOn;
        attributedBy = 'the quotation runs on from the paragraph before';
      }
      if (
        !speaker &&
        words(quoted) >= MIN_WORDS &&
        last &&
        (span.start <= 1 || !span.closed) &&
        !SAID_BY_A_THING.test(after)
      ) {
        speaker = last;
        attributedBy = 'no speech verb; the person the report last quoted or named';
        confidence = 'low';
      }
      if (!speaker || words(quoted) < MIN_WORDS) return;
      found.push({ speaker, start: span.start, end: span.end, attributedBy, confidence });
      last = speaker;
    });
    const lastSpan = spans.at(-1);
    runningOn = lastSpan && !lastSpan.closed ? (found.at(-1)?.speaker ?? null) : null;
    // "Hajiyev stated …": whoever a sentence names with a speech verb is who "he" means next.
    for (const match of text.matchAll(new RegExp(`${SUBJECT}\\s+${SPEECH_VERB}`, 'gu'))) {
      const name = match[1] ?? '';
      if (/^(?:he|she|they)$/iu.test(name)) continue;
      const resolved = context.resolve(name);
      if (resolved) last = resolved;
    }
    return found;
  });
}
