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
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const HOSTILE_SEEDS = resolve(ROOT, '.parley/hostile-seeds');
const HOSTILE_RECORD = resolve(ROOT, '.parley/hostile-published-ids.json');

function script(name: string, args: string[]) {
  const run = spawnSync(process.execPath, [name, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${name} ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
}
const build = (args: string[]) => script('scripts/build.ts', args);

export default async function setup(project: TestProject) {
  if (!process.env.PARLEY_SKIP_BUILD) {
    // The hostile corpus is published once, then corrected: its build must keep the old links.
    rmSync(HOSTILE_RECORD, { force: true });
    writeHostileSeeds(HOSTILE_SEEDS, 'before');
    script('scripts/record-ids.ts', ['--seeds', HOSTILE_SEEDS, '--record', HOSTILE_RECORD]);
    writeHostileSeeds(HOSTILE_SEEDS, 'after');
    build(['--seeds', HOSTILE_SEEDS, '--out', 'dist-hostile', '--record', HOSTILE_RECORD]);
    build(['--out', 'dist-repro']);
    build([]);
  }
  const site = await serveStatic(resolve(ROOT, 'dist'));
  const hostile = await serveStatic(resolve(ROOT, 'dist-hostile'));
  project.provide('siteUrl', site.url);
  project.provide('hostileUrl', hostile.url);
  return async () => {
    await new Promise((done) => site.server.close(done));
    await new Promise((done) => hostile.server.close(done));
  };
}
