/**
 * Content collections: the pipeline's records (written to public/data/corpus.json
 * by `npm run corpus`, which `npm run build` runs first) and the topic
 * descriptions in MDX. The record schemas are the pipeline's own.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentSchema, outletSchema, speakerSchema, topicSchema } from './lib/corpus/schema.ts';
import { topicFrontmatterSchema } from './lib/corpus/registry-schema.ts';

const CORPUS = 'public/data/corpus.json';
const section = (key: 'documents' | 'speakers' | 'outlets' | 'topics') =>
  file(CORPUS, { parser: (text) => (JSON.parse(text) as Record<string, Record<string, unknown>[]>)[key] ?? [] });

export const collections = {
  documents: defineCollection({ loader: section('documents'), schema: documentSchema }),
  speakers: defineCollection({ loader: section('speakers'), schema: speakerSchema }),
  outlets: defineCollection({ loader: section('outlets'), schema: outletSchema }),
  topicRecords: defineCollection({ loader: section('topics'), schema: topicSchema }),
  topics: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './data/topics' }),
    schema: topicFrontmatterSchema,
  }),
};
