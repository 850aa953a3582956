/**
 * Reading what the matchers need from disk: the variant groups (data/variants.yaml, the speaker and
 * topic registries) and a corpus JSON file. For the eval script and the tests; the matchers themselves
 * take plain values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { loadRegistry } from '../corpus/load.ts';
import type { Corpus } from '../corpus/schema.ts';
import type { VariantGroups } from './text.ts';
import { allVariantGroups } from './variants.ts';

const variantsFileSchema = z.array(z.array(z.string().min(1)).min(2));

export function readVariantsFile(path: string): string[][] {
  return variantsFileSchema.parse(parseYaml(readFileSync(path, 'utf8')) ?? []);
}

export async function loadEchoVariants(dataDirectory: string): Promise<VariantGroups> {
  const registry = await loadRegistry(dataDirectory);
  return allVariantGroups({
    curated: readVariantsFile(join(dataDirectory, 'variants.yaml')),
    speakers: registry.speakers,
    topics: registry.topics,
  });
}

/** The documents of a corpus file (dist/data/corpus.json or a snapshot of it); only `documents` is read. */
export function readCorpusDocuments(path: string): Pick<Corpus, 'documents'> {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Corpus>;
  if (!Array.isArray(parsed.documents)) throw new Error(`${path}: no "documents" array`);
  return { documents: parsed.documents };
}
