/**
 * Bad input stops `npm run corpus` with one clear line per problem, naming the
 * file and line, and a non-zero exit; never a stack trace, never a shorter corpus.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');

function corpusRun(prepare: (seeds: string) => void, args: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  const seeds = join(dir, 'seeds');
  cpSync(SEEDS, seeds, { recursive: true });
  prepare(seeds);
  const data = join(dir, 'data');
  const result = spawnSync(process.execPath, ['scripts/corpus.ts', '--seeds', seeds, '--out', data, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { ...result, out: join(data, 'corpus.json'), wrote: existsSync(data) };
}

function expectCleanFailure(result: ReturnType<typeof corpusRun>, message: RegExp) {
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(result.wrote).toBe(false);
}

describe('npm run corpus on bad input', () => {
  it('rejects an empty seed, naming it', () => {
    expectCleanFailure(
      corpusRun((seeds) => writeFileSync(join(seeds, '900_empty.txt'), '')),
      /900_empty\.txt: the file is empty/,
    );
  });

  it('says in one line, with no stack trace, that an --out which is a file cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const result = spawnSync(process.execPath, ['scripts/corpus.ts', '--seeds', SEEDS, '--out', file, '--quiet'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot write .*not-a-folder/);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('rejects a binary seed at the line of its NUL byte', () => {
    expectCleanFailure(
      corpusRun((seeds) => writeFileSync(join(seeds, '901_binary.txt'), Buffer.from([0x48, 0x69, 0x0a, 0x00, 0xff]))),
      /901_binary\.txt:2: .*NUL byte/,
    );
  });

  it('rejects invalid UTF-8 at its line', () => {
    expectCleanFailure(
      corpusRun((seeds) =>
        writeFileSync(join(seeds, '902_latin1.txt'), Buffer.from('Title\n\nHost: Caf\xe9?\n', 'latin1')),
      ),
      /902_latin1\.txt:3: the file is not valid UTF-8/,
    );
  });

  it('rejects a file with nothing but registered boilerplate', () => {
    expectCleanFailure(
      corpusRun((seeds) => writeFileSync(join(seeds, '903_clutter.txt'), 'Connect with us\n\nShare this article:\n')),
      /903_clutter\.txt: no transcript text found/,
    );
  });

  it('rejects a duplicate document id, naming both places', () => {
    const copy = readFileSync(join(SEEDS, '001_2143d4e045405792.txt'), 'utf8');
    expectCleanFailure(
      corpusRun((seeds) => writeFileSync(join(seeds, '904_copy.txt'), copy)),
      /904_copy\.txt:1: duplicate document id “2023-05-25-meeting-putin-aliyev” \(also at 001_2143d4e045405792\.txt:1\)/,
    );
  });

  it('accepts the two documents once a reviewed correction gives one its own id', () => {
    const copy = readFileSync(join(SEEDS, '001_2143d4e045405792.txt'), 'utf8');
    const result = corpusRun((seeds) => {
      writeFileSync(join(seeds, '904_copy.txt'), copy);
      writeFileSync(
        join(seeds, 'corrections.yaml'),
        `${readFileSync(join(SEEDS, 'corrections.yaml'), 'utf8')}\n- { set: id, file: 904_copy.txt, line: 1, expect: "President Aliyev recalls", value: 2023-05-25-meeting-putin-aliyev-copy, reason: test }\n`,
      );
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const ids = (JSON.parse(readFileSync(result.out, 'utf8')) as { documents: { id: string }[] }).documents.map(
      (document) => document.id,
    );
    expect(ids).toEqual(
      expect.arrayContaining(['2023-05-25-meeting-putin-aliyev', '2023-05-25-meeting-putin-aliyev-copy']),
    );
  });

  it('rejects a correction whose line does not hold what it claims', () => {
    const result = corpusRun((seeds) =>
      writeFileSync(
        join(seeds, 'corrections.yaml'),
        '- { set: speaker, file: 002_7e6423926252e8bc.txt, line: 11, expect: "Nothing like this", speaker: ilham-aliyev, reason: test }\n',
      ),
    );
    expectCleanFailure(
      result,
      /seeds\/corrections\.yaml: entry 1 \(002_7e6423926252e8bc\.txt:11\): .* does not hold “Nothing like this”/,
    );
  });

  it('accepts CRLF line endings and a BOM with the same records as the original', () => {
    const original = corpusRun(() => {});
    const converted = corpusRun((seeds) => {
      const file = join(seeds, '001_2143d4e045405792.txt');
      const text = readFileSync(file, 'utf8').replace(/\n/g, '\r\n');
      writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    });
    expect(converted.status).toBe(0);
    const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
    expect(read(converted.out).documents).toEqual(read(original.out).documents);
  });

  it('shows what the rules alone decide with --no-corrections', () => {
    const result = corpusRun(() => {}, ['--no-corrections']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/low-confidence speaker decisions: \d+/);
    expect(result.stdout).not.toMatch(/correction \d/);
  });
});
