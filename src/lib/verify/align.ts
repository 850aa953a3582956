/**
 * The quote verifier: does a passage hold a quote as a newspaper printed it,
 * word for word, with words left out, or only nearly? The quote is aligned
 * word by word against the passage (a semi-global alignment: all of the quote,
 * any stretch of the passage), and the alignment is both the verdict's
 * evidence and a diff a page can render, with the matched span's character
 * offsets in the passage so that it can be highlighted and cited exactly.
 *
 * Cost: a long passage is first narrowed to the stretch between its words
 * that anchor the quote (the rare ones, in order), then aligned there; the
 * work is quote words × stretch words, not quote × passage.
 */
import { readQuote, type QuoteToken } from './quote.ts';
import { STOPWORDS, tokenize, type Token, type Variants } from './words.ts';

export type Verdict = 'verbatim' | 'verbatim-with-cuts' | 'close-paraphrase' | 'not-found';

export interface Piece {
  /** [start, end) in the quote or the passage text, from the first word's start to the last word's end. */
  start: number;
  end: number;
  text: string;
}

export type DiffOp =
  /** The same words; `typo`: one word spelled a letter differently (one word per op then). */
  | { op: 'equal'; quote: Piece; passage: Piece; typo: boolean }
  /** The passage words the quote leaves out; `marked`: the quote shows it with an ellipsis. */
  | { op: 'cut'; passage: Piece; marked: boolean }
  /** One quote word in place of one passage word; `editorial`: the quote's word is in brackets. */
  | { op: 'changed'; quote: Piece; passage: Piece; editorial: boolean }
  /** Quote words the passage does not have there. */
  | { op: 'inserted'; quote: Piece; editorial: boolean };

export interface Alignment {
  verdict: Verdict;
  /** 0–1, for ranking: the share of the quote's words found in order, less a little for unmarked cuts. */
  score: number;
  /** [start, end) of the matched words in the passage text; null when not found. */
  span: [number, number] | null;
  /** The quote against the passage, in order; for 'not-found', the best partial reading. */
  ops: DiffOp[];
  /** What a close paraphrase changed: each changed word pair, the quote's extra words, the passage's missing words. */
  changes: { changed: [string, string][]; inserted: string[]; missing: string[] };
}

export interface AlignOptions {
  variants?: Variants;
  /** The share of the quote's content words that must be found, in order, for a close paraphrase. */
  threshold?: number;
}

const NEGATIONS = new Set(['no', 'not', 'never', 'nor']);
const isContent = (key: string) => NEGATIONS.has(key) || !STOPWORDS.has(key);

/** One letter wrong, missing, extra or swapped, not at the end (that is another form: Armenia/Armenian). */
export function isTypo(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || a[0] !== b[0] || /\d/u.test(a + b)) return false;
  if (!isContent(a) || !isContent(b)) return false;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let at = 0;
  while (at < short.length && long[at] === short[at]) at++;
  if (at >= short.length - 1) return false;
  if (long.length !== short.length) return long.slice(at + 1) === short.slice(at);
  if (long.slice(at + 1) === short.slice(at + 1)) return true;
  return (
    at + 2 < long.length &&
    long[at] === short[at + 1] &&
    long[at + 1] === short[at] &&
    long.slice(at + 2) === short.slice(at + 2)
  );
}

// Scores: a match gains, a change or an extra word costs, a cut costs to open and a little per word, so
// that one cut of ten words beats ten scattered ones. Cuts the quote marks with an ellipsis are free.
const MATCH = 2;
const TYPO = 1.5;
const CHANGE = -1;
const INSERT = -1;
const CUT_OPEN = -2;
const CUT_EACH = -0.1;
const MARKED_EACH = -0.001; // a tie goes to the nearer words
const EDITORIAL_CHANGE = -0.1;
// An editor’s word stands in for a passage word where there is one to stand for.
const EDITORIAL_INSERT = -0.2;
const NONE = -Infinity;
// Below this many cells the whole passage is aligned; above, only the anchored stretch.
const FULL_CELLS = 400_000;
const RARE = 8;

