/**
 * Writes the date order (./date-order.ts) into the index's bundle once Pagefind has written it.
 * A search result's `id` is the name of the page's fragment (`fragment/<id>.pf_fragment`, or its
 * key in a fragment group when fragments are bundled), and the fragment holds the page's address:
 * so the fragments say which id is which document. A few files are read at a time, and of each
 * only its opening, where its address stands.
 */
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { constants, gunzip } from 'node:zlib';
import type { DocumentSummary } from '../corpus/schema.ts';
import { datedKey } from '../site/dates.ts';
import { DATE_ORDER_FILE, dateOrderOf, type DatedPage } from './date-order.ts';

const inflate = promisify(gunzip);
/** What a fragment's JSON follows, once decompressed (Pagefind's runtime checks the same). */
const SIGNATURE = 'pagefind_dcd';
const FRAGMENT = /^(.+)\.pf_fragment$/u;
/**
 * A page's fragment opens with its address (`{"url":"/interviews/…/",`), so its first kilobyte
 * says it: reading, decompressing and parsing whole fragments, every passage's text, took 9–11 s
 * at ten thousand documents (1.5–2 s this way). Any other opening (a group of fragments) is read
 * whole.
 */
const HEAD_BYTES = 1024;
const OPENING_URL = /^\{"url":("(?:[^"\\]|\\.)*")/u;

export interface IndexedPage {
  id: string;
  url: string;
}

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** A fragment file's JSON, decompressed: the whole of it, or (`part`) as much as its opening bytes hold. */
async function fragmentText(path: string, raw: Buffer, part: boolean): Promise<string> {
  const signed = (data: Buffer) => data.subarray(0, SIGNATURE.length).toString() === SIGNATURE;
  let data = raw;
  // Cut short, the stream gives what it holds so far instead of an error for its missing end.
  if (!signed(raw)) data = await inflate(raw, part ? { finishFlush: constants.Z_SYNC_FLUSH } : {});
  if (!signed(data)) throw new Error(`${path}: not a Pagefind fragment`);
  return data.subarray(SIGNATURE.length).toString('utf8');
}

/** The pages a fragment file holds: one, or (bundled by Pagefind's maxFragments) several, each under its result id. */
async function pagesOf(folder: string, name: string): Promise<IndexedPage[]> {
  const stem = FRAGMENT.exec(name)?.[1];
  if (!stem) return [];
  const path = join(folder, name);
  const opening = OPENING_URL.exec(await fragmentText(path, await readHead(path), true))?.[1];
  if (opening) return [{ id: stem, url: JSON.parse(opening) as string }];
  const fragment = JSON.parse(await fragmentText(path, await readFile(path), false)) as { url?: unknown };
  if (typeof fragment.url === 'string') return [{ id: stem, url: fragment.url }];
  return Object.entries(fragment as Record<string, { url: string }>).map(([id, page]) => ({ id, url: page.url }));
}

/** Files read at once: each is a few small reads, which one at a time spend most of their time waiting. */
const AT_ONCE = 32;

/** Every page of the index in the bundle: its result id and its address. */
export async function* indexedPages(bundle: string): AsyncGenerator<IndexedPage> {
  const folder = join(bundle, 'fragment');
  const names = (await readdir(folder)).sort();
  for (let at = 0; at < names.length; at += AT_ONCE) {
    const read = await Promise.all(names.slice(at, at + AT_ONCE).map((name) => pagesOf(folder, name)));
    for (const pages of read) yield* pages;
  }
}

/**
 * Writes the date order of the documents' pages in the bundle. `documents` in the corpus's order
 * (the order of a day's documents); `urlOf` gives a document page's address as the index holds it.
 * A page of the index that is no document's means the addresses no longer match: an error, not a
 * date order that silently leaves documents out.
 */
export async function writeDateOrder(
  bundle: string,
  documents: readonly Pick<DocumentSummary, 'id' | 'date'>[],
  urlOf: (document: string) => string,
): Promise<{ dated: number; undated: number }> {
  const place = new Map(documents.map((document, at) => [urlOf(document.id), { at, day: datedKey(document.date) }]));
  const pages: (DatedPage & { at: number })[] = [];
  for await (const page of indexedPages(bundle)) {
    const document = place.get(page.url);
    if (!document) throw new Error(`the index holds ${page.url}, which is no document's page`);
    pages.push({ id: page.id, day: document.day, at: document.at });
  }
  const order = dateOrderOf(pages.sort((a, b) => a.at - b.at));
  await writeFile(join(bundle, DATE_ORDER_FILE), JSON.stringify(order));
  return { dated: order.dated.length, undated: order.undated.length };
}
