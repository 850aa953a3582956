/**
 * `npm run lockfile`: after `npm install` on a machine whose registry mirror lacks some
 * platforms' binaries (this project's CI machines lack the macOS and Windows builds of
 * @astrojs/compiler-binding and @pagefind/*), npm leaves those optional packages out of
 * package-lock.json and `npm ci` then refuses the lock file. This adds an entry with its
 * os/cpu for each one, so `npm ci` skips it where it does not apply and fetches it where it does.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  license?: string;
  optionalDependencies?: Record<string, string>;
}

const PLATFORMS: [suffix: string, entry: Pick<LockEntry, 'os' | 'cpu' | 'libc'>][] = [
  ['android-arm64', { os: ['android'], cpu: ['arm64'] }],
  ['darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }],
  ['darwin-x64', { os: ['darwin'], cpu: ['x64'] }],
  ['linux-arm64-gnu', { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] }],
  ['linux-arm64-musl', { os: ['linux'], cpu: ['arm64'], libc: ['musl'] }],
  ['linux-x64-gnu', { os: ['linux'], cpu: ['x64'], libc: ['glibc'] }],
  ['linux-x64-musl', { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
  ['linux-arm64', { os: ['linux'], cpu: ['arm64'] }],
  ['linux-x64', { os: ['linux'], cpu: ['x64'] }],
  ['wasm32-wasi', { cpu: ['wasm32'] }],
  ['win32-arm64-msvc', { os: ['win32'], cpu: ['arm64'] }],
  ['win32-x64-msvc', { os: ['win32'], cpu: ['x64'] }],
  ['freebsd-x64', { os: ['freebsd'], cpu: ['x64'] }],
  ['windows-arm64', { os: ['win32'], cpu: ['arm64'] }],
  ['windows-x64', { os: ['win32'], cpu: ['x64'] }],
];

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const platform = PLATFORMS.find(([suffix]) => name.endsWith(suffix));
    if (!platform) {
      console.error(`lockfile: ${name} is missing and names no platform this script knows; add it to PLATFORMS`);
      process.exitCode = 1;
      continue;
    }
    lock.packages[key] = { version, license: 'MIT', optional: true, ...platform[1] };
    added.push(name);
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(path, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(added.length ? `lockfile: added ${added.join(', ')}` : 'lockfile: nothing missing');
