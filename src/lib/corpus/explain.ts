/**
 * `npm run corpus -- --explain FILE`: per paragraph of one seed file, who was decided to speak it,
 * under which convention, and on what evidence, so that a contributor adding a transcript sees at
 * once why each turn went where it did.
 */
import type { Corpus } from './schema.ts';
import type { Explanation } from './document.ts';

export function explainFile(corpus: Corpus, explanations: ReadonlyMap<string, Explanation[]>, file: string): string {
  const names = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.name]));
  const outlets = new Map(corpus.outlets.map((outlet) => [outlet.id, outlet]));
  const lines: string[] = [];
  const documents = corpus.documents.filter((document) => document.source.file === file);
  if (documents.length === 0) return `${file}: no document comes from this file`;
  for (const document of documents) {
    const roles = new Map(document.participants.map((participant) => [participant.speaker, participant.role]));
    const who = (id: string | null) =>
      id ? `${names.get(id) ?? id} (${roles.get(id) ?? '?'})` : '— nobody (publisher’s text)';
    lines.push(`${document.id}: “${document.title}”, lines ${document.source.startLine}–${document.source.endLine}`);
    lines.push(`  kind: ${document.kind} — ${document.kindEvidence}`);
    lines.push(`  convention: ${document.convention.name} — ${document.convention.evidence}`);
    lines.push(
      `  date: ${document.date.value ?? 'unknown'} (${document.date.precision}) — ${document.date.evidence ?? 'no evidence'}`,
    );
    const outletText = document.outlets
      .map(
        (entry) =>
          `${outlets.get(entry.id)?.name ?? entry.id} (${entry.role}${outlets.get(entry.id)?.reviewed === false ? ', unreviewed' : ''})`,
      )
      .join(', ');
    lines.push(`  outlets: ${outletText || 'none'}`);
    lines.push(
      `  speakers: ${document.participants.map((participant) => who(participant.speaker)).join(', ') || 'none'}`,
    );
    const decided = new Map((explanations.get(document.id) ?? []).map((entry) => [entry.line, entry]));
    for (const turn of document.turns) {
      for (const passage of turn.passages) {
        const line = passage.lines[0];
        const entry = decided.get(line);
        const method = entry
          ? `${entry.method}, ${entry.confidence}`
          : `${turn.decidedBy.method}, ${turn.decidedBy.confidence}`;
        const cues = entry?.cues ?? turn.decidedBy.cues;
        const quoted = (passage.quotes ?? []).map(
          (quote) => `quotes ${names.get(quote.speaker) ?? quote.speaker} (${quote.attributedBy})`,
        );
        const label = passage === turn.passages[0] && turn.label ? ` as “${turn.label}”` : '';
        lines.push(
          `  ${String(line).padStart(5)}  ${who(turn.speaker)}${label} — ${method}${cues.length ? ` [${cues.join(', ')}]` : ''}${quoted.length ? `; ${quoted.join('; ')}` : ''}`,
        );
        lines.push(`         “${passage.text.length > 90 ? `${passage.text.slice(0, 90)}…` : passage.text}”`);
      }
    }
  }
  return lines.join('\n');
}
