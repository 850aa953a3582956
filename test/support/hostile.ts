/**
 * The hostile corpus: seeds that try to smuggle markup, script and Markdown
 * into the site, or that stress the reader (a 2 MB line, a byte-order mark and
 * CRLF, a label-looking sentence inside an answer). The text files are in
 * test/fixtures/hostile/; the ones no editor should hold are written here.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/hostile');

export const LONG_LINE_BYTES = 2 * 1024 * 1024;

/**
 * `before` is the corpus as first published: the Sky News answer reads "line by line" and the
 * France 24 interview is dated 4 October. `after` corrects the one and re-dates the other, so
 * the site must keep answering for the passage id and the document id that vanished.
 */
export function writeHostileSeeds(dir: string, edition: 'before' | 'after' = 'after'): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(dir, name));

  const sentence = 'the ceasefire must hold and our lands must be returned under international law ';
  const long = sentence.repeat(Math.ceil(LONG_LINE_BYTES / sentence.length)).trim();
  writeFileSync(
    join(dir, '102_long_line.txt'),
    `Ilham Aliyev was interviewed by CNN-Turk TV\n\nOn October 6, President Ilham Aliyev was interviewed by CNN-Turk TV.\n\nHost: What is your answer?\n\nPresident Ilham Aliyev: ${long}\n`,
  );
  const crlf = [
    'Ilham Aliyev was interviewed by Sky News TV channel',
    '',
    'On October 7, President Ilham Aliyev was interviewed by Sky News TV channel.',
    '',
    'Host: Is this file read the same with a byte-order mark and CRLF?',
    '',
    `President Ilham Aliyev: It is, line ${edition === 'before' ? 'by' : 'for'} line.`,
    '',
  ].join('\r\n');
  writeFileSync(join(dir, '103_bom_crlf.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]));
  if (edition === 'before') {
    const file = join(dir, '104_label_in_answer.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('On October 5,', 'On October 4,'));
  }
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  writeFileSync(
    join(dir, 'sources.yaml'),
    files.map((file) => `${file}: { publisher: null, year: 2020, address: null }\n`).join(''),
  );
}
