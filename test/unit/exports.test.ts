import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { CorpusDocument, Turn } from '../../src/lib/corpus/schema.ts';
import {
  CSV_HEADER,
  csvLine,
  documentAsMarkdown,
  documentAsText,
  escapeMarkdown,
  jsonLine,
  passageRows,
  permanentUrlOf,
  relativeUrlOf,
  type PassageRow,
} from '../../src/lib/cite/exports.ts';

const turn = (speaker: string | null, role: Turn['role'], passages: [string, string, string[]?][]): Turn => ({
  id: `t-${passages[0]![0].slice(2)}`,
  speaker,
  label: null,
  role,
  decidedBy: { method: 'label', confidence: 'high', cues: [] },
  passages: passages.map(([id, text, topics = []], index) => ({ id, text, lines: [index + 1, index + 1], topics })),
});

// Text that Markdown, CSV or JSON would each take for something else if it were not escaped.
const TRICKY = [
  '# Not a heading, and * not a list',
  '> Not a quote; 1. not a list; [a link](https://example.org) and ![an image](x.png)',
  '1. Still not a list, nor <b>bold</b>, `code`, _emphasis_, **strong**, a | b, ~~struck~~, &amp; $x$',
  '- Not an item',
  '---',
  'Quoted “Karabakh”, a comma, a "straight" quote,\nand a line break',
];

const document: CorpusDocument = {
  id: '2020-10-02-al-jazeera',
  kind: 'interview',
  title: 'Ilham Aliyev was interviewed by Al Jazeera TV channel',
  titleDerived: false,
  url: '/interviews/2020-10-02-al-jazeera/',
  date: { value: '2020-10-02', precision: 'day', evidence: 'October 2', from: 'text' },
  kindEvidence: 'the title says “interviewed”',
  convention: { name: 'labels', evidence: '' },
  outlets: [{ id: 'al-jazeera', role: 'interviewed' }],
  participants: [
    { speaker: 'aj-interviewer', role: 'interviewer' },
    { speaker: 'ilham-aliyev', role: 'interviewee' },
  ],
  source: { file: 'x.txt', startLine: 1, endLine: 20, titleLine: 1, address: null },
  turns: [
    turn(null, 'narration', [['p-7sk2gb2a', 'As reported earlier, on October 2, Ilham Aliyev was interviewed.']]),
    turn('aj-interviewer', 'question', [['p-2n69mzh3', 'Thank you for talking to Al Jazeera.']]),
    turn('ilham-aliyev', 'answer', [
      ['p-xa7hrrdv', 'Very glad to see you.'],
      ['p-7rsxh9ph', 'The main reason is that Armenia doesn’t want peace.', ['armenian-leadership', 'peace-treaty']],
    ]),
    turn(
      'ilham-aliyev',
      'answer',
      TRICKY.map((text, index) => [`p-tricky0${index}`, text]),
    ),
  ],
};
const names = {
  speaker: new Map([
    ['aj-interviewer', { name: 'Al Jazeera interviewer' }],
    ['ilham-aliyev', { name: 'Ilham Aliyev' }],
  ]),
  outlet: new Map([['al-jazeera', { name: 'Al Jazeera' }]]),
};
const urlOf = permanentUrlOf('https://parley.example', '/');
const allPassages = document.turns.flatMap((turn) => turn.passages);

describe('permanent addresses', () => {
  it('put the site, the base and the fragment together, for a passage or a range', () => {
    expect(urlOf('d')).toBe('https://parley.example/interviews/d/');
    expect(urlOf('d', ['p-a'])).toBe('https://parley.example/interviews/d/#p-a');
    expect(urlOf('d', ['p-a', 'p-b', 'p-c'])).toBe('https://parley.example/interviews/d/#p-a..p-c');
    expect(permanentUrlOf('https://x.org/', 'parley')('d', ['p-a'])).toBe('https://x.org/parley/interviews/d/#p-a');
    expect(permanentUrlOf('https://x.org', '/parley/')('d')).toBe('https://x.org/parley/interviews/d/');
    expect(relativeUrlOf('d', ['p-a'])).toBe('/interviews/d/#p-a');
  });
});

