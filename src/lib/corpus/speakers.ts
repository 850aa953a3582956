/**
 * The corpus's speakers, across documents: a person printed by surname alone in one transcript
 * ("PRIME MINISTER STARMER") is the same speaker page as the one fully named in another
 * ("Keir Starmer"), when the corpus holds exactly one such full name.
 */
import type { Speaker } from './schema.ts';
import { canBe, PEERAGE, personName, type PersonName } from './names.ts';
import { fold } from './text.ts';

/** The speakers after merging, and which ids went into which. */
export function mergeSpeakers(speakers: readonly Speaker[]): { speakers: Speaker[]; renames: Map<string, string> } {
  const named = speakers
    .filter((speaker) => !speaker.anonymous)
    .map((speaker) => ({ speaker, person: personName(speaker.name.split(/\s+/u)) }))
    .filter((entry): entry is { speaker: Speaker; person: PersonName } => entry.person !== null);
  const full = named.filter((entry) => entry.person.given !== null && !entry.person.initials);
  const renames = new Map<string, string>();
  for (const entry of named) {
    if (entry.person.given !== null && !entry.person.initials) continue;
    // "Lord Ashworth", "Lady Osei-Bonsu": a peer's style names a title, not a surname that another
    // transcript's "Martin Ashworth" completes.
    if (PEERAGE.test(fold(entry.speaker.name.split(/\s+/u)[0] ?? ''))) continue;
    // Not someone of the same transcript: there the cast kept "TRUSTEE LEE:" apart from the parent
    // "Rachel Lee", who gave her own name.
    const documents = new Set(entry.speaker.labels.map((label) => label.document));
    const fits = full.filter(
      (candidate) =>
        canBe(entry.person, candidate.person) &&
        !candidate.speaker.labels.some((label) => documents.has(label.document)),
    );
    if (fits.length !== 1) continue;
    const target = (fits[0] as { speaker: Speaker }).speaker;
    renames.set(entry.speaker.id, target.id);
    target.labels.push(...entry.speaker.labels);
  }
  return { speakers: speakers.filter((speaker) => !renames.has(speaker.id)), renames };
}
