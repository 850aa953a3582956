import { describe, expect, it } from 'vitest';
import { decideKind } from '../../src/lib/corpus/kind.ts';
import { namedOutlets } from '../../src/lib/corpus/outlets.ts';
import { attributeQuotes } from '../../src/lib/corpus/quotes.ts';
import { run } from '../support/fixtures.ts';

describe('outlets named in titles and leads', () => {
  it.each([
    ['Interview with The Daily Courier', 'The Daily Courier'],
    ['Interview to the Danish DR', 'DR'],
    ['Interview to Reuters news agency', 'Reuters'],
    ['President Marchetti gave an interview to the daily Le Monde.', 'Le Monde'],
    ['interviewed by Hufvudstadsbladet journalists Karin Lindqvist and Jonas Smeds', 'Hufvudstadsbladet'],
    ['spoke to The Guardian’s Nordic correspondent Lucy Harrington', 'The Guardian'],
    ['BERLIN (Reuters) – The minister urged Germany to act.', 'Reuters'],
  ])('finds the outlet in %j', (text, name) => {
    expect(namedOutlets(text).map((outlet) => outlet.name)).toContain(name);
  });

  it.each([
    'Interview with President Emmanuel Marchetti',
    'The interview was recorded on September 17 in the Kremlin.',
    'On October 11, the TV channel broadcast the interview.',
  ])('finds none in %j', (text) => {
    expect(namedOutlets(text)).toEqual([]);
  });

  it('records an outlet the registry does not list as unreviewed, and names the interviewer after it', () => {
    const { corpus } = run({
      'dc.txt':
        'Interview with The Daily Courier\n\nMarch 3, 2016\n\n– What comes next?\n\n– We will see what the summit brings.\n',
    });
    const document = corpus.documents[0]!;
    expect(document.outlets).toEqual([{ id: 'the-daily-courier', role: 'interviewed' }]);
    expect(corpus.outlets).toContainEqual(expect.objectContaining({ id: 'the-daily-courier', reviewed: false }));
    expect(corpus.speakers.find((speaker) => speaker.id.endsWith('-interviewer'))?.name).toBe(
      'The Daily Courier interviewer',
    );
  });
});

describe('outlets on the page around the transcript', () => {
  const page = (
    top: string,
    labels = 'Ana Ortiz: Good evening. What is next?\n\nLuis Vela: We will see. That is my answer.\n',
  ) =>
    run({
      'page.txt': `${top}\n\nWinter budget talks: what the mayor said in the studio\n\nThe mayor spoke about the city budget on the evening programme this week, in a long conversation.\n\n${labels}`,
    }).corpus;

  it('records the masthead above the headline as the publisher, and a masthead the registry lacks as unreviewed', () => {
    const corpus = page('Skip to content\n\nThe Riverton Ledger\n\nPolitics');
    expect(corpus.documents[0]!.outlets).toContainEqual({ id: 'the-riverton-ledger', role: 'published' });
    expect(corpus.outlets).toContainEqual(expect.objectContaining({ id: 'the-riverton-ledger', reviewed: false }));
  });

  it('takes a masthead only as printed: one letter from a registry outlet is another outlet', () => {
    const corpus = page('NBC News\n\nMeet the Press');
    expect(corpus.documents[0]!.outlets.map((outlet) => outlet.id)).toEqual(['nbc-news']);
  });

  it('takes no government site, section or page furniture above the headline for an outlet', () => {
    for (const top of [
      'The White House\n\nBriefing Room',
      'Ministry of External Affairs\n\nMedia Center',
      'News\n\nInterviews',
    ])
      expect(page(top).documents[0]!.outlets).toEqual([]);
  });

  it('takes no role after a name ("SARAH FERGUSON, PRESENTER:") or a member’s seat and party for an outlet', () => {
    const presenter = page(
      'Menu',
      'SARAH FERGUSON, PRESENTER: Good evening. What is next for the budget?\n\nJIM CHALMERS, TREASURER: We will see. That is my answer.\n',
    );
    expect(presenter.documents[0]!.outlets).toEqual([]);
    const member = page(
      'Menu',
      'Mr Gareth Pollard (Kestrel Heath) (Con)\nWhat will the Minister do for rural buses?\n\nThe Minister for Transport (Ruth Okafor)\nWe will fund them. That is my answer.\n',
    );
    expect(member.documents[0]!.outlets).toEqual([]);
  });
});

describe('kinds', () => {
  const conversation = { conversation: true, asked: false };
  it.each([
    ['Remarks by President Halvorsen and Prime Minister Ashcroft in Joint Press Conference', 'press-conference'],
    ['Daily Press Briefing by the Office of the Spokesperson', 'briefing'],
    ['Interview to the Danish DR', 'interview'],
    ['Statement by the Prime Minister on Ukraine', 'statement'],
    ['Meeting with President of Kazakhstan Kassym-Jomart Tokayev', 'meeting'],
  ])('calls %j a %s, saying why', (title, kind) => {
    const decision = decideKind(title, [], conversation);
    expect(decision.kind).toBe(kind);
    expect(decision.evidence).toMatch(/^the title says “/u);
  });

  it('calls remarks followed by reporters’ questions a press conference, and an untitled exchange of Q and A an interview', () => {
    expect(decideKind('Remarks by the President', [], { conversation: true, asked: true }).kind).toBe(
      'press-conference',
    );
    expect(decideKind(null, [], { conversation: true, asked: true, answered: true }).kind).toBe('interview');
  });

  it('calls a recording with no headline what its opening words call it', () => {
    const opening = (text: string) => decideKind(null, [], { conversation: true, asked: false, opening: [text] });
    expect(opening("Okay, we're recording. Hi everyone, this is the grants review call.")).toMatchObject({
      kind: 'meeting',
      evidence: 'no kind named; the opening says “this is the grants review call”',
    });
    expect(opening('Namaskar, good afternoon and welcome to this weekly media briefing.').kind).toBe('briefing');
    expect(opening('Thank you for joining us this morning. Let me begin with the budget.').kind).toBe('interview');
  });

  it('calls a text that names an interview but marks no turns a report of it', () => {
    expect(
      decideKind(null, ['In an interview with AzTV, the President said …'], { conversation: false, asked: false }),
    ).toMatchObject({
      kind: 'report',
    });
  });
});

describe('quoted speech', () => {
  const resolve = (name: string) =>
    /hajek/iu.test(name) ? 'jan-hajek' : /feldmann/iu.test(name) ? 'markus-feldmann' : null;

  it('gives quoted words to the person the speech verb names, and runs a quotation on over paragraphs', () => {
    const quotes = attributeQuotes(
      [
        '“We believe that solidarity cannot stop at the border,” Hajek told reporters.',
        'Feldmann said Germany was open to coordinating purchases.',
        'He added: “Germany will not leave its neighbours alone, and we have shown that.',
        '“Our pipelines were full all winter.”',
      ],
      { resolve, subject: 'jan-hajek' },
    );
    expect(quotes.map((spans) => spans.map((span) => span.speaker))).toEqual([
      ['jan-hajek'],
      [],
      ['markus-feldmann'],
      ['markus-feldmann'],
    ]);
    expect(quotes[0]![0]).toMatchObject({ confidence: 'high', attributedBy: 'Hajek told' });
  });

  it('leaves scare quotes of a word or two alone', () => {
    expect(attributeQuotes(['The so-called “frozen” conflict, Hajek said.'], { resolve, subject: null })).toEqual([[]]);
  });
});