describe('the transcript as plain text', () => {
  const text = documentAsText(document, names, urlOf);
  const blocks = text.trimEnd().split('\n\n');

  it('gives the title, the facts, then one paragraph per passage, each turn led by its speaker', () => {
    expect(blocks[0]).toBe(document.title);
    expect(blocks[1]).toBe(
      [
        'Date: 2 October 2020',
        'Kind: Interview',
        'Outlet: Al Jazeera (interviewed)',
        'Interviewer: Al Jazeera interviewer',
        'Interviewee: Ilham Aliyev',
        'Address: https://parley.example/interviews/2020-10-02-al-jazeera/',
      ].join('\n'),
    );
    expect(blocks.slice(2, 6)).toEqual([
      'Publisher’s text: As reported earlier, on October 2, Ilham Aliyev was interviewed.',
      'Al Jazeera interviewer: Thank you for talking to Al Jazeera.',
      'Ilham Aliyev: Very glad to see you.',
      'The main reason is that Armenia doesn’t want peace.',
    ]);
    expect(blocks).toHaveLength(2 + allPassages.length);
    expect(text.endsWith('line break\n')).toBe(true);
  });

  it('prints every passage exactly as recorded', () => {
    expect(blocks[6]).toBe(`Ilham Aliyev: ${TRICKY[0]}`);
    expect(blocks.slice(7)).toEqual(TRICKY.slice(1));
  });
});

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  url?: string;
  children?: MdNode[];
}
const parseMarkdown = (markdown: string) => unified().use(remarkParse).parse(markdown) as MdNode;
const textOf = (node: MdNode): string => node.value ?? (node.children ?? []).map(textOf).join('');
const kinds = (node: MdNode): string[] => [node.type, ...(node.children ?? []).flatMap(kinds)];

describe('the transcript as Markdown', () => {
  const markdown = documentAsMarkdown(document, names, urlOf);
  const tree = parseMarkdown(markdown);
  const top = tree.children!;

  it('has the title, the facts, and a heading for each turn’s speaker', () => {
    expect(top[0]).toMatchObject({ type: 'heading', depth: 1 });
    expect(textOf(top[0]!)).toBe(document.title);
    expect(top[1]!.type).toBe('list');
    expect(textOf(top[1]!)).toContain('Kind: Interview');
    const headings = top.filter((node) => node.type === 'heading' && node.depth === 2).map(textOf);
    expect(headings).toEqual(['Publisher’s text', 'Al Jazeera interviewer', 'Ilham Aliyev', 'Ilham Aliyev']);
  });

  it('opens each passage with an anchor named by its id and closes it with its permanent link', () => {
    const paragraphs = top.filter((node) => node.type === 'paragraph');
    expect(paragraphs).toHaveLength(allPassages.length);
    paragraphs.forEach((paragraph, index) => {
      const passage = allPassages[index]!;
      const [anchor, ...rest] = paragraph.children!;
      expect(anchor).toEqual(expect.objectContaining({ type: 'html', value: `<a id="${passage.id}">` }));
      const link = rest.at(-1)!;
      expect(link).toMatchObject({ type: 'link', url: urlOf(document.id, [passage.id]) });
      expect(textOf(link)).toBe('¶');
    });
  });

  it('shows every passage’s text literally, whatever Markdown would make of it', () => {
    const paragraphs = top.filter((node) => node.type === 'paragraph');
    paragraphs.forEach((paragraph, index) => {
      // After the anchor's two tags and before the link: the passage, as text only.
      const inner = paragraph.children!.slice(2, -1);
      expect(inner.map((node) => node.type)).toEqual(['text']);
      expect(textOf(inner[0]!)).toBe(`${allPassages[index]!.text} `);
    });
    const markup = ['blockquote', 'code', 'inlineCode', 'emphasis', 'strong', 'image', 'thematicBreak'];
    const transcript = top.slice(2);
    expect(transcript.flatMap(kinds).filter((kind) => markup.includes(kind))).toEqual([]);
    expect(transcript.map((node) => node.type)).toEqual(
      document.turns.flatMap((turn) => ['heading', ...turn.passages.map(() => 'paragraph')]),
    );
  });

  it('keeps a passage with a blank line in it one paragraph, anchor and link included', () => {
    const blank: CorpusDocument = {
      ...document,
      turns: [turn('ilham-aliyev', 'answer', [['p-blanklin', 'First line.\n\n# Second line.']])],
    };
    const paragraphs = parseMarkdown(documentAsMarkdown(blank, names, urlOf)).children!.filter(
      (node) => node.type === 'paragraph',
    );
    expect(paragraphs).toHaveLength(1);
    expect(textOf(paragraphs[0]!)).toBe('<a id="p-blanklin"></a>First line.\n# Second line. ¶');
  });

  it('escapes line starts and inline marks without touching plain prose', () => {
    expect(escapeMarkdown('The main reason is that Armenia doesn’t want peace.')).toBe(
      'The main reason is that Armenia doesn’t want peace.',
    );
    expect(escapeMarkdown('# a')).toBe('\\# a');
    expect(escapeMarkdown('12) b')).toBe('12\\) b');
    expect(escapeMarkdown('+ c\n> d')).toBe('\\+ c\n\\> d');
    expect(escapeMarkdown('AT&T &amp; [x](y)')).toBe('AT&T \\&amp; \\[x\\](y)');
  });
});

