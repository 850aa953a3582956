/**
 * The conversation of a transcript page as HTML: a turn for each speaker's turn, a passage for
 * each paragraph with its permanent link and its topics. Written as a string,
 * not as a component per passage, because a page may hold hundreds of passages and an archive tens
 * of thousands of pages; the markup is the same as a component's would be, every text and
 * attribute escaped.
 */
import type { Passage, Turn } from '../lib/corpus/schema.ts';
import { escapeHtml } from '../lib/site/html.ts';
import { printedLabel } from '../lib/site/labels.ts';
import type { Routes } from '../lib/site/routes.ts';

// Names and labels are set in <bdi>: a right-to-left name, or a stray U+202E in a label, stays
// inside its own box instead of reversing the words around it.

export interface TranscriptContext {
  routes: Routes;
  speakerName: (id: string | null) => string | null;
  topicName: (id: string) => string;
  /** Passage id → vanished ids that now point at it. */
  aliasesOf: ReadonlyMap<string, string[]>;
  /** Where else the speaker makes a passage's point: each other passage's address and what to call it. */
  alsoSaid?: (passage: string) => { href: string; label: string; compare: string }[];
}

const ROLE_WORD: Record<Turn['role'], string> = {
  question: 'asks',
  answer: 'answers',
  statement: 'says',
  narration: '',
};

export function transcriptHtml(turns: readonly Turn[], context: TranscriptContext): string {
  // A printed label that differs from the speaker's name is spelt out at its first turn, then left to a tooltip.
  const labelsSeen = new Set<string>();
  // Appended, not joined, for the reason in ./quotes.ts: a long transcript's flat string is a large object.
  let html = '';
  // A transcript tags its passages with a few topics, over and over.
  const chips = new Map<string, string>();
  // Every answer knows its question: the turn that asked it, however many paragraphs either runs to.
  let question: string | null = null;
  for (const turn of turns) {
    if (turn.role === 'question') question = turn.passages[0]?.id ?? question;
    const asked = turn.role === 'answer' && question ? question : null;
    const name = context.speakerName(turn.speaker);
    const printed = printedLabel(turn);
    const key = `${turn.speaker}\u0000${printed}`;
    const labelShown = labelsSeen.has(key);
    labelsSeen.add(key);
    const differs = printed !== null && printed !== name;
    if (html) html += '\n';
    html += `<div class="turn turn--${turn.role}"${name ? ` data-speaker="${escapeHtml(name)}"` : ''}${turn.speaker ? ` data-speaker-id="${escapeHtml(turn.speaker)}"` : ''}>\n`;
    html +=
      name && turn.speaker
        ? `<p class="speaker"><a href="${escapeHtml(context.routes.speaker(turn.speaker))}"${differs ? ` title="${escapeHtml(`Printed “${printed}”`)}"` : ''}><bdi>${escapeHtml(name)}</bdi></a>${differs && !labelShown ? ` <span class="printed">(printed “<bdi>${escapeHtml(printed)}</bdi>”)</span>` : ''}<span class="visually-hidden"> ${ROLE_WORD[turn.role]}:</span>${asked ? ` <a class="to-question" href="#${escapeHtml(asked)}">the question</a>` : ''}</p>`
        : '<p class="speaker speaker--narration">Publisher’s text</p>';
    for (const passage of turn.passages) html += `\n${passageHtml(passage, context, chips)}`;
    html += '\n</div>';
  }
  return html;
}

function passageHtml(passage: Passage, context: TranscriptContext, chips: Map<string, string>): string {
  const id = escapeHtml(passage.id);
  let aliases = '';
  for (const alias of context.aliasesOf.get(passage.id) ?? []) {
    aliases += `<span class="passage-alias" id="${escapeHtml(alias)}"></span>`;
  }
  let topics = '';
  if (passage.topics.length > 0) {
    topics = '<ul class="chips chips--small" aria-label="Topics">';
    for (const topic of passage.topics) {
      let chip = chips.get(topic);
      if (chip === undefined) {
        chip = `<li><a href="${escapeHtml(context.routes.topic(topic))}">${escapeHtml(context.topicName(topic))}</a></li>`;
        chips.set(topic, chip);
      }
      topics += chip;
    }
    topics += '</ul>';
  }
  const quotes = [...new Set((passage.quotes ?? []).map((quote) => quote.speaker))].join(' ');
  const elsewhere = context.alsoSaid?.(passage.id) ?? [];
  const alsoSaid =
    elsewhere.length > 0
      ? `<p class="also-said">Also said: ${elsewhere
          .map(
            (other) =>
              `<a href="${escapeHtml(other.href)}">${escapeHtml(other.label)}</a> <a class="compare" href="${escapeHtml(other.compare)}" aria-label="${escapeHtml(`Compare with ${other.label}`)}">compare</a>`,
          )
          .join('; ')}</p>`
      : '';
  return (
    `<div class="passage" id="${id}"${quotes ? ` data-quotes="${escapeHtml(quotes)}"` : ''}>${aliases}\n` +
    `<p class="passage-text">${escapeHtml(passage.text)}</p>\n` +
    // "Copy link" and "Cite" need the page's script, which adds them (src/scripts/passages.ts).
    `<div class="passage-tools"><a class="permalink" href="#${id}" title="Permanent link to this passage"><span aria-hidden="true">¶</span><span class="visually-hidden">Link to passage </span><span class="passage-id">${id}</span></a> ${topics}</div>\n` +
    `${alsoSaid}\n</div>`
  );
}
