import { describe, expect, it } from 'vitest';
import { align, bestPassage, isTypo, type DiffOp } from '../../src/lib/verify/align.ts';
import { readQuote } from '../../src/lib/verify/quote.ts';
import { fold, foldQuery, holdsEveryWord, spellings, tokenize, variantMap } from '../../src/lib/verify/words.ts';

const variants = variantMap([
  ['Pashinyan', 'Pashinian'],
  ['Shusha', 'Shushi', 'Şuşa'],
  ['Karabakh', 'Karabagh', 'Qarabağ'],
  ['Erdogan', 'Erdoğan'],
]);

const PASSAGE =
  'No, we are not ignoring. But ceasefire cannot be achieved unilaterally. I am just trying to deliver the ' +
  'message to those leaders who called me during these days saying that it was not Azerbaijan who started it. ' +
  'We had to defend ourselves, and Prime Minister Pashinyan’s government knows it.';

const kinds = (ops: readonly DiffOp[]) => ops.map((op) => op.op);
const spanText = (passage: string, span: [number, number] | null) => (span ? passage.slice(...span) : null);

describe('words', () => {
  it('folds case, diacritics, apostrophes and letters NFKD keeps whole', () => {
    expect(fold('Qarabağ')).toBe('qarabag');
    expect(fold('Doesn’t')).toBe(fold("doesn't"));
    expect(fold('Əliyev')).toBe('aliyev');
    expect(fold('Kılıçdaroğlu')).toBe('kilicdaroglu');
  });

  it('keeps each word’s offsets in the original text', () => {
    const text = '“Şuşa”, said Erdoğan’s aide…';
    const tokens = tokenize(text, variants);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Şuşa', 'said', 'Erdoğan’s', 'aide']);
    expect(tokens.map((token) => token.key)).toEqual(['shusha', 'said', 'erdogans', 'aide']);
    expect(tokens[2]!.base).toBe('erdogan');
  });

  it('folds a query through the variants', () => {
    expect(foldQuery('Pashinian in Shushi', variants)).toEqual(['pashinyan', 'in', 'shusha']);
  });

  it('claims every word only for words that are there, in any registered spelling', () => {
    const words = foldQuery('Pashinian government', variants);
    expect(holdsEveryWord('Pashinyan’s government said', words, variants)).toBe(true);
    expect(holdsEveryWord('The Pashinyan government', words, variants)).toBe(true);
    expect(holdsEveryWord('Pashinian and the government', words, variants)).toBe(true);
    // Not a prefix, an extension, a near spelling or a missing word.
    expect(holdsEveryWord('Pashin government', words, variants)).toBe(false);
    expect(holdsEveryWord('Pashinyanism government', words, variants)).toBe(false);
    expect(holdsEveryWord('Pashinan government', words, variants)).toBe(false);
    expect(holdsEveryWord('Pashinyan said', words, variants)).toBe(false);
    // Without the variants, the other spelling is another word.
    expect(holdsEveryWord('Pashinyan government', foldQuery('Pashinian government'))).toBe(false);
  });

  it('builds a variant map from groups and lists a key’s spellings', () => {
    expect(variants.get('qarabag')).toBe('karabakh');
    expect(variants.get('karabakh')).toBeUndefined();
    expect([...variantMap([['Nagorno-Karabakh', 'Nagorny Karabakh', 'Upper Karabakh Region']])]).toEqual([
      ['nagorny', 'nagorno'],
    ]);
    expect([...variantMap([['Karabakh', 'Upper Karabakh']])]).toEqual([]);
    expect([...variantMap([['Ilham Aliyev', 'Ilham Heydarovich']])]).toEqual([]);
    expect([...variantMap([['Ter-Petrosyan', 'Ter-Petrosian']])]).toEqual([['petrosian', 'petrosyan']]);
    expect(spellings('karabakh', variants).sort()).toEqual(['karabagh', 'karabakh', 'qarabag']);
  });
});

