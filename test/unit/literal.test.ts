import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { afterWord, literalMatch, matchesBetween, wordsBefore } from '../../src/lib/corpus/literal.ts';
import { escapeRegExp } from '../../src/lib/corpus/text.ts';

// Pieces that make the patterns' edges: capitals and not, marks, an astral capital, spaces of each
// kind, the punctuation a word or an index may hold, and the words asked for inside longer words.
const piece = fc.constantFrom(
  'A',
  'b',
  'Kim',
  'KIM',
  'Kimberly',
  'Hye-won',
  'Lee',
  'LEE',
  'Lee,',
  'É',
  'é',
  '\u0301',
  '𝐀',
  '𝐚',
  'Mr',
  'Dr.',
  ' ',
  '  ',
  '\n',
  '\t',
  '\r',
  '\u00a0',
  '.',
  '-',
  "'",
  '’',
  ',',
  '(',
);
const texts = fc.array(
  fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join('')),
  { minLength: 1, maxLength: 3 },
);
const word = fc.constantFrom('Kim', 'KIM', 'Lee', 'LEE', 'A', 'É', '𝐀');

/** The one pattern's matches, as afterWord and wordsBefore give them. */
function oneAt(all: string[], source: string, flags: string) {
  const pattern = new RegExp(source, flags);
  return all.flatMap((text) => [...text.matchAll(pattern)].map(literalMatch));
}

describe('matches around a word, without a pattern per word', () => {
  test.prop([texts, word], { numRuns: 3000 })('up to three capitalised words before it', (all, name) => {
    const spelt = escapeRegExp(name);
    expect(wordsBefore(all, name, /\p{Lu}[\p{L}\p{M}'’.-]*[^\S\n\t]+/uy, /(?![\p{L}\p{M}])/uy)).toEqual(
      oneAt(all, `((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*[^\\S\\n\\t]+){1,3})${spelt}(?![\\p{L}\\p{M}])`, 'gu'),
    );
    expect(
      wordsBefore(all, name, /\p{Lu}[\p{Lu}\p{M}'’.-]*[^\S\n\t]+/uy, /(?![\p{L}\p{M}])(?=\s*(?:[,(]|$))/uy),
    ).toEqual(
      oneAt(
        all,
        `((?:\\p{Lu}[\\p{Lu}\\p{M}'’.-]*[^\\S\\n\\t]+){1,3})${spelt}(?![\\p{L}\\p{M}])(?=\\s*(?:[,(]|$))`,
        'gu',
      ),
    );
    expect(
      wordsBefore(
        all,
        name,
        /\p{Lu}[\p{L}\p{M}'’.-]*[^\S\n\t]+/uy,
        /[^\S\n\t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?=[^\S\n]*[,(])/uy,
      ),
    ).toEqual(
      oneAt(
        all,
        `((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*[^\\S\\n\\t]+){1,3})${spelt}[^\\S\\n\\t]+(\\p{Lu}[\\p{Ll}\\p{M}'’-]+)(?=[^\\S\\n]*[,(])`,
        'gu',
      ),
    );
  });

  test.prop([texts, word], { numRuns: 3000 })('a lookbehind, the word and what follows it', (all, name) => {
    const spelt = escapeRegExp(name);
    expect(afterWord(all, name, /(?<![\p{L}])/uy, /[^\S\n]+(\p{Lu}\p{Ll}+-\p{Ll}+)(?![\p{L}\p{M}])/uy)).toEqual(
      oneAt(all, `(?<![\\p{L}])${spelt}[^\\S\\n]+(\\p{Lu}\\p{Ll}+-\\p{Ll}+)(?![\\p{L}\\p{M}])`, 'gu'),
    );
    expect(
      afterWord(
        all,
        name,
        /(?<![\p{L}\p{M}])/uy,
        /,[^\S\n]+((?:[\p{L}.]+[^\S\n]+){0,3}?)(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?=,|\s*$)/muy,
      ),
    ).toEqual(
      oneAt(
        all,
        `(?<![\\p{L}\\p{M}])${spelt},[^\\S\\n]+((?:[\\p{L}.]+[^\\S\\n]+){0,3}?)(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*)(?=,|\\s*$)`,
        'gmu',
      ),
    );
  });

  test.prop(
    [
      fc
        .array(
          fc.constantFrom(
            'Leung',
            'LEUNG',
            'leung',
            'Wai-keung',
            'ẞ',
            'ß',
            'ſ',
            'S',
            '\u212A',
            'k',
            ' ',
            '  ',
            '\n',
            '\u00a0',
            '\u0301',
            'a',
            '𝐀',
            '-',
            "'",
          ),
          { maxLength: 16 },
        )
        .map((pieces) => pieces.join('')),
      fc.array(fc.constantFrom('Leung', 'WAI-KEUNG', 'ß', 's', 'K', 'a'), { minLength: 2, maxLength: 3 }),
    ],
    { numRuns: 3000 },
  )('words in any case, between letters neither side', (text, words) => {
    const spelt = words.map(escapeRegExp).join('[^\\S\\n]+');
    expect(matchesBetween(text, new RegExp(spelt, 'giu'), /(?<![\p{L}\p{M}])/iuy, /(?![\p{L}\p{M}])/iuy)).toEqual(
      [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${spelt}(?![\\p{L}\\p{M}])`, 'giu'))].map(([match]) => match),
    );
  });

  test('a word the one pattern could read otherwise is left to it', () => {
    expect(afterWord(['a b'], '', null, /b/uy)).toBeNull();
    expect(wordsBefore(['A \uDC00'], '\uDC00', /\p{Lu}[^\S\n\t]+/uy, /(?:)/uy)).toBeNull();
    expect(wordsBefore(['A  B'], ' B', /\p{Lu}[^\S\n\t]+/uy, /(?:)/uy)).toBeNull();
  });
});
