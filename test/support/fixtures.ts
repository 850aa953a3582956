/** A small registry and helpers to run the pipeline on made-up seeds. */
import { runPipeline, type Registry } from '../../src/lib/corpus/pipeline.ts';
import type { Correction, SourceEntry } from '../../src/lib/corpus/registry-schema.ts';

export const registry: Registry = {
  outlets: [
    { id: 'al-jazeera', name: 'Al Jazeera', aliases: ['Al Jazeera TV channel'], medium: 'tv', country: 'Qatar' },
    { id: 'bbc-news', name: 'BBC News', aliases: ['BBC'], medium: 'tv', country: 'United Kingdom' },
    { id: 'cnn-turk', name: 'CNN Türk', aliases: ['CNN-Turk', 'CNN-Türk'], medium: 'tv', country: 'Turkey' },
    { id: 'financial-times', name: 'Financial Times', aliases: [], medium: 'newspaper', country: 'United Kingdom' },
  ],
  speakers: [
    {
      id: 'ilham-aliyev',
      name: 'Ilham Aliyev',
      aliases: [
        'President Ilham Aliyev',
        'President Aliyev',
        'Ilham Heydarovich',
        'President of Azerbaijan Ilham Aliyev',
      ],
      description: 'President of Azerbaijan.',
    },
    {
      id: 'vladimir-putin',
      name: 'Vladimir Putin',
      aliases: ['President of Russia Vladimir Putin', 'Vladimir Vladimirovich'],
    },
  ],
  topics: [
    {
      id: 'ceasefire',
      name: 'Ceasefire',
      aliases: ['truce', 'cease-fire'],
      description: 'Calls to stop the fighting.',
    },
  ],
  boilerplate: [
    { match: 'exact', text: 'Share this article:', reason: 'boilerplate', scope: 'line', inline: false },
    { match: 'exact', text: 'Read also', reason: 'boilerplate', scope: 'rest', inline: false },
    { match: 'regex', text: '^[A-Z][A-Z .-]+ \\([A-Z]{1,6}\\) [–-] ', reason: 'dateline', scope: 'line', inline: true },
    { match: 'regex', text: '^(?:\\* ?){3}$', reason: 'separator', scope: 'line', inline: false },
  ],
  roles: {
    asks: ['Host', 'Correspondent', 'Question', 'Q', 'Reporter'],
    answers: ['Answer', 'A'],
    moderates: ['Moderator'],
    honorifics: ['Mr. President', 'Mr President', 'Sir', 'Your Excellency'],
    titles: ['The', 'Mr.', 'Ms.', 'President', 'Prime', 'Minister', 'Chancellor', 'Foreign', 'Secretary', 'General'],
    occupations: [],
    parties: [],
    notSpeakers: ['Note', 'Update'],
    notNames: ['Palace', 'Office', 'News'],
  },
  places: [],
};

export function run(
  seeds: Record<string, string>,
  options: { manifest?: Record<string, Partial<SourceEntry>>; corrections?: Correction[] } = {},
) {
  const manifest: Record<string, SourceEntry> = {};
  for (const [file, entry] of Object.entries(options.manifest ?? {})) {
    manifest[file] = { publisher: null, year: null, address: null, compilation: false, ...entry };
  }
  return runPipeline({
    seeds: Object.entries(seeds).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) })),
    registry,
    manifest,
    corrections: options.corrections ?? [],
  });
}