describe('reading a printed quote', () => {
  it('marks every form of ellipsis as a cut before the next word', () => {
    for (const mark of ['...', '…', '[…]', '[...]', '. . .', '(…)']) {
      const tokens = readQuote(`we are not ignoring ${mark} ceasefire cannot`);
      expect(tokens.map((token) => token.cutBefore)).toEqual([false, false, false, false, true, false]);
    }
    expect(readQuote('… we are').map((token) => token.cutBefore)).toEqual([false, false]);
  });

  it('reads bracketed words as the editor’s, and reads through case brackets and [sic]', () => {
    const quote = '“[The country] had to defend [itself] [sic] … [t]he message”';
    const tokens = readQuote(quote);
    expect(tokens.map((token) => [token.key, token.editorial])).toEqual([
      ['the', true],
      ['country', true],
      ['had', false],
      ['to', false],
      ['defend', false],
      ['itself', true],
      ['the', false],
      ['message', false],
    ]);
    expect(tokens[6]!.cutBefore).toBe(true);
    // Offsets are in the printed quote.
    expect(quote.slice(tokens[1]!.start, tokens[1]!.end)).toBe('country');
    expect(quote.slice(tokens[7]!.start, tokens[7]!.end)).toBe('message');
  });
});

describe('typos', () => {
  it('tolerates one letter in a long word, not at its end and not in a short one', () => {
    expect(isTypo('goverment', 'government')).toBe(true);
    expect(isTypo('achived', 'achieved')).toBe(true);
    expect(isTypo('unilaterlaly', 'unilaterally')).toBe(true);
    expect(isTypo('armenian', 'armenia')).toBe(false); // another word, not a typo
    expect(isTypo('states', 'stated')).toBe(false);
    expect(isTypo('form', 'from')).toBe(false);
    expect(isTypo('2020', '2021')).toBe(false);
  });
});

