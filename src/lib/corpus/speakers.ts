/**
 * The corpus's speakers, across documents: a person printed by surname alone in one transcript
 * ("PRIME MINISTER STARMER") is the same speaker page as the one fully named in another
 * ("Keir Starmer"), when the corpus holds exactly one such full name.
 */
import type { CorpusDocument, Speaker } from './schema.ts';
import { canBe, personName, type PersonName } from './names.ts';

export function mergeSpeakers(speakers: readonly Speaker[], documents: CorpusDocument[]): Speaker[] {
  const named = speakers
    .filter((speaker) => !speaker.anonymous)
    .map((speaker) => ({ speaker, person: personName(speaker.name.split(/\s+/u)) }))
    .filter((entry): entry is { speaker: Speaker; person: PersonName } => entry.person !== null);
  const full = named.filter((entry) => entry.person.given !== null && !entry.person.initials);
  const into = new Map<string, Speaker>();
  for (const entry of named) {
    if (entry.person.given !== null && !entry.person.initials) continue;
    const fits = full.filter((candidate) => canBe(entry.person, candidate.person));
    if (fits.length === 1) into.set(entry.speaker.id, (fits[0] as { speaker: Speaker }).speaker);
  }
  if (into.size === 0) return [...speakers];
  for (const [from, target] of into) {
    const source = speakers.find((speaker) => speaker.id === from) as Speaker;
    target.labels.push(...source.labels);
  }
  const rename = (id: string) => into.get(id)?.id ?? id;
  for (const document of documents) {
    if (!document.participants.some((participant) => into.has(participant.speaker))) continue;
    for (const turn of document.turns) {
      if (turn.speaker) turn.speaker = rename(turn.speaker);
      for (const passage of turn.passages)
        for (const quote of passage.quotes ?? []) quote.speaker = rename(quote.speaker);
    }
    const seen = new Set<string>();
    document.participants = document.participants
      .map((participant) => ({ ...participant, speaker: rename(participant.speaker) }))
      .filter((participant) => !seen.has(participant.speaker) && seen.add(participant.speaker));
  }
  return speakers.filter((speaker) => !into.has(speaker.id));
}
