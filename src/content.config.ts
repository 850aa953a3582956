/**
 * Content collections: the pipeline's records (written to public/data/corpus.json
 * by `npm run corpus`, which `npm run build` runs first) and the topic
 * descriptions in MDX. The record schemas are the pipeline's own.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentSchema, outletSchema, removedSchema, speakerSchema, topicSchema } from './lib/corpus/schema.ts';
import { editorialFrontmatterSchema, topicFrontmatterSchema } from './lib/corpus/registry-schema.ts';

const CORPUS = 'public/data/corpus.json';
type Section = 'documents' | 'speakers' | 'outlets' | 'topics' | 'removed';
const section = (key: Section) =>
  file(CORPUS, {
    parser: (text) => {
      const entries = (JSON.parse(text) as Record<Section, Record<string, unknown>[]>)[key] ?? [];
      // Removed lines have no id of their own: their place in the export is one.
      return key === 'removed' ? entries.map((entry, at) => ({ ...entry, id: `removed-${at}` })) : entries;
    },
  });

export const collections = {
  documents: defineCollection({ loader: section('documents'), schema: documentSchema }),
  speakers: defineCollection({ loader: section('speakers'), schema: speakerSchema }),
  outlets: defineCollection({ loader: section('outlets'), schema: outletSchema }),
  topicRecords: defineCollection({ loader: section('topics'), schema: topicSchema }),
  removed: defineCollection({ loader: section('removed'), schema: removedSchema }),
  topics: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './data/topics' }),
    schema: topicFrontmatterSchema,
  }),
  editorial: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './data/editorial' }),
    schema: editorialFrontmatterSchema,
  }),
};
