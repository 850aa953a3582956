/**
 * Reads the seeds and the curated data from disk and validates each file
 * against its schema. The only pipeline module that touches the file system.
 */
import { readFileSync } from 'node:fs';
import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { LineCounter, parse as parseYaml, parseDocument } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { z } from 'zod';
import {
  boilerplateEntrySchema,
  correctionsFileSchema,
  outletEntrySchema,
  placesFileSchema,
  rolesFileSchema,
  sourcesManifestSchema,
  speakerEntrySchema,
  topicFrontmatterSchema,
  type SourceEntry,
} from './registry-schema.ts';
import { CorpusError } from './errors.ts';
import type { PipelineInput } from './pipeline.ts';
import type { Registry, TopicEntry } from './registry.ts';

export interface ProjectPaths {
  seeds: string;
  data: string;
}

/** A seed the pipeline did not read, and why. */
export interface SkippedSeed {
  file: string;
  reason: string;
}

/**
 * The transcripts in the seeds folder: regular `.txt` files, or links to one inside the folder.
 * Anything else named `.txt` (a folder, a device, a link that leads out of the folder or nowhere)
 * is skipped and said so, never read: a link to /etc/passwd must not become a document, and a
 * named pipe would wait for ever.
 */
export async function listSeeds(dir: string): Promise<{ files: string[]; skipped: SkippedSeed[] }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new CorpusError(dir, null, 'the seeds folder cannot be read: give an existing folder of .txt transcripts');
  }
  const root = await realpath(dir);
  const files: string[] = [];
  const skipped: SkippedSeed[] = [];
  for (const name of names.filter((entry) => entry.endsWith('.txt')).sort()) {
    const path = join(dir, name);
    const entry = await lstat(path);
    if (entry.isFile()) {
      files.push(name);
      continue;
    }
    if (!entry.isSymbolicLink()) {
      skipped.push({ file: name, reason: entry.isDirectory() ? 'a folder, not a file' : 'not a regular file' });
      continue;
    }
    const target = await realpath(path).catch(() => null);
    const inside = target !== null && !relative(root, target).startsWith(`..${sep}`) && relative(root, target) !== '..';
    const isFile = target !== null && (await stat(target)).isFile();
    if (inside && isFile) files.push(name);
    else
      skipped.push({
        file: name,
        reason:
          target === null
            ? 'a link that leads nowhere'
            : inside
              ? 'a link to something that is not a file'
              : 'a link that leads out of the seeds folder',
      });
  }
  return { files, skipped };
}

export async function readSeed(dir: string, file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(dir, file)));
}

export function readSeedSync(dir: string, file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(dir, file)));
}

export async function loadSettings(paths: ProjectPaths, options: { corrections: boolean }) {
  const manifest = await loadYaml(join(paths.seeds, 'sources.yaml'), sourcesManifestSchema, {});
  const corrections = options.corrections
    ? await loadYaml(join(paths.seeds, 'corrections.yaml'), correctionsFileSchema, [])
    : [];
  const registry = await loadRegistry(paths.data);
  await checkPublishers(join(paths.seeds, 'sources.yaml'), manifest, registry);
  return { manifest, corrections, registry };
}

/** A file's publisher must be an outlet of the registry: the page links to it. */
async function checkPublishers(path: string, manifest: Record<string, SourceEntry>, registry: Registry): Promise<void> {
  const outlets = new Set(registry.outlets.map((outlet) => outlet.id));
  for (const [file, entry] of Object.entries(manifest)) {
    if (entry.publisher === null || outlets.has(entry.publisher)) continue;
    const text = await readFile(path, 'utf8');
    throw new CorpusError(
      path,
      lineOf(text, [file, 'publisher']),
      `${file}: the publisher “${entry.publisher}” is not an outlet in data/outlets.yaml; add it there, or write null`,
    );
  }
}

export async function loadInput(paths: ProjectPaths, options: { corrections: boolean }): Promise<PipelineInput> {
  const { files } = await listSeeds(paths.seeds);
  const seeds = await Promise.all(files.map(async (file) => ({ file, bytes: await readSeed(paths.seeds, file) })));
  return { seeds, ...(await loadSettings(paths, options)) };
}