describe('align', () => {
  it('finds a verbatim quote whatever its quotation marks, case and punctuation, and its exact span', () => {
    for (const quote of [
      '“But ceasefire cannot be achieved unilaterally.”',
      '"but ceasefire cannot be achieved unilaterally"',
      '‘But ceasefire — cannot be achieved, unilaterally’',
    ]) {
      const result = align(quote, PASSAGE);
      expect(result.verdict).toBe('verbatim');
      expect(spanText(PASSAGE, result.span)).toBe('But ceasefire cannot be achieved unilaterally');
      expect(kinds(result.ops)).toEqual(['equal']);
      expect(result.score).toBe(1);
    }
  });

  it('treats straight and curly apostrophes, and registered spellings, as the same', () => {
    const result = align("Prime Minister Pashinian's government knows it", PASSAGE, { variants });
    expect(result.verdict).toBe('verbatim');
    expect(spanText(PASSAGE, result.span)).toBe('Prime Minister Pashinyan’s government knows it');
  });

  it('shows a cut an ellipsis marks, and one it does not', () => {
    const marked = align('“No, we are not ignoring … ceasefire cannot be achieved unilaterally”', PASSAGE);
    expect(marked.verdict).toBe('verbatim-with-cuts');
    expect(kinds(marked.ops)).toEqual(['equal', 'cut', 'equal']);
    expect(marked.ops[1]).toMatchObject({ op: 'cut', marked: true, passage: { text: 'But' } });
    expect(spanText(PASSAGE, marked.span)).toBe(
      'No, we are not ignoring. But ceasefire cannot be achieved unilaterally',
    );

    const silent = align('we are not ignoring. Ceasefire cannot be achieved', PASSAGE);
    expect(silent.verdict).toBe('verbatim-with-cuts');
    expect(silent.ops[1]).toMatchObject({ op: 'cut', marked: false });
    expect(silent.score).toBeLessThan(1);

    const long = align('I am just trying to deliver … We had to defend ourselves', PASSAGE);
    expect(long.verdict).toBe('verbatim-with-cuts');
    expect(long.changes.missing[0]).toMatch(/^the message to those leaders .* started it$/u);
  });

  it('lists each changed word, inserted word and missing word of a close paraphrase', () => {
    const result = align('But a ceasefire cannot be reached unilaterally by us', PASSAGE);
    expect(result.verdict).toBe('close-paraphrase');
    expect(result.changes.changed).toEqual([['reached', 'achieved']]);
    expect(result.changes.inserted).toEqual(['a', 'by us']);
    expect(spanText(PASSAGE, result.span)).toBe('But ceasefire cannot be achieved unilaterally');

    const dropped = align('We had to defend, and Prime Minister Pashinyan’s government knows it', PASSAGE);
    expect(dropped.verdict).toBe('verbatim-with-cuts');
    expect(dropped.changes.missing).toEqual(['ourselves']);
  });

  it('does not take a changed negation for the same words', () => {
    const result = align('it was Azerbaijan who started it', PASSAGE);
    expect(result.verdict).toBe('verbatim-with-cuts');
    expect(result.changes.missing).toEqual(['not']);
    const changed = align('it was surely Azerbaijan who started it', PASSAGE);
    expect(changed.verdict).toBe('close-paraphrase');
    expect(changed.changes.changed).toEqual([['surely', 'not']]);
  });

  it('reads a bracketed word as the editor’s, not as a change', () => {
    const result = align('“[Azerbaijan] had to defend [itself]”', PASSAGE);
    expect(result.verdict).toBe('verbatim');
    expect(result.ops.filter((op) => op.op === 'changed')).toMatchObject([
      { quote: { text: 'Azerbaijan' }, passage: { text: 'We' }, editorial: true },
      { quote: { text: 'itself' }, passage: { text: 'ourselves' }, editorial: true },
    ]);
    expect(result.changes.changed).toEqual([]);
  });

  it('reads a hyphenated compound as the word written whole', () => {
    expect(align('But cease-fire cannot be achieved', PASSAGE).verdict).toBe('verbatim');
    const result = align('Prime Minister Pashinyan’s government knows', 'Prime Minister Pashin-yan’s government knows');
    expect(result.verdict).toBe('verbatim');
    expect(result.span).toEqual([0, 44]);
  });

  it('tolerates a typo in a long word, and says so', () => {
    const result = align('ceasefire cannot be achived unilaterally', PASSAGE);
    expect(result.verdict).toBe('verbatim');
    expect(result.ops).toContainEqual(
      expect.objectContaining({ op: 'equal', typo: true, quote: expect.objectContaining({ text: 'achived' }) }),
    );
  });

  it('finds nothing where too few of the quote’s words are there', () => {
    const result = align('We will never accept the occupation of our lands', PASSAGE);
    expect(result.verdict).toBe('not-found');
    expect(result.span).toBeNull();
    expect(align('entirely unrelated words here', PASSAGE).verdict).toBe('not-found');
    expect(align('', PASSAGE).verdict).toBe('not-found');
    expect(align('[editor only]', PASSAGE).verdict).toBe('not-found');
  });

  it('aligns against a long passage by its anchors, fast', () => {
    // Long enough that aligning the whole of it would be quote × passage cells: it must be narrowed first.
    const filler = Array.from({ length: 8000 }, (_, at) => `word${at % 997} filler${at % 13}`).join(' ');
    const quote =
      'the occupation of our lands cannot last forever, and the international community must say so clearly ' +
      'and without delay, because resolutions were adopted and never implemented by Armenia';
    const passage = `${filler} ${quote.replace('must say so', 'must say that')} ${filler}`;
    const started = performance.now();
    const cut = quote.indexOf(' and the international');
    const result = align(`${quote.slice(0, cut)} … ${quote.slice(cut)}`, passage);
    const elapsed = performance.now() - started;
    expect(result.verdict).toBe('close-paraphrase');
    expect(result.changes.changed).toEqual([['so', 'that']]);
    expect(spanText(passage, result.span)).toContain('the occupation of our lands');
    expect(elapsed).toBeLessThan(500);
  });
});

describe('bestPassage', () => {
  const candidates = [
    { id: 'a', text: 'Ceasefire is possible, but it cannot be achieved by one side alone.' },
    { id: 'b', text: PASSAGE },
    { id: 'c', text: 'But ceasefire cannot be achieved unilaterally, he said, repeating himself.' },
  ];

  it('prefers the strongest verdict, then the closest match', () => {
    const best = bestPassage('ceasefire cannot be achieved unilaterally', candidates);
    expect(best?.alignment.verdict).toBe('verbatim');
    expect(['b', 'c']).toContain(best?.candidate.id);
    const cut = bestPassage('not ignoring … ceasefire cannot be achieved', candidates);
    expect(cut?.candidate.id).toBe('b');
    expect(bestPassage('anything', [])).toBeNull();
    expect(
      bestPassage('cannot be achieved by one side alone', ['x y z', 'it cannot be achieved by one side alone'])?.index,
    ).toBe(1);
  });
});
