import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/lib/corpus/read.ts';
import { CorpusError } from '../../src/lib/corpus/errors.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

function errorOf(action: () => unknown): CorpusError {
  try {
    action();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected a CorpusError');
}

describe('read', () => {
  it('numbers lines from 1 and accepts CRLF and lone CR endings', () => {
    expect(readSource('a.txt', bytes('Host: Hello.\r\n\r\nGuest: Hi.\rBye.\n')).lines).toEqual([
      'Host: Hello.',
      '',
      'Guest: Hi.',
      'Bye.',
    ]);
  });

  it('drops a byte order mark so the first line reads as printed', () => {
    const source = readSource('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Title line\n')]));
    expect(source.lines[0]).toBe('Title line');
  });

  it('rejects an empty file, naming it', () => {
    expect(errorOf(() => readSource('empty.txt', new Uint8Array())).message).toBe('empty.txt: the file is empty');
    expect(errorOf(() => readSource('blank.txt', bytes('\n \n'))).message).toBe(
      'blank.txt: the file holds only blank lines',
    );
  });

  it('rejects binary input at the line of its first NUL byte', () => {
    const error = errorOf(() => readSource('bin.txt', new Uint8Array([...bytes('one\ntwo\n'), 0, 1, 2])));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^bin\.txt:3: .*NUL byte/);
  });

  it('rejects invalid UTF-8 at the line where it starts', () => {
    const error = errorOf(() =>
      readSource('latin1.txt', new Uint8Array([...bytes('fine\nalso fine\n'), 0x63, 0x61, 0x66, 0xe9, 0x0a])),
    );
    expect(error.message).toBe(
      'latin1.txt:3: the file is not valid UTF-8; save it as UTF-8 (the editor\'s "Save as… Encoding" menu)',
    );
  });
});
