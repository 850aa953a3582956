/**
 * The service worker's answers (src/pages/sw.js.ts), run against stand-ins for the browser's
 * fetch and Cache Storage: keeping an offline copy must never cost the reader the page itself.
 */
import { describe, expect, it } from 'vitest';
import { GET } from '../../src/pages/sw.js.ts';

interface FakeCache {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}
interface Setup {
  network: (request: Request) => Promise<Response>;
  cache: FakeCache | 'unavailable';
}

/** Loads the worker's script with the given network and cache, and answers one GET for `path`. */
async function answer(path: string, setup: Setup) {
  const script = await (GET as unknown as () => Response)().text();
  const listeners = new Map<string, (event: unknown) => void>();
  const messages: unknown[] = [];
  const self = {
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    skipWaiting: () => undefined,
    clients: {
      claim: async () => undefined,
      matchAll: async () => [{ postMessage: (m: unknown) => messages.push(m) }],
    },
  };
  const caches = {
    open: async () => {
      if (setup.cache === 'unavailable') throw new DOMException('no storage', 'SecurityError');
      return setup.cache;
    },
  };
  new Function('self', 'caches', 'fetch', 'location', script)(self, caches, setup.network, {
    origin: 'http://localhost',
  });
  const waits: Promise<unknown>[] = [];
  let responded: Promise<Response> | undefined;
  listeners.get('fetch')?.({
    request: new Request(`http://localhost${path}`),
    respondWith: (promise: Promise<Response>) => (responded = promise),
    waitUntil: (promise: Promise<unknown>) => waits.push(promise),
  });
  if (!responded) throw new Error('the worker left the request to the browser');
  const settled: { response: Response | undefined; error: unknown } = await (responded as Promise<Response>).then(
    (response) => ({ response, error: null }),
    (error: unknown) => ({ response: undefined, error }),
  );
  await Promise.all(waits);
  return { ...settled, messages };
}

const emptyCache = (put: FakeCache['put'] = async () => undefined): FakeCache => ({
  match: async () => undefined,
  put,
});
const page = async () => new Response('<p>the transcript</p>', { status: 200 });

describe('the service worker', () => {
  it('gives the page even when keeping a copy fails (a full cache)', async () => {
    const full = emptyCache(async () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const { response, messages } = await answer('/interviews/a/', { network: page, cache: full });
    expect(await response?.text()).toBe('<p>the transcript</p>');
    expect(messages).toEqual([]);
  });

  it('gives the page when the cache cannot even be read', async () => {
    const broken: FakeCache = {
      match: async () => {
        throw new DOMException('storage gone', 'UnknownError');
      },
      put: async () => undefined,
    };
    const { response } = await answer('/pagefind/fragment/en_2.pf_fragment', { network: page, cache: broken });
    expect(await response?.text()).toBe('<p>the transcript</p>');
  });

  it('gives the page when the browser offers no cache at all', async () => {
    const { response } = await answer('/interviews/a/', { network: page, cache: 'unavailable' });
    expect(await response?.text()).toBe('<p>the transcript</p>');
  });

  it('keeps what it fetched, and gives the kept copy when the network fails', async () => {
    const kept = new Map<string, Response>();
    const cache: FakeCache = {
      match: async (request) => kept.get(new URL(request.url).pathname)?.clone(),
      put: async (request, response) => void kept.set(new URL(request.url).pathname, response),
    };
    await answer('/interviews/a/', { network: page, cache });
    expect([...kept.keys()]).toEqual(['/interviews/a/']);
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { response } = await answer('/interviews/a/', { network: offline, cache });
    expect(await response?.text()).toBe('<p>the transcript</p>');
  });

  it('tells the page which file neither the network nor the cache could give', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { response, error, messages } = await answer('/pagefind/fragment/en_1.pf_fragment', {
      network: offline,
      cache: emptyCache(),
    });
    expect(response).toBeUndefined();
    expect(String(error)).toContain('Failed to fetch');
    expect(messages).toEqual([{ missing: '/pagefind/fragment/en_1.pf_fragment' }]);
  });
});
