import { describe, expect, it } from 'vitest';
import { run } from '../support/fixtures.ts';

const interview = (body: string) =>
  `Ilham Aliyev was interviewed by Al Jazeera TV channel\n\nOn October 2, President Ilham Aliyev was interviewed by Al Jazeera TV channel.\n\n${body}\n`;

function speakers(text: string) {
  const { corpus } = run({ 'a.txt': text }, { manifest: { 'a.txt': { year: 2020 } } });
  const document = corpus.documents[0]!;
  return document.turns.flatMap((turn) =>
    turn.passages.map((passage) => [passage.text, turn.speaker, turn.decidedBy.method] as const),
  );
}

describe('attribute', () => {
  it('follows labels, including a misspelt role and a label missing its colon', () => {
    const result = speakers(
      interview(
        'Correspondent: Thank you for talking to us.\n\nPresident Ilham Aliyev: Glad to see you.\n\nCorrepondent: Why now?\n\nPresident Ilham Aliyev Because they attacked.',
      ),
    );
    expect(result.slice(1).map(([, speaker]) => speaker)).toEqual([
      '2020-10-02-al-jazeera-interviewer',
      'ilham-aliyev',
      '2020-10-02-al-jazeera-interviewer',
      'ilham-aliyev',
    ]);
    expect(result.slice(1).every(([, , method]) => method === 'label')).toBe(true);
  });

  it('keeps an unmarked paragraph with the speaker before it, unless it is a question to the interviewee', () => {
    const result = speakers(
      interview(
        [
          '– Mr. President, what happened on Sunday?',
          '– Armenia attacked our positions along the whole front line, and our army answered as it must, liberating several villages.',
          'We did not start this war. Our soldiers are defending our lands, recognised by the whole world as Azerbaijan.',
          'Mr. President, sooner or later all wars end. How do you imagine peace?',
          '– Peace is possible when the occupation ends.',
        ].join('\n\n'),
      ),
    );
    expect(result.slice(1).map(([, speaker]) => speaker)).toEqual([
      '2020-10-02-al-jazeera-interviewer',
      'ilham-aliyev',
      'ilham-aliyev',
      '2020-10-02-al-jazeera-interviewer',
      'ilham-aliyev',
    ]);
  });

  it('gives two dashed questions around a missing line to the same interviewer', () => {
    const result = speakers(
      interview(
        [
          '-Are you also invited to Moscow by President Putin?',
          '',
          '',
          '-If invited, are you ready to go?',
          '-I have been invited many times.',
        ].join('\n'),
      ),
    );
    expect(result.slice(1).map(([, speaker]) => speaker)).toEqual([
      '2020-10-02-al-jazeera-interviewer',
      '2020-10-02-al-jazeera-interviewer',
      'ilham-aliyev',
    ]);
  });

  it('keeps dashes alternating through an argument where the interviewee asks the questions', () => {
    const result = speakers(
      interview(
        [
          '-Mr. President, what happened on Sunday?',
          '-Armenia attacked our positions along the whole front line, and our army answered as it must.',
          '-Would you call Azerbaijan an example for democracy?',
          '–No, no, never. Would you call your country an example for democracy?',
          '-Somehow yes.',
          '-But you ban opposition rallies.',
          '-No, actually not.',
          '-Which independent sources? Tell me which.',
          '-I certainly could not name sources.',
        ].join('\n\n'),
      ),
    );
    const interviewer = '2020-10-02-al-jazeera-interviewer';
    expect(result.slice(1).map(([, speaker]) => speaker)).toEqual([
      interviewer,
      'ilham-aliyev',
      interviewer,
      'ilham-aliyev',
      interviewer,
      'ilham-aliyev',
      interviewer,
      'ilham-aliyev',
      interviewer,
    ]);
  });

  it('gives a journalist introducing themself to camera the first turn, before they greet the interviewee', () => {
    const result = speakers(
      interview(
        [
          '– Good afternoon. We are in Baku today to meet with President of Azerbaijan Ilham Aliyev. My name is Yulia Sharifulina and, on behalf of TASS, I will ask the President several questions on the situation around Nagorno-Karabakh.',
          '– Hello, Mr. President.',
          '– Hello.',
          '– Thank you for agreeing to receive us. What is happening at the front?',
        ].join('\n\n'),
      ),
    );
    expect(result.slice(1).map(([, speaker]) => speaker)).toEqual([
      'yulia-sharifulina',
      'yulia-sharifulina',
      'ilham-aliyev',
      'yulia-sharifulina',
    ]);
  });

  it('gives a paragraph after a label line to the named speaker, a third person', () => {
    const result = speakers(
      interview(
        [
          'Host: Thank you, goodbye!',
          'President Ilham Aliyev: Goodbye!',
          'Igor Korotchenko, Editor-in-Chief of the magazine:',
          '– I listened very carefully.',
        ].join('\n\n'),
      ),
    );
    expect(result.at(-1)).toEqual(['I listened very carefully.', 'igor-korotchenko', 'label-line']);
  });

  it('reads a meeting transcript where both leaders use the same dash', () => {
    const { corpus } = run({
      'm.txt':
        'Leaders meet in Moscow\n\nPresident Ilham Aliyev met with President of Russia Vladimir Putin in Moscow on 25 May 2023.\n\nSpeaking at the meeting, President of Russia Vladimir Putin said:\n\n- Dear Ilham Heydarovich.\n\nWelcome.\n\nPresident of Azerbaijan Ilham Aliyev said:\n\n- Thank you, dear Vladimir Vladimirovich.\n',
    });
    const document = corpus.documents[0]!;
    expect(document.kind).toBe('meeting');
    expect(document.turns.map((turn) => [turn.speaker, turn.passages.length])).toEqual([
      [null, 1],
      ['vladimir-putin', 2],
      ['ilham-aliyev', 1],
    ]);
    expect(document.date).toMatchObject({ value: '2023-05-25', precision: 'day', from: 'text' });
  });

  it('applies a reviewed correction and reports it as the method', () => {
    const text = interview('– Thank you.\n\n– Thank you.');
    const { corpus } = run(
      { 'a.txt': text },
      {
        manifest: { 'a.txt': { year: 2020 } },
        corrections: [
          { set: 'speaker', file: 'a.txt', line: 7, expect: 'Thank you', speaker: 'ilham-aliyev', reason: 'test' },
        ],
      },
    );
    const turn = corpus.documents[0]!.turns.find((candidate) => candidate.passages[0]!.lines[0] === 7)!;
    expect(turn).toMatchObject({ speaker: 'ilham-aliyev', decidedBy: { method: 'correction' } });
  });
});
