/**
 * Serves a built site from disk the way a static host does (directory index,
 * 404 page, Parley's security headers), on a free local port.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { SECURITY_HEADERS } from '../../src/lib/site/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(root, safe), join(root, safe, 'index.html')]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * `headers: false` serves without Parley's security headers (the benchmark's bare baseline site);
 * `base: '/archive/'` serves the site under that path, as a host that keeps it in a folder does.
 */
export async function serveStatic(
  root: string,
  options: { headers?: boolean; base?: string } = {},
): Promise<{ url: string; server: Server }> {
  const base = options.base ?? '/';
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = pathname.startsWith(base) ? await resolveFile(root, `/${pathname.slice(base.length)}`) : null;
    const path = file ?? join(root, '404.html');
    const body = await readFile(path).catch(() => Buffer.from('Not found'));
    response.writeHead(file ? 200 : 404, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      ...(options.headers === false ? {} : SECURITY_HEADERS),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}