/** An RFC 4180 reader, to check what csvLine writes. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1];
    if (quoted && char === '"' && next === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      endField();
    } else if (!quoted && char === '\r' && next === '\n') {
      endField();
      records.push(record);
      record = [];
      i++;
    } else {
      field += char;
    }
  }
  expect(field).toBe('');
  expect(record).toEqual([]);
  return records;
}

describe('one row per passage', () => {
  const rows = [...passageRows(document, names, urlOf)];

  it('says where each passage stands and who speaks it', () => {
    expect(rows).toHaveLength(allPassages.length);
    expect(rows[0]).toEqual({
      document: document.id,
      passage: 'p-7sk2gb2a',
      date: '2020-10-02',
      outlet: 'Al Jazeera',
      speaker: null,
      role: 'narration',
      topics: [],
      text: 'As reported earlier, on October 2, Ilham Aliyev was interviewed.',
      url: 'https://parley.example/interviews/2020-10-02-al-jazeera/#p-7sk2gb2a',
    });
    expect(rows[3]).toMatchObject({
      speaker: 'Ilham Aliyev',
      role: 'answer',
      topics: ['armenian-leadership', 'peace-treaty'],
    });
    expect(passageRows(document, names).next().value?.url).toBe('/interviews/2020-10-02-al-jazeera/#p-7sk2gb2a');
  });

  it('is produced one row at a time', () => {
    const rowsOf = passageRows(document, names, urlOf);
    expect(rowsOf.next().value?.passage).toBe('p-7sk2gb2a');
    expect(typeof rowsOf[Symbol.iterator]).toBe('function');
  });

  it('writes RFC 4180 CSV that reads back field for field', () => {
    const csv = CSV_HEADER + rows.map(csvLine).join('');
    const [header, ...records] = readCsv(csv);
    expect(header).toEqual(['document', 'passage', 'date', 'outlet', 'speaker', 'role', 'topics', 'text', 'url']);
    expect(records).toHaveLength(rows.length);
    records.forEach((record, index) => {
      const row = rows[index]!;
      expect(record).toEqual([
        row.document,
        row.passage,
        row.date ?? '',
        row.outlet,
        row.speaker ?? '',
        row.role,
        row.topics.join('; '),
        row.text,
        row.url,
      ]);
    });
    expect(csvLine(rows[3]!)).toBe(
      '2020-10-02-al-jazeera,p-7rsxh9ph,2020-10-02,Al Jazeera,Ilham Aliyev,answer,armenian-leadership; peace-treaty,The main reason is that Armenia doesn’t want peace.,https://parley.example/interviews/2020-10-02-al-jazeera/#p-7rsxh9ph\r\n',
    );
    expect(csvLine(rows.at(-1)!)).toContain(',"Quoted “Karabakh”, a comma, a ""straight"" quote,\nand a line break",');
  });

  it('writes JSON Lines: one line per row that parses back to it', () => {
    const lines = rows.map(jsonLine);
    for (const [index, line] of lines.entries()) {
      expect(line.endsWith('\n')).toBe(true);
      expect(line.slice(0, -1)).not.toContain('\n');
      expect(JSON.parse(line) as PassageRow).toEqual(rows[index]);
    }
  });
});