const M = 0;
const C = 1;
const I = 2;

interface Context {
  quote: string;
  q: readonly QuoteToken[];
  threshold: number;
  variants: Variants | undefined;
}

export function align(quote: string, passage: string, options: AlignOptions = {}): Alignment {
  return alignRead(read(quote, options), passage);
}

function read(quote: string, options: AlignOptions): Context {
  return {
    quote,
    q: readQuote(quote, options.variants),
    threshold: options.threshold ?? 0.6,
    variants: options.variants,
  };
}

const notFound = (ops: DiffOp[] = []): Alignment => ({
  verdict: 'not-found',
  score: 0,
  span: null,
  ops,
  changes: { changed: [], inserted: [], missing: [] },
});

function alignRead(context: Context, passage: string): Alignment {
  const tokens = tokenize(passage, context.variants);
  if (context.q.every((token) => token.editorial) || tokens.length === 0) return notFound();
  // "cease-fire" in the quote is "ceasefire" in the passage, or the other way round.
  const q = joinCompounds(context.q, context.quote, new Set(tokens.map((token) => token.key)));
  const p = joinCompounds(tokens, passage, new Set(q.map((token) => token.key)));
  const local = { ...context, q };
  const window = narrow(q, p);
  if (!window) return notFound();
  const path = dp(q, p, window[0], window[1]);
  const ops = diff(local, passage, p, path);
  return judge(local, ops);
}

/** Words joined by a hyphen read as one where the other text writes them as one. */
function joinCompounds<T extends Token>(tokens: readonly T[], text: string, other: ReadonlySet<string>): T[] {
  const joined: T[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const next = tokens[at + 1];
    if (next && /^[-‐‑]$/u.test(text.slice(token.end, next.start)) && other.has(token.key + next.key)) {
      joined.push({ ...token, key: token.key + next.key, base: token.key + next.base, end: next.end });
      at++;
    } else joined.push(token);
  }
  return joined;
}

/** The stretch of the passage worth aligning: around the heaviest in-order chain of rare shared words. */
function narrow(q: readonly QuoteToken[], p: readonly Token[]): [number, number] | null {
  const positions = new Map<string, number[]>();
  p.forEach((token, at) => {
    const list = positions.get(token.key);
    if (list) list.push(at);
    else positions.set(token.key, [at]);
  });
  const shared = q.some((token) => !token.editorial && positions.has(token.key));
  if (!shared) return null;
  if ((q.length + 1) * (p.length + 1) <= FULL_CELLS) return [0, p.length];

  const pairs: { i: number; j: number; weight: number }[] = [];
  const collect = (limit: number) => {
    q.forEach((token, i) => {
      const list = token.editorial ? undefined : positions.get(token.key);
      if (!list || list.length > limit) return;
      const weight = (isContent(token.key) ? 1 : 0.2) / list.length;
      for (const j of list) pairs.push({ i, j, weight });
    });
  };
  collect(RARE);
  if (pairs.length === 0) collect(64);
  if (pairs.length === 0) collect(Infinity);
  pairs.sort((a, b) => a.j - b.j || b.i - a.i);

  // Heaviest chain increasing in both quote and passage order: a Fenwick tree of prefix maxima over i
  // (pairs at one passage word come in falling i, so that no two of them chain).
  const treeValue = new Float64Array(q.length + 1);
  const treePair = new Int32Array(q.length + 1).fill(-1);
  const back = new Int32Array(pairs.length);
  const total = new Float64Array(pairs.length);
  let best = 0;
  pairs.forEach((pair, index) => {
    let value = 0;
    let from = -1;
    for (let k = pair.i; k > 0; k -= k & -k) {
      if (treeValue[k]! > value) [value, from] = [treeValue[k]!, treePair[k]!];
    }
    total[index] = value + pair.weight;
    back[index] = from;
    for (let k = pair.i + 1; k <= q.length; k += k & -k) {
      if (treeValue[k]! < total[index]!) [treeValue[k], treePair[k]] = [total[index]!, index];
    }
    if (total[index]! > total[best]!) best = index;
  });
  let first = best;
  while (back[first]! >= 0) first = back[first]!;
  const head = pairs[first]!;
  const tail = pairs[best]!;
  const lo = Math.max(0, head.j - 2 * head.i - 8);
  const hi = Math.min(p.length, tail.j + 1 + 2 * (q.length - 1 - tail.i) + 8);
  return [lo, hi];
}

