import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { phraseAlternation, Vocative, WORD_CHAR } from '../../src/lib/corpus/text.ts';

/** The one pattern Vocative stands for: a form at the text's start, or after no letter and before a stop. */
function onePattern(forms: readonly string[]): RegExp {
  const alternation = phraseAlternation(forms);
  return new RegExp(
    `(?:^(?:${alternation})(?![${WORD_CHAR}])|(?<![${WORD_CHAR}])(?:${alternation})(?=\\s*(?:[,!?;]|\\.(?:\\s|$)|$)))`,
    'i',
  );
}

const form = fc.constantFrom(
  'Mr. Smith',
  'Mr Smith',
  'John Smith',
  "O'Neil",
  'Jean-Pierre',
  'Straße',
  'sir',
  'Dr. Ünal',
  'ı',
  'Minister',
);
const piece = fc.constantFrom(
  'Mr.',
  'MR',
  'mr',
  'Smith',
  'SMITH',
  'smith',
  'John',
  'jOHN',
  'O’Neil',
  "o'neil",
  'Jean',
  'Pierre',
  'JEANPIERRE',
  'STRASSE',
  'straße',
  'Sir',
  'SIR',
  'Ünal',
  'ünal',
  'Dr.',
  'I',
  'ı',
  'Minister',
  'x',
  'é',
  ' ',
  '  ',
  '-',
  '\n',
  ',',
  '.',
  '?',
  ';',
  ':',
);

describe('Vocative.indexIn', () => {
  test.prop(
    [
      fc.array(form, { minLength: 1, maxLength: 4 }),
      fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join('')),
    ],
    { numRuns: 5000 },
  )('finds where the one pattern of all the forms first matches', (forms, text) => {
    const half = Math.floor(forms.length / 2);
    const vocative = Vocative.of(forms.slice(0, half), forms.slice(half));
    expect(vocative?.indexIn(text)).toBe(onePattern(forms).exec(text)?.index ?? -1);
  });
});
