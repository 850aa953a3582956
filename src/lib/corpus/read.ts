/**
 * Step 1, read: bytes to numbered lines. Accepts UTF-8 with or without a BOM,
 * UTF-16 with its BOM (as Windows tools save "Unicode" text), and any line
 * ending; rejects empty, binary and invalid files with the line where the
 * problem starts.
 */
import { CorpusError } from './errors.ts';

export interface SourceFile {
  /** File name relative to the seeds folder, as shown in errors and exports. */
  file: string;
  /** Line 1 is `lines[0]`; line endings removed. */
  lines: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function readSource(file: string, bytes: Uint8Array): SourceFile {
  if (bytes.length === 0) throw new CorpusError(file, null, 'the file is empty');
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return linesOf(file, decodeUtf16(file, bytes, utf16));
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new CorpusError(file, lineOfOffset(bytes, nul), 'the file holds a NUL byte: it looks binary, not text');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new CorpusError(
      file,
      firstInvalidUtf8Line(bytes),
      'the file is not valid UTF-8; save it as UTF-8 (the editor\'s "Save as… Encoding" menu)',
    );
  }
  return linesOf(file, text);
}

function linesOf(file: string, text: string): SourceFile {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  if (lines.every((line) => line.trim() === '')) throw new CorpusError(file, null, 'the file holds only blank lines');
  return { file, lines };
}

function decodeUtf16(file: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CorpusError(
      file,
      null,
      `the file starts as ${encoding.toUpperCase()} text but is not valid ${encoding.toUpperCase()}; save it as UTF-8`,
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const line = text.slice(0, nul).split(/\r\n|\r|\n/).length;
    throw new CorpusError(file, line, 'the file holds a NUL character: it looks binary, not text');
  }
  return text;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      utf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line++;
  }
  return line;
}