type Step =
  | { kind: 'equal' | 'typo' | 'changed'; i: number; j: number }
  | { kind: 'inserted'; i: number }
  | { kind: 'cut'; j: number };

/** Gotoh's three-state alignment of all of the quote against passage tokens [lo, hi), free at both ends of the passage. */
function dp(q: readonly QuoteToken[], p: readonly Token[], lo: number, hi: number): Step[] {
  const m = q.length;
  const width = hi - lo + 1;
  // How each quote word compares with each distinct passage word of the stretch, computed once.
  const ids = new Map<string, number>();
  const column = new Int32Array(width);
  for (let j = 1; j < width; j++) {
    const key = p[lo + j - 1]!.key;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    column[j] = id;
  }
  const keys = [...ids.keys()];
  const score = new Float64Array(m * keys.length);
  const kind = new Uint8Array(m * keys.length); // 0 changed, 1 typo, 2 equal
  q.forEach((token, i) => {
    const weight = token.editorial ? 0.25 : isContent(token.key) ? 1 : 0.4;
    keys.forEach((key, id) => {
      const cell = i * keys.length + id;
      if (key === token.key) {
        kind[cell] = 2;
        score[cell] = MATCH * weight;
      } else if (!token.editorial && isTypo(token.key, key)) {
        kind[cell] = 1;
        score[cell] = TYPO * weight;
      } else score[cell] = token.editorial ? EDITORIAL_CHANGE : CHANGE;
    });
  });

  // Scores in two rolling rows per state; each cell's three predecessors packed into one byte.
  const trace = new Uint8Array((m + 1) * width);
  let [pM, pC, pI] = [
    new Float64Array(width).fill(0),
    new Float64Array(width).fill(NONE),
    new Float64Array(width).fill(NONE),
  ];
  let [cM, cC, cI] = [new Float64Array(width), new Float64Array(width), new Float64Array(width)];
  for (let i = 1; i <= m; i++) {
    const token = q[i - 1]!;
    const insert = token.editorial ? EDITORIAL_INSERT : INSERT * (isContent(token.key) ? 1 : 0.5);
    // A cut lies between quote words i-1 and i: never before the first or after the last.
    const cuttable = i < m;
    const marked = cuttable && q[i]!.cutBefore;
    const open = marked ? 0 : CUT_OPEN;
    const each = marked ? MARKED_EACH : CUT_EACH;
    const row = (i - 1) * keys.length;
    cM[0] = NONE;
    cC[0] = NONE;
    let from = argmax(pM[0]!, pC[0]!, pI[0]!);
    cI[0] = pick(from, pM[0]!, pC[0]!, pI[0]!) + insert;
    trace[i * width] = from << 4;
    for (let j = 1; j < width; j++) {
      from = argmax(pM[j - 1]!, pC[j - 1]!, pI[j - 1]!);
      cM[j] = pick(from, pM[j - 1]!, pC[j - 1]!, pI[j - 1]!) + score[row + column[j]!]!;
      let bits = from;
      if (cuttable) {
        from = argmax(cM[j - 1]! + open, cC[j - 1]!, cI[j - 1]! + open);
        cC[j] = pick(from, cM[j - 1]! + open, cC[j - 1]!, cI[j - 1]! + open) + each;
        bits |= from << 2;
      } else cC[j] = NONE;
      from = argmax(pM[j]!, pC[j]!, pI[j]!);
      cI[j] = pick(from, pM[j]!, pC[j]!, pI[j]!) + insert;
      trace[i * width + j] = bits | (from << 4);
    }
    [pM, pC, pI, cM, cC, cI] = [cM, cC, cI, pM, pC, pI];
  }
  const last = [pM, pC, pI];

  let state = M;
  let j = 0;
  let top = NONE;
  for (let at = 0; at < width; at++) {
    for (const s of [M, I]) {
      if (last[s]![at]! > top) {
        top = last[s]![at]!;
        state = s;
        j = at;
      }
    }
  }
  const steps: Step[] = [];
  let i = m;
  while (i > 0) {
    const bits = trace[i * width + j]!;
    if (state === M) {
      const passageKey = p[lo + j - 1]!.key;
      const k = kind[(i - 1) * keys.length + ids.get(passageKey)!]!;
      steps.push({ kind: k === 2 ? 'equal' : k === 1 ? 'typo' : 'changed', i: i - 1, j: lo + j - 1 });
      state = bits & 3;
      i--;
      j--;
    } else if (state === C) {
      steps.push({ kind: 'cut', j: lo + j - 1 });
      state = (bits >> 2) & 3;
      j--;
    } else {
      steps.push({ kind: 'inserted', i: i - 1 });
      state = (bits >> 4) & 3;
      i--;
    }
  }
  return steps.reverse();
}

