import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/lib/corpus/schema.ts';
import { mergeSpeakers } from '../../src/lib/corpus/speakers.ts';

const speaker = (id: string, name: string, document: string): Speaker => ({
  id,
  name,
  aliases: [],
  url: `/speakers/${id}/`,
  description: null,
  anonymous: false,
  labels: [{ document, label: name.toUpperCase() }],
});

describe('speakers across documents (speakers.ts)', () => {
  it('makes a surname alone in one transcript the one full name another prints', () => {
    const { speakers, renames } = mergeSpeakers([
      speaker('starmer', 'Starmer', 'pmqs'),
      speaker('keir-starmer', 'Keir Starmer', 'interview'),
    ]);
    expect(renames.get('starmer')).toBe('keir-starmer');
    expect(speakers.map((entry) => entry.id)).toEqual(['keir-starmer']);
  });

  it('keeps a peer apart from a namesake in another transcript (“Lord Ashworth” is not the presenter Martin Ashworth)', () => {
    const { speakers, renames } = mergeSpeakers([
      speaker('lord-ashworth', 'Lord Ashworth', 'supreme-court'),
      speaker('lady-osei-bonsu', 'Lady Osei-Bonsu', 'supreme-court'),
      speaker('martin-ashworth', 'Martin Ashworth', 'hardtalk'),
      speaker('amara-osei-bonsu', 'Amara Osei-Bonsu', 'who-briefing'),
    ]);
    expect(renames.size).toBe(0);
    expect(speakers).toHaveLength(4);
  });

  it('leaves a surname alone where its own transcript names someone else of that surname in full', () => {
    const { renames } = mergeSpeakers([
      speaker('lee', 'Lee', 'school-board'),
      speaker('rachel-lee', 'Rachel Lee', 'school-board'),
    ]);
    expect(renames.size).toBe(0);
  });
});
