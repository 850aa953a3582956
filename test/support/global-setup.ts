/**
 * Runs once before every test file: builds the site (as `npm run build` does
 * for a user) and serves dist/ for the browser tests. PARLEY_SKIP_BUILD=1
 * reuses an existing dist/ while working on tests.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  if (!process.env.PARLEY_SKIP_BUILD) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const { url, server } = await serveStatic(resolve(ROOT, 'dist'));
  project.provide('siteUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
