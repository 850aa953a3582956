/**
 * Where the groups of name variants come from: data/variants.yaml (transliterations, house styles),
 * the speaker registry (a person's aliases), the topic registry (only the aliases that are spellings
 * of one another: a topic's other aliases are different words on one subject, and folding them would
 * make every two passages on the subject look alike) and world-countries (a country and its
 * demonyms: one translator writes "Lebanese passports", another "passports of Lebanon").
 */
import countries from 'world-countries';
import type { VariantGroups } from './text.ts';

export interface NamedWithAliases {
  name: string;
  aliases: readonly string[];
}

export function speakerVariantGroups(speakers: readonly NamedWithAliases[]): string[][] {
  return speakers.map((speaker) => [speaker.name, ...speaker.aliases]);
}

function squashed(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Two spellings of one word: the same letters but for hyphens and spaces, or one letter in five changed. */
export function areSpellingVariants(a: string, b: string): boolean {
  const x = squashed(a);
  const y = squashed(b);
  if (x === y) return x.length > 0;
  if (x[0] !== y[0] || Math.min(x.length, y.length) < 5) return false;
  return editDistance(x, y) <= Math.floor(Math.max(x.length, y.length) / 5);
}

export function topicVariantGroups(topics: readonly NamedWithAliases[]): string[][] {
  const groups: string[][] = [];
  for (const topic of topics) {
    const remaining = [topic.name, ...topic.aliases];
    while (remaining.length > 0) {
      const first = remaining.shift()!;
      const group = [first, ...remaining.filter((other) => areSpellingVariants(first, other))];
      for (const member of group.slice(1)) remaining.splice(remaining.indexOf(member), 1);
      if (group.length > 1) groups.push(group);
    }
  }
  return groups;
}

/** Each country with its demonyms and official name, keyed on its common name. */
export function countryVariantGroups(): string[][] {
  return countries.map((country) =>
    [country.name.common, country.name.official, country.demonyms?.eng?.m ?? '', country.demonyms?.eng?.f ?? ''].filter(
      (name, index, all) => name.length > 0 && all.indexOf(name) === index,
    ),
  );
}

/**
 * All the groups, the curated file's first: a name in two groups folds to the key of the group read
 * first, so data/variants.yaml decides.
 */
export function allVariantGroups(sources: {
  curated?: VariantGroups;
  speakers?: readonly NamedWithAliases[];
  topics?: readonly NamedWithAliases[];
  countries?: boolean;
}): VariantGroups {
  return [
    ...(sources.curated ?? []),
    ...speakerVariantGroups(sources.speakers ?? []),
    ...topicVariantGroups(sources.topics ?? []),
    ...(sources.countries === false ? [] : countryVariantGroups()),
  ];
}
