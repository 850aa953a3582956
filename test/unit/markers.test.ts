import { describe, expect, it } from 'vitest';
import { readLabelLine, readLeadingMarker, type Lexicon } from '../../src/lib/corpus/markers.ts';
import { buildLexicon } from '../../src/lib/corpus/registry.ts';
import { registry } from '../support/fixtures.ts';

const lexicon: Lexicon = buildLexicon({
  ...registry,
  speakers: [
    { id: 'ilham-aliyev', name: 'Ilham Aliyev', aliases: ['President Ilham Aliyev'] },
    { id: 'vladimir-putin', name: 'Vladimir Putin', aliases: [] },
  ],
});
const marker = (text: string, seen: string[] = []) => readLeadingMarker(text, lexicon, new Set(seen));

describe('leading markers', () => {
  it.each([
    ['Host: Mr. President, thank you.', 'Host', 'Mr. President, thank you.'],
    ['Vladimir Putin: Good afternoon.', 'Vladimir Putin', 'Good afternoon.'],
    ['President of Russia Vladimir Putin: Colleagues,', 'President of Russia Vladimir Putin', 'Colleagues,'],
    ['Lionel Barber: Mr President, thank you.', 'Lionel Barber', 'Mr President, thank you.'],
    ['Vladimir Putin (retranslated): We agree.', 'Vladimir Putin (retranslated)', 'We agree.'],
    ['PRESIDENT TRUMP: Thank you very much.', 'PRESIDENT TRUMP', 'Thank you very much.'],
    ['Question: What happens next?', 'Question', 'What happens next?'],
    ['Correpondent: You have accused Armenia.', 'Correpondent', 'You have accused Armenia.'],
    ['Q. Will you go to Moscow?', 'Q', 'Will you go to Moscow?'],
  ])('reads the label of %j', (text, name, rest) => {
    const found = marker(text);
    expect(found.kind).toBe('label');
    if (found.kind !== 'label') return;
    expect(found.name).toBe(name);
    expect(text.slice(found.textStart)).toBe(rest);
  });

  it.each([
    'The answer is simple: we will not stop.',
    'My question: why? For years there was one approach.',
    'He added: "Some EU member countries have started."',
    'Nagorno-Karabakh: an integral part of Azerbaijan.',
    'A lot has been said in the 30 years.',
    'At 10:30 the shelling began.',
  ])('does not take a sentence for a sure label: %j', (text) => {
    // A lone capitalised word before a colon is only a candidate, which the document must confirm.
    const found = marker(text);
    expect(found.kind === 'none' || (found.kind === 'label' && !found.sure)).toBe(true);
  });

  it.each([
    ['– Thank you.', 'Thank you.'],
    ['-I saw the damage.', 'I saw the damage.'],
    ['—\u202FYes, of course.', 'Yes, of course.'],
  ])('reads a dash marker in %j', (text, rest) => {
    const found = marker(text);
    expect(found.kind).toBe('dash');
    expect(text.slice(found.textStart)).toBe(rest);
  });

  it.each([
    ['**Vladimir Putin:** Good afternoon.', 'Vladimir Putin', 'Good afternoon.'],
    ['*Q:* Will you go?', 'Q', 'Will you go?'],
    ['__Lionel Barber__: Thank you.', 'Lionel Barber', 'Thank you.'],
  ])('reads a label set in Markdown emphasis in %j', (text, name, rest) => {
    const found = marker(text);
    expect(found).toMatchObject({ kind: 'label', name });
    expect(text.slice(found.textStart)).toBe(rest);
  });

  it('leaves emphasis that is not a label as text', () => {
    expect(marker('**Never** again, he said.').kind).toBe('none');
    expect(marker('* * *').kind).toBe('none');
  });

  it('does not read a negative number as a dash, but reads a dash before a count', () => {
    expect(marker('-5 degrees overnight.').kind).toBe('none');
    expect(marker('-3% a year.').kind).toBe('none');
    expect(marker('-92 civilians were killed, 405 were wounded.')).toMatchObject({ kind: 'dash', textStart: 1 });
  });

  it('reads a label this document used, printed once without its colon', () => {
    const found = marker('President Ilham Aliyev Thank you.', ['President Ilham Aliyev']);
    expect(found).toMatchObject({ kind: 'label', name: 'President Ilham Aliyev', colon: false });
    expect(marker('President Ilham Aliyev Thank you.').kind).toBe('none');
  });
});

describe('label lines', () => {
  it.each([
    ['Igor Korotchenko, Editor-in-Chief of the “Natsionalnaya oborona” magazine:', 'Igor Korotchenko'],
    ['President of Azerbaijan Ilham Aliyev said:', 'President of Azerbaijan Ilham Aliyev'],
    [
      'Speaking at the meeting, President of Russia Vladimir Putin said, according to Azertag:',
      'President of Russia Vladimir Putin',
    ],
    ['Q', 'Q'],
    ['Vladimir Putin (retranslated):', 'Vladimir Putin'],
  ])('reads %j as introducing the next speaker', (text, name) => {
    expect(readLabelLine(text, lexicon)).toBe(name);
  });

  it.each(['He then said the following:', 'This is what we agreed:', 'Thank you.'])('leaves %j as text', (text) => {
    expect(readLabelLine(text, lexicon)).toBeNull();
  });
});