/** Which of the three states before a step scores best: M, C or I, the earlier on a tie. */
function argmax(m: number, c: number, i: number): number {
  if (m >= c && m >= i) return M;
  return c >= i ? C : I;
}

function pick(state: number, m: number, c: number, i: number): number {
  return state === M ? m : state === C ? c : i;
}

function diff(context: Context, passage: string, p: readonly Token[], steps: readonly Step[]): DiffOp[] {
  const { quote, q } = context;
  const qPiece = (from: number, to: number): Piece => {
    const start = q[from]!.start;
    const end = q[to]!.end;
    return { start, end, text: quote.slice(start, end) };
  };
  const pPiece = (from: number, to: number): Piece => {
    const start = p[from]!.start;
    const end = p[to]!.end;
    return { start, end, text: passage.slice(start, end) };
  };
  const ops: DiffOp[] = [];
  let at = 0;
  while (at < steps.length) {
    const step = steps[at]!;
    // Runs of the same kind become one op, except changes (one pair each) and typos (one word each).
    let end = at;
    const same = (next: Step | undefined) => {
      if (!next || next.kind !== step.kind || step.kind === 'changed' || step.kind === 'typo') return false;
      if (step.kind === 'inserted') return q[(next as { i: number }).i]!.editorial === q[step.i]!.editorial;
      return true;
    };
    while (same(steps[end + 1])) end++;
    const last = steps[end]!;
    if (step.kind === 'equal' || step.kind === 'typo') {
      const l = last as typeof step;
      ops.push({ op: 'equal', quote: qPiece(step.i, l.i), passage: pPiece(step.j, l.j), typo: step.kind === 'typo' });
    } else if (step.kind === 'changed') {
      ops.push({
        op: 'changed',
        quote: qPiece(step.i, step.i),
        passage: pPiece(step.j, step.j),
        editorial: q[step.i]!.editorial,
      });
    } else if (step.kind === 'inserted') {
      const l = last as typeof step;
      ops.push({ op: 'inserted', quote: qPiece(step.i, l.i), editorial: q[step.i]!.editorial });
    } else {
      const l = last as typeof step;
      // The cut lies before the next quote word: its ellipsis, if any, is the mark.
      const next = steps.slice(end + 1).find((s) => s.kind !== 'cut') as { i?: number } | undefined;
      const marked = next?.i !== undefined && q[next.i]!.cutBefore;
      ops.push({ op: 'cut', passage: pPiece(step.j, l.j), marked });
    }
    at = end + 1;
  }
  return ops;
}

