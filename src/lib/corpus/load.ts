/**
 * Reads the seeds and the curated data from disk and validates each file
 * against its schema. The only pipeline module that touches the file system.
 */
import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
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

export async function loadSettings(paths: ProjectPaths, options: { corrections: boolean }) {
  const manifest = await loadYaml(join(paths.seeds, 'sources.yaml'), sourcesManifestSchema, {});
  const corrections = options.corrections
    ? await loadYaml(join(paths.seeds, 'corrections.yaml'), correctionsFileSchema, [])
    : [];
  return { manifest, corrections, registry: await loadRegistry(paths.data) };
}

export async function loadInput(paths: ProjectPaths, options: { corrections: boolean }): Promise<PipelineInput> {
  const { files } = await listSeeds(paths.seeds);
  const seeds = await Promise.all(files.map(async (file) => ({ file, bytes: await readSeed(paths.seeds, file) })));
  return { seeds, ...(await loadSettings(paths, options)) };
}

export async function loadRegistry(dataDir: string): Promise<Registry> {
  const noRoles = { asks: [], answers: [], moderates: [], honorifics: [], titles: [], notSpeakers: [], notNames: [] };
  return {
    outlets: await loadYaml(join(dataDir, 'outlets.yaml'), outletEntrySchema.array(), []),
    speakers: await loadYaml(join(dataDir, 'speakers.yaml'), speakerEntrySchema.array(), []),
    boilerplate: await loadYaml(join(dataDir, 'boilerplate.yaml'), boilerplateEntrySchema.array(), []),
    topics: await loadTopics(join(dataDir, 'topics')),
    roles: await loadYaml(join(dataDir, 'roles.yaml'), rolesFileSchema, noRoles),
    places: await loadYaml(join(dataDir, 'places.yaml'), placesFileSchema, []),
  };
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
  return schema ? validate(path, data, schema) : (data as T);
}

function parseYamlAt(path: string, text: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
    throw new CorpusError(path, line, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function validate<T>(path: string, data: unknown, schema: z.ZodType<T>): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new CorpusError(path, null, `does not match its schema${where}: ${issue?.message ?? 'invalid'}`);
}