/** The curated registries (data/), each checked against its schema and the others against each other. */
export async function loadRegistry(dataDir: string): Promise<Registry> {
  const required = async <T>(name: string, schema: z.ZodType<T>): Promise<T> => {
    const path = join(dataDir, name);
    const loaded = await loadYaml<T | null>(path, schema, null);
    if (loaded === null) {
      throw new CorpusError(
        path,
        null,
        `is missing or empty; every build needs it (the README's "Curated data" says what it holds)`,
      );
    }
    return loaded;
  };
  const outlets = await required('outlets.yaml', outletEntrySchema.array());
  const speakers = await required('speakers.yaml', speakerEntrySchema.array());
  await uniqueIds(join(dataDir, 'outlets.yaml'), outlets);
  await uniqueIds(join(dataDir, 'speakers.yaml'), speakers);
  return {
    outlets,
    speakers,
    boilerplate: await required('boilerplate.yaml', boilerplateEntrySchema.array()),
    topics: await loadTopics(join(dataDir, 'topics')),
    roles: await required('roles.yaml', rolesFileSchema),
    places: await loadYaml(join(dataDir, 'places.yaml'), placesFileSchema, []),
  };
}

/** Two entries of one id would be one page showing either's name: the second is an error at its line. */
async function uniqueIds(path: string, entries: readonly { id: string }[]): Promise<void> {
  const seen = new Map<string, number>();
  for (const [at, entry] of entries.entries()) {
    const first = seen.get(entry.id);
    if (first !== undefined) {
      const text = await readFile(path, 'utf8');
      throw new CorpusError(
        path,
        lineOf(text, [at]),
        `a second entry with the id “${entry.id}” (the first is at line ${lineOf(text, [first]) ?? '?'}); give each outlet or speaker one entry, with every spelling in its aliases`,
      );
    }
    seen.set(entry.id, at);
  }
}

/** The line where the YAML node at `path` (["3", "text"]) begins. */
export function lineOf(text: string, path: readonly (string | number)[]): number | null {
  try {
    const counter = new LineCounter();
    const document = parseDocument(text, { lineCounter: counter });
    let node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
    // A missing key (a field left out) is reported at its entry.
    for (let depth = path.length - 1; !node?.range && depth >= 0; depth--) {
      node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    }
    return node?.range ? counter.linePos(node.range[0]).line : null;
  } catch {
    return null;
  }
}

async function loadTopics(dir: string): Promise<TopicEntry[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const source = await readFile(path, 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(source);
      if (!match) throw new CorpusError(path, 1, 'a topic file starts with YAML front matter between --- lines');
      const frontmatter = validate(path, parseYamlAt(path, match[1] ?? ''), topicFrontmatterSchema);
      return { id: basename(name, '.mdx'), ...frontmatter, description: plainText(match[2] ?? '') };
    }),
  );
}

/** The MDX description as plain text, for the JSON export. */
export function plainText(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown);
  const paragraphs: string[] = [];
  for (const node of tree.children) paragraphs.push(textOf(node));
  return paragraphs.filter(Boolean).join('\n\n');
}

function textOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const value = (node as { value?: unknown }).value;
  if (typeof value === 'string') return value;
  const children = (node as { children?: unknown[] }).children;
  return Array.isArray(children) ? children.map(textOf).join('') : '';
}

async function loadYaml<T>(path: string, schema: z.ZodType<T> | null, fallback: T): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return fallback;
  }
  const data = parseYamlAt(path, text);
  if (data === null || data === undefined) return fallback;
  return schema ? validate(path, data, schema, text) : (data as T);
}

function parseYamlAt(path: string, text: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
    throw new CorpusError(path, line, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function validate<T>(path: string, data: unknown, schema: z.ZodType<T>, text?: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  const line = text && issue ? lineOf(text, issue.path as (string | number)[]) : null;
  throw new CorpusError(path, line, `does not match its schema${where}: ${issue?.message ?? 'invalid'}`);
}