function judge(context: Context, ops: readonly DiffOp[]): Alignment {
  const { q, threshold } = context;
  const speaker = q.filter((token) => !token.editorial);
  const content = speaker.some((token) => isContent(token.key))
    ? speaker.filter((token) => isContent(token.key))
    : speaker;
  const wanted = new Set(content.map((token) => token.start));
  const weight = (token: QuoteToken) => (isContent(token.key) ? 1 : 0.4);

  let matchedContent = 0;
  let matchedWeight = 0;
  let speakerEqual = 0;
  let unmarked = 0;
  let cuts = 0;
  const changes: Alignment['changes'] = { changed: [], inserted: [], missing: [] };
  for (const op of ops) {
    if (op.op === 'equal') {
      for (const token of q) {
        if (token.start < op.quote.start || token.end > op.quote.end || token.editorial) continue;
        speakerEqual++;
        matchedWeight += weight(token);
        if (wanted.has(token.start)) matchedContent++;
      }
    } else if (op.op === 'cut') {
      cuts++;
      const words = op.passage.text.split(/\s+/u).length;
      if (!op.marked) unmarked += words;
      changes.missing.push(op.passage.text);
    } else if (op.op === 'changed') {
      if (!op.editorial) changes.changed.push([op.quote.text, op.passage.text]);
    } else if (!op.editorial) changes.inserted.push(op.quote.text);
  }
  const totalWeight = speaker.reduce((sum, token) => sum + weight(token), 0);
  const score = totalWeight ? matchedWeight / (totalWeight + 0.05 * unmarked) : 0;
  const spanOps = ops.filter((op) => op.op !== 'inserted') as Exclude<DiffOp, { op: 'inserted' }>[];
  const span: [number, number] | null = spanOps.length
    ? [spanOps[0]!.passage.start, spanOps.at(-1)!.passage.end]
    : null;

  let verdict: Verdict;
  if (speaker.length > 0 && speakerEqual === speaker.length) verdict = cuts > 0 ? 'verbatim-with-cuts' : 'verbatim';
  else if (
    content.length > 0 &&
    matchedContent / content.length >= threshold &&
    matchedContent >= Math.min(2, content.length)
  )
    verdict = 'close-paraphrase';
  else return { ...notFound([...ops]), score };
  return { verdict, score, span, ops: [...ops], changes };
}

const RANK: Record<Verdict, number> = { verbatim: 3, 'verbatim-with-cuts': 2, 'close-paraphrase': 1, 'not-found': 0 };

export interface Best<T> {
  candidate: T;
  index: number;
  alignment: Alignment;
}

/**
 * The candidate passage that best holds the quote: the strongest verdict, then the highest score, then the
 * shortest span. Null when there are no candidates; a 'not-found' verdict when none holds it.
 */
export function bestPassage<T>(
  quote: string,
  candidates: readonly T[],
  options: AlignOptions & { text?: (candidate: T) => string } = {},
): Best<T> | null {
  const text =
    options.text ??
    ((candidate: T) => (typeof candidate === 'string' ? candidate : (candidate as { text: string }).text));
  const context = read(quote, options);
  let best: Best<T> | null = null;
  const length = (alignment: Alignment) => (alignment.span ? alignment.span[1] - alignment.span[0] : Infinity);
  candidates.forEach((candidate, index) => {
    const alignment = alignRead(context, text(candidate));
    if (
      !best ||
      RANK[alignment.verdict] > RANK[best.alignment.verdict] ||
      (RANK[alignment.verdict] === RANK[best.alignment.verdict] &&
        (alignment.score > best.alignment.score ||
          (alignment.score === best.alignment.score && length(alignment) < length(best.alignment))))
    )
      best = { candidate, index, alignment };
  });
  return best;
}
