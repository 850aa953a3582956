/**
 * Runs once before every test file. Builds, in order: the hostile corpus
 * (dist-hostile/, published once and then corrected), the real corpus a first time (dist-repro/, for the
 * reproducibility gate) and the real corpus again (dist/), the way a user's
 * `npm run build` does; then serves dist/ and dist-hostile/ for the browser
 * tests. PARLEY_SKIP_BUILD=1 reuses the existing builds while working on tests.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/support/static-server.ts';
import { writeHostileSeeds } from './hostile.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    hostileUrl: string;
    /** The seed site built for https://example.org/archive/ and served under /archive/. */
    archiveUrl: string;
  }
}

/** The public address and base path the published-copy build is made for (test/published.test.ts). */
export const ARCHIVE = { site: 'https://example.org', base: '/archive/' };

const ROOT = resolve(import.meta.dirname, '../..');
const HOSTILE_SEEDS = resolve(ROOT, '.parley/hostile-seeds');
const HOSTILE_RECORD = resolve(ROOT, '.parley/hostile-published-ids.json');

function script(name: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [name, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) throw new Error(`${name} ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
}
const build = (args: string[], env: NodeJS.ProcessEnv = {}) => script('scripts/build.ts', args, env);

export default async function setup(project: TestProject) {
  if (!process.env.PARLEY_SKIP_BUILD) {
    // The hostile corpus is published once, then corrected: its build must keep the old links.
    rmSync(HOSTILE_RECORD, { force: true });
    writeHostileSeeds(HOSTILE_SEEDS, 'before');
    script('scripts/record-ids.ts', ['--seeds', HOSTILE_SEEDS, '--record', HOSTILE_RECORD]);
    writeHostileSeeds(HOSTILE_SEEDS, 'after');
    build(['--seeds', HOSTILE_SEEDS, '--out', 'dist-hostile', '--record', HOSTILE_RECORD]);
    build(['--out', 'dist-repro']);
    build(['--out', 'dist-archive'], { PARLEY_SITE: ARCHIVE.site, PARLEY_BASE: ARCHIVE.base });
    build([]);
  }
  const site = await serveStatic(resolve(ROOT, 'dist'));
  const hostile = await serveStatic(resolve(ROOT, 'dist-hostile'));
  const archive = await serveStatic(resolve(ROOT, 'dist-archive'), { base: ARCHIVE.base });
  project.provide('siteUrl', site.url);
  project.provide('hostileUrl', hostile.url);
  project.provide('archiveUrl', archive.url);
  return async () => {
    for (const served of [site, hostile, archive]) await new Promise((done) => served.server.close(done));
  };
}
