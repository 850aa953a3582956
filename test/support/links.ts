/** Every internal link and #fragment in a built site, checked against the files and ids it holds. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

/** Every file under a folder, at any depth, whose name ends with `ending`. */
export function filesUnder(dir: string, ending = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ending);
    return name.endsWith(ending) ? [path] : [];
  });
}

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** `base`: the path the site is served under ("/archive/"); every link must stay inside it. */
export function checkLinks(dist: string, base = '/'): { pages: number; links: number; broken: BrokenLink[] } {
  const files = filesUnder(dist, '.html');
  const ids = new Map<string, Set<string>>();
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1]!))));
  }
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of files) {
    const page = `${base}${relative(dist, file)}`.replace(/index\.html$/, '');
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/<a\s[^>]*href="([^"]+)"[^>]*>/g)) {
      const href = decode(match[1]!);
      // A document's first publisher is linked on purpose, and marked so.
      if (/^https?:/i.test(href) && /\srel="[^"]*\bexternal\b/u.test(match[0])) continue;
      if (/^[a-z]+:/i.test(href)) {
        broken.push({ page, href, problem: 'links to another host or scheme' });
        continue;
      }
      links++;
      const [address, fragment] = href.split('#') as [string, string | undefined];
      // A query string is for the page's script: the file is the same.
      const path = address.split('?')[0] as string;
      const absolute = path === '' ? '' : new URL(path, `http://x${page}`).pathname;
      if (absolute && !absolute.startsWith(base)) {
        broken.push({ page, href, problem: `outside the site's base path ${base}` });
        continue;
      }
      const target = path === '' ? file : resolveTarget(dist, `/${absolute.slice(base.length)}`);
      if (!target) {
        broken.push({ page, href, problem: 'no such page or file' });
        continue;
      }
      if (fragment === undefined || fragment === '') continue;
      const targetIds = ids.get(target);
      for (const id of decodeURIComponent(fragment).split('..')) {
        if (!targetIds?.has(id)) broken.push({ page, href, problem: `no element with id “${id}”` });
      }
    }
  }
  return { pages: files.length, links, broken };
}

function resolveTarget(dist: string, absolute: string): string | null {
  const candidates = [join(dist, absolute, 'index.html'), join(dist, absolute)];
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return resolve(candidate);
  }
  return null;
}
