/**
 * Read across the transcripts (issue 12), as built files: the echoes export validates against its
 * schema, every answer in the seeds has its question on the page, and the pages of talking points
 * and of questions asked again list what the export holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../src/lib/corpus/schema.ts';
import { echoesSchema, questionGroupsSchema } from '../src/lib/echoes/schema.ts';

const DIST = resolve(import.meta.dirname, '../dist');
const read = (path: string) => readFileSync(resolve(DIST, path), 'utf8');
const corpus = JSON.parse(read('data/corpus.json')) as Corpus;

describe('said elsewhere', () => {
  it('publishes echoes.json, valid against its published JSON Schema, with the ids of corpus.json', () => {
    const echoes = echoesSchema.parse(JSON.parse(read('data/echoes.json')));
    expect(existsSync(resolve(DIST, 'data/echoes.schema.json'))).toBe(true);
    expect(echoes.pairs.length).toBeGreaterThan(500);
    const ids = new Set(
      corpus.documents.flatMap((d) => d.turns.flatMap((t) => t.passages.map((p) => `${d.id}#${p.id}`))),
    );
    for (const pair of echoes.pairs) expect(ids.has(pair.a) && ids.has(pair.b), `${pair.a} ${pair.b}`).toBe(true);
    for (const cluster of echoes.clusters) expect(cluster.passages).toContain(cluster.firstSaid);
    expect(questionGroupsSchema.parse(JSON.parse(read('data/questions.json'))).length).toBeGreaterThan(55);
  });

  it('shows on a transcript where else the speaker made each point, with a link to compare', () => {
    const echoes = echoesSchema.parse(JSON.parse(read('data/echoes.json')));
    const pair = echoes.pairs[0]!;
    const [document, passage] = pair.a.split('#') as [string, string];
    const html = read(`interviews/${document}/index.html`);
    const start = html.indexOf(`id="${passage}"`);
    const end = html.indexOf('class="passage"', start + 10);
    const block = html.slice(start, end);
    const [other, otherPassage] = pair.b.split('#') as [string, string];
    expect(block).toContain('Also said:');
    expect(block).toContain(`href="/interviews/${other}/#${otherPassage}"`);
    expect(block).toContain(`/compare/?a=`);
  });

  it('links every answer in the seeds to the question it answers', () => {
    const unanswered: string[] = [];
    for (const document of corpus.documents) {
      const html = read(`interviews/${document.id}/index.html`);
      let asked: string | null = null;
      for (const turn of document.turns) {
        if (turn.role === 'question') asked = turn.passages[0]!.id;
        if (turn.role !== 'answer') continue;
        if (!asked) {
          unanswered.push(`${document.id}: ${turn.passages[0]?.text.slice(0, 50)}`);
          continue;
        }
        const at = html.indexOf(`id="${turn.passages[0]!.id}"`);
        const speakerLine = html.lastIndexOf('<p class="speaker">', at);
        expect(html.slice(speakerLine, at), `${document.id}#${turn.passages[0]!.id}`).toContain(
          `<a class="to-question" href="#${asked}">the question</a>`,
        );
      }
    }
    expect(unanswered).toEqual([]);
  });

  it('lists the talking points said most often, and the questions asked again with their answers', () => {
    const echoes = echoesSchema.parse(JSON.parse(read('data/echoes.json')));
    const page = read('echoes/index.html');
    const widest = [...echoes.clusters].sort(
      (a, b) =>
        new Set(b.passages.map((p) => p.split('#')[0])).size - new Set(a.passages.map((p) => p.split('#')[0])).size,
    )[0]!;
    expect(page).toContain(`id="${widest.id}"`);
    const questions = read('questions/index.html');
    expect(questions).toContain('Asked again');
    expect(questions.match(/<tr>/gu)?.length ?? 0).toBeGreaterThan(350);
  });
});
