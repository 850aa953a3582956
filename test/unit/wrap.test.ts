import { describe, expect, it } from 'vitest';
import { continuedLines, joinWrapped, wrapWidth } from '../../src/lib/corpus/wrap.ts';

/** A text set at `width` columns: each paragraph's words filled line by line, paragraphs apart by a blank line. */
function setAt(width: number, paragraphs: string[]): string[] {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line, '');
  }
  return lines;
}

/**
 * Six turns set at 72 columns, with these lines in place of the last turn's two lines from "of the
 * ones …"; `cut` is the index the first of them takes.
 */
function turnsSetWith(replacement: string[]): { lines: string[]; cut: number } {
  const turns = [`CHAIR ROE. ${SPEECH}`, `DANA POE. ${SPEECH}`];
  const body = setAt(72, [...turns, ...turns, ...turns]).filter(Boolean);
  const cut = body.findLastIndex((line) => line.startsWith('of the ones'));
  return { lines: [...body.slice(0, cut), ...replacement, ...body.slice(cut + 2)], cut };
}

const SPEECH =
  'The channels at those ports were dug for ships half the size of the ones now calling there, and the work to deepen them has waited on permits for more than six years, which is why we asked for a single review in place of four separate ones.';

describe('hard-wrapped text', () => {
  it('is told by its width: most lines end near one column, as a printer sets them', () => {
    const lines = setAt(
      72,
      Array.from({ length: 6 }, (_, at) => `MR. ROE: ${at}. ${SPEECH}`),
    );
    expect(wrapWidth(lines)).toBeGreaterThan(62);
    expect(wrapWidth(lines)).toBeLessThanOrEqual(72);
  });

  it('is told at the width of an A4 page in small type, as a parliament’s record is printed (110 columns)', () => {
    const lines = setAt(
      110,
      Array.from({ length: 6 }, (_, at) => `O Sr. Deputado ${at}: — ${SPEECH} ${SPEECH}`),
    );
    expect(wrapWidth(lines)).toBeGreaterThan(100);
  });

  it('is not what a transcript of a paragraph a line is, whatever its lines’ lengths', () => {
    const lines = Array.from({ length: 30 }, (_, at) =>
      at % 2 ? `Q: Why ${at}?` : `A: ${SPEECH.slice(0, 40 + at * 7)}`,
    );
    expect(wrapWidth(lines)).toBeNull();
    expect(continuedLines(lines).size).toBe(0);
  });

  it('goes on below a full line, not below a short one or the headline, and never into a line that opens a turn', () => {
    const turns = [`MR. ROE: ${SPEECH}`, `MS. POE: ${SPEECH}`, `Q: ${SPEECH}`, `MR. ROE: ${SPEECH}`];
    const lines = ['Harbor dredging: a hearing', '', ...setAt(72, [...turns, ...turns])];
    const continued = continuedLines(lines);
    lines.forEach((line, at) => {
      const opens = /^(?:MR\.|MS\.|Q:)/u.test(line);
      const afterBlank = at === 0 || lines[at - 1] === '';
      if (line === '') return;
      expect(continued.has(at + 1), `line ${at + 1}: ${line}`).toBe(!opens && !afterBlank);
    });
  });

  it('starts a paragraph at an indented line where the full lines start at the margin', () => {
    // Each paragraph's last line is cut short by a comma here: a full stop would end it anyway.
    const paragraphs = Array.from({ length: 5 }, () => SPEECH.replace(/\.$/u, ','));
    const set = setAt(68, paragraphs).filter((line) => line !== '');
    const body = [
      'HARBOR DREDGING AND PORT CAPACITY',
      ...set.map((line, at) => (at === 0 || set[at - 1]!.endsWith('ones,') ? `    ${line}` : line)),
    ];
    const openings = body.flatMap((line, at) => (line.startsWith('    ') ? [at + 1] : []));
    const continued = continuedLines(body);
    expect(openings.length).toBe(5);
    for (const line of openings) expect(continued.has(line)).toBe(false);
    expect(continued.size).toBe(body.length - 6);
  });

  it('ends a paragraph at a line that ends a sentence, and joins no lines that each open a turn', () => {
    const question = 'What did you eat for breakfast this morning, before the market opened at six?';
    const answer = 'Rye bread with butter and radishes, and far too much black coffee, as usual on a workday.';
    const speaker = 'Speaker 2: I grew up on a farm outside Selma, the oldest of six children. My';
    const lines = [
      'Quick questions with a chef',
      ...Array.from({ length: 12 }, (_, at) => (at % 2 ? answer : question)),
      ...Array.from({ length: 10 }, () => speaker),
    ];
    expect(wrapWidth(lines)).not.toBeNull();
    expect(continuedLines(lines).size).toBe(0);
  });

  it('goes on below a word broken at its hyphen, and never into a page footer or a name in capitals with a full stop', () => {
    const { lines, cut } = turnsSetWith([
      // Cut short by the hyphen where the PDF broke "long-term", far from the width.
      'of the ones now calling there, and the long-',
      'term work to deepen them has waited on permits for six years, which is',
      'Page 2 of 6',
    ]);
    const continued = continuedLines(lines);
    expect(continued.has(cut + 2), 'the line after "long-"').toBe(true);
    expect(continued.has(cut + 3), 'the page footer').toBe(false);
    lines.forEach((line, at) => {
      if (/^(?:CHAIR ROE|DANA POE)\. /u.test(line))
        expect(continued.has(at + 1), `line ${at + 1}: ${line}`).toBe(false);
    });
  });

  it('goes on below a line near the width that proportional type left a word short, where the sentence goes on in lower case', () => {
    const { lines, cut } = turnsSetWith([
      // Sixty columns, twelve short of the width, with room for "of": a PDF's type set it so.
      'of the ones now calling there, and the work to deepen them',
      'has waited on permits for more than six years, which is why we asked',
      'Page 2 of 6',
      'Then a new paragraph at the margin, far short of the width.',
    ]);
    const continued = continuedLines(lines);
    expect(continued.has(cut + 2), 'the line in lower case under the line near the width').toBe(true);
    expect(continued.has(cut + 4), 'the line with a capital under the page footer').toBe(false);
  });

  it('joins a wrapped line of Chinese or Japanese to the line above without a space, and Korean or Latin text with one', () => {
    expect(
      joinWrapped(
        '株式会社ソラノワの通期売上高は前期比28.4パーセント増の41億2,000万円となり、過去最',
        '高を更新しました。',
      ),
    ).toBe('株式会社ソラノワの通期売上高は前期比28.4パーセント増の41億2,000万円となり、過去最高を更新しました。');
    expect(joinWrapped('성원이 되었으므로 제426회 국회(임시회) 제3차 국토교통위원회를', '개의하겠습니다.')).toBe(
      '성원이 되었으므로 제426회 국회(임시회) 제3차 국토교통위원회를 개의하겠습니다.',
    );
    expect(joinWrapped('of the ones now calling there, and the', 'term work')).toBe(
      'of the ones now calling there, and the term work',
    );
  });

  it('measures a line of Chinese or Japanese letters two columns wide, so a wrapped page of them reads as wrapped', () => {
    const line = '主席：出席委員已達法定人數，現在開會。首先宣讀上次會議議事錄，請';
    const lines = Array.from({ length: 30 }, (_, at) => (at % 5 === 4 ? '議事錄確定。' : line));
    expect(wrapWidth(lines)).toBeGreaterThanOrEqual(2 * line.length - 2);
  });
});
