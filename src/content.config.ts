/**
 * Content collections: the corpus records, written by one run of the pipeline per build
 * (src/loaders/corpus.ts), and the curated MDX (topic descriptions, editorial pages). The record
 * schemas are the pipeline's own.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { corpusLoader } from './loaders/corpus.ts';
import {
  buildInfoSchema,
  documentSummarySchema,
  outletSchema,
  speakerSchema,
  topicSummarySchema,
} from './lib/corpus/schema.ts';
import { editorialFrontmatterSchema, topicFrontmatterSchema } from './lib/corpus/registry-schema.ts';

export const collections = {
  documents: defineCollection({
    loader: corpusLoader((corpus) => corpus.documents.map((document) => ({ id: document.id, data: document }))),
    schema: documentSummarySchema,
  }),
  speakers: defineCollection({
    loader: corpusLoader((corpus) => corpus.speakers.map((speaker) => ({ id: speaker.id, data: speaker }))),
    schema: speakerSchema,
  }),
  outlets: defineCollection({
    loader: corpusLoader((corpus) => corpus.outlets.map((outlet) => ({ id: outlet.id, data: outlet }))),
    schema: outletSchema,
  }),
  topicRecords: defineCollection({
    loader: corpusLoader((corpus) => corpus.topics.map((topic) => ({ id: topic.id, data: topic }))),
    schema: topicSummarySchema,
  }),
  build: defineCollection({
    loader: corpusLoader(({ lists, moves, removed, skipped, report, passages, renames }) => [
      { id: 'build', data: { lists, moves, removed, skipped, report, passages, renames } },
    ]),
    schema: buildInfoSchema,
  }),
  topics: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './data/topics' }),
    schema: topicFrontmatterSchema,
  }),
  editorial: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './data/editorial' }),
    schema: editorialFrontmatterSchema,
  }),
};
