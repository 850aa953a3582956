/**
 * The curated data the pipeline reads (data/*.yaml, data/topics/*.mdx), and the lookups built from
 * it once per run: registry aliases, role words, title words and place names.
 */
import countries from 'world-countries';
import type { BoilerplateEntry, OutletEntry, RolesFile, SpeakerEntry } from './registry-schema.ts';
import { placeMatcher, type NameVocabulary } from './names.ts';
import { fold } from './text.ts';

export interface TopicEntry {
  id: string;
  name: string;
  aliases: string[];
  description: string;
}

export interface Registry {
  outlets: OutletEntry[];
  speakers: SpeakerEntry[];
  topics: TopicEntry[];
  boilerplate: BoilerplateEntry[];
  roles: RolesFile;
  /** Extra place names (data/places.yaml), besides the countries of world-countries. */
  places: string[];
}

/** What a role word in a label stands for. */
export type RoleWord = 'asks' | 'answers' | 'moderates';

export interface Lexicon extends NameVocabulary {
  /** folded alias → registry speaker id */
  aliases: Map<string, string>;
  /** folded surname → registry speaker ids with that surname */
  surnames: Map<string, string[]>;
  /** folded role word → what it stands for ("host" → asks) */
  roles: Map<string, RoleWord>;
  /** folded words that end in a colon without naming a speaker ("note", "update") */
  notSpeakers: Set<string>;
  /** folded words that name a political party ("labour", "democrats") */
  parties: Set<string>;
  honorifics: string[];
}

export function buildLexicon(registry: Registry): Lexicon {
  const aliases = new Map<string, string>();
  const surnames = new Map<string, string[]>();
  for (const speaker of registry.speakers) {
    for (const alias of [speaker.name, ...speaker.aliases]) aliases.set(fold(alias), speaker.id);
    const surname = fold(speaker.name).split(' ').at(-1) ?? '';
    surnames.set(surname, [...(surnames.get(surname) ?? []), speaker.id]);
  }
  const roles = new Map<string, RoleWord>();
  for (const role of ['asks', 'answers', 'moderates'] as const) {
    for (const word of registry.roles[role]) roles.set(fold(word), role);
  }
  const titles = new Set<string>();
  for (const title of registry.roles.titles) for (const word of fold(title).split(' ')) if (word) titles.add(word);
  const printedInCapitals = (title: string) => /^\p{Lu}{2,4}$/u.test(title);
  const inOtherCase = new Set(
    registry.roles.titles.filter((title) => !printedInCapitals(title)).flatMap((title) => fold(title).split(' ')),
  );
  const capitalsOnly = new Set(
    registry.roles.titles
      .filter(printedInCapitals)
      .map((title) => fold(title))
      .filter((word) => !inOtherCase.has(word)),
  );
  return {
    aliases,
    surnames,
    roles,
    titles,
    capitalsOnly,
    occupations: new Set(registry.roles.occupations.map((word) => fold(word))),
    places: placeMatcher([...countryNames(), ...registry.places]),
    notSpeakers: new Set(registry.roles.notSpeakers.map((word) => fold(word))),
    notNames: new Set(registry.roles.notNames.map((word) => fold(word))),
    parties: new Set(registry.roles.parties.map((word) => fold(word))),
    honorifics: registry.roles.honorifics,
  };
}

let capitalCities: Set<string> | undefined;

/** Whether a name is a country's capital ("New Delhi", "Amman"), folded: a news story's dateline. */
export function isCapitalCity(name: string): boolean {
  capitalCities ??= new Set(countries.flatMap((country) => country.capital.map((city) => fold(city))));
  return capitalCities.has(fold(name));
}

let countryNameList: string[] | undefined;

/** Every country's common and official name, other spellings and demonyms, from world-countries. */
export function countryNames(): string[] {
  countryNameList ??= countries.flatMap((country) => [
    country.name.common,
    country.name.official,
    ...country.altSpellings.filter((spelling) => spelling.length > 3),
    country.demonyms?.eng?.m ?? '',
    country.demonyms?.eng?.f ?? '',
  ]);
  return countryNameList.filter(Boolean);
}

let countryByName: Map<string, string> | undefined;

/** The country a demonym or name stands for ("Danish" → "Denmark"), or null. */
export function countryOf(word: string): string | null {
  if (!countryByName) {
    countryByName = new Map();
    for (const country of countries) {
      // Codes ("DR", "UK") among the other spellings would take outlets and initials for countries.
      const spellings = country.altSpellings.filter((spelling) => spelling.length > 3);
      for (const name of [country.name.common, country.demonyms?.eng?.m, country.demonyms?.eng?.f, ...spellings]) {
        if (name && !countryByName.has(fold(name))) countryByName.set(fold(name), country.name.common);
      }
    }
  }
  return countryByName.get(fold(word)) ?? null;
}
