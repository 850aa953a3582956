/** Reader-facing words for the records' enumerations. */
import type { CorpusDocument, Outlet, Turn } from '../corpus/schema.ts';

type Kind = CorpusDocument['kind'];

export const KINDS: readonly Kind[] = ['interview', 'press-conference', 'statement', 'meeting', 'briefing', 'report'];

export const kindName: Record<Kind, { one: string; many: string }> = {
  interview: { one: 'Interview', many: 'Interviews' },
  'press-conference': { one: 'Press conference', many: 'Press conferences' },
  statement: { one: 'Statement', many: 'Statements' },
  meeting: { one: 'Meeting', many: 'Meetings' },
  briefing: { one: 'Briefing', many: 'Briefings' },
  report: { one: 'Report', many: 'Reports' },
};

export const mediumName: Record<Outlet['medium'], string> = {
  tv: 'television',
  newspaper: 'newspaper',
  'news-agency': 'news agency',
  online: 'online publication',
  radio: 'radio',
  magazine: 'magazine',
  unknown: 'medium not known',
};

export const outletRoleName: Record<CorpusDocument['outlets'][number]['role'], string> = {
  interviewed: 'interviewed',
  broadcast: 'broadcast',
  published: 'published',
  source: 'quoted as source',
  asked: 'asked questions',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** A turn's label as printed, without its colon; null for a bare dash or no label. */
export function printedLabel(turn: Turn): string | null {
  const label = turn.label?.trim();
  if (!label || /^[-–—‒]$/u.test(label)) return null;
  return label.replace(/\s*:$/u, '');
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Names in a reader's alphabetical order, the same on every machine whatever its locale. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
