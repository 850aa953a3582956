/**
 * Schemas of the curated, human-reviewed data files: the outlet and speaker
 * registries, topic front matter, boilerplate patterns, the per-seed manifest
 * and the corrections file. Validated on every build.
 */
import { z } from 'zod';
import { outletSchema, removalReason, slug, speakerSchema, documentKind, datePrecision } from './schema.ts';
import { isCalendarDay } from './date.ts';

export const outletEntrySchema = outletSchema
  .omit({ url: true, reviewed: true })
  .extend({ parent: slug.nullish(), country: z.string().min(1) })
  .strict();

export const speakerEntrySchema = speakerSchema
  .pick({ id: true, name: true, aliases: true })
  .extend({
    description: z.string().nullish(),
    affiliation: slug.nullish().describe('outlet id, for journalists'),
  })
  .strict();

export const topicFrontmatterSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(2)).min(1),
  })
  .strict();

/** Editorial MDX for the site (data/editorial/*.mdx), such as the home page's description of the corpus. */
export const editorialFrontmatterSchema = z.object({ title: z.string().min(1) }).strict();

export const boilerplateEntrySchema = z
  .object({
    match: z.enum(['exact', 'prefix', 'regex']),
    text: z.string().min(1),
    reason: removalReason,
    /**
     * `rest` removes the matching line and everything after it in the document (site footers);
     * `box`, the line and the lines printed right under it, with no blank line between (a "Read more"
     * box of links in the middle of a text, a transcription service's advertisement under its credit).
     */
    scope: z.enum(['line', 'rest', 'box']).default('line'),
    /** `inline` removes only the matched start or end of the line and keeps the rest as text. */
    inline: z.boolean().default(false),
  })
  .strict()
  .superRefine((entry, context) => {
    if (entry.match !== 'regex') return;
    try {
      new RegExp(entry.text, 'u');
    } catch (error) {
      context.addIssue({
        code: 'custom',
        path: ['text'],
        message: `not a valid regular expression (${(error as Error).message}); fix it, or use match: exact or prefix for plain text`,
      });
    }
  });

export const sourceEntrySchema = z
  .object({
    publisher: slug.nullable().describe('outlet id of the site the file was copied from, if known'),
    year: z.number().int().min(1900).max(2100).nullable(),
    address: z.string().url().nullable().default(null).describe('the page the file was copied from'),
    documents: z
      .record(z.string().regex(/^\d+$/u, 'a line number'), z.string().url())
      .optional()
      .describe('for a file of several documents: the line a document starts at → the page it was first published on'),
    kind: documentKind.optional().describe('the kind of every document in the file, when the text alone cannot tell'),
    compilation: z.boolean().default(false),
  })
  .strict();
export const sourcesManifestSchema = z.record(z.string(), sourceEntrySchema);

const correctionTarget = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  expect: z.string().min(3).describe('text the line must contain, so that a moved line is caught'),
  reason: z.string().min(3),
});
export const correctionSchema = z.discriminatedUnion('set', [
  correctionTarget.extend({ set: z.literal('speaker'), speaker: z.string().min(1) }).strict(),
  correctionTarget
    .extend({
      set: z.literal('id'),
      value: slug.describe('the document id to use, for two documents that would otherwise share one'),
    })
    .strict(),
  correctionTarget
    .extend({
      set: z.literal('date'),
      value: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
      precision: datePrecision,
    })
    .strict()
    .superRefine((correction, context) => {
      const { value, precision } = correction;
      const shape = {
        day: /^\d{4}-\d{2}-\d{2}$/u,
        month: /^\d{4}-(?:0[1-9]|1[0-2])$/u,
        year: /^\d{4}$/u,
        unknown: null,
      }[precision];
      const fits = shape ? shape.test(value) && (precision !== 'day' || isCalendarDay(value)) : false;
      if (!fits) {
        context.addIssue({
          code: 'custom',
          path: ['value'],
          message: `“${value}” is not a ${precision === 'unknown' ? 'date with a known precision' : `real ${precision} (write ${precision === 'day' ? 'YYYY-MM-DD, a day the calendar has' : precision === 'month' ? 'YYYY-MM' : 'YYYY'})`}`,
        });
      }
    }),
]);
export const correctionsFileSchema = z.array(correctionSchema);

const words = z.array(z.string().min(1));
export const rolesFileSchema = z
  .object({
    asks: words.describe('label words for whoever puts the questions'),
    answers: words.describe('label words for whoever answers'),
    moderates: words.describe('label words for a moderator'),
    honorifics: words.describe('forms of address spoken to the interviewee'),
    titles: words.describe('words printed before a name that are not part of it'),
    occupations: words
      .default([])
      .describe('occupations a lead sets before a name ("Historian Dara Quill"): not part of it, and no office'),
    notSpeakers: words.describe('words that end in a colon without naming a speaker'),
    notNames: words.describe('words that show a capitalised run names a place or body, not a person'),
    parties: words.default([]).describe("words that name a political party, printed on the line under a member's name"),
  })
  .strict();
export const placesFileSchema = z.array(z.string().min(2));

export type OutletEntry = z.infer<typeof outletEntrySchema>;
export type SpeakerEntry = z.infer<typeof speakerEntrySchema>;
export type TopicFrontmatter = z.infer<typeof topicFrontmatterSchema>;
export type BoilerplateEntry = z.infer<typeof boilerplateEntrySchema>;
export type SourceEntry = z.infer<typeof sourceEntrySchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type RolesFile = z.infer<typeof rolesFileSchema>;
