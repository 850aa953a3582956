/**
 * The pipeline's report: per seed file, what became of its lines, and every
 * speaker decision the rules made with low confidence.
 */
import type {
  CorpusDocument,
  CorpusReport,
  DocumentDecision,
  FileReport,
  LowConfidenceTurn,
  Outlet,
  Removed,
} from './schema.ts';
import type { SourceFile } from './read.ts';
import { compareText } from './text.ts';
import { accountLines } from './validate.ts';

export type { CorpusReport, DocumentDecision, FileReport, LowConfidenceTurn } from './schema.ts';

/** What became of one file's lines: kept (title, label, passage) or removed, by reason. */
export function fileReport(
  source: SourceFile,
  documents: readonly CorpusDocument[],
  removed: readonly Removed[],
): FileReport {
  const uses = accountLines(source, documents, removed);
  const removedCounts: Record<string, number> = {};
  for (const removal of removed) {
    if (removal.text !== undefined) {
      removedCounts[`${removal.reason} (inline)`] = (removedCounts[`${removal.reason} (inline)`] ?? 0) + 1;
      continue;
    }
    for (let line = removal.startLine; line <= removal.endLine; line++) {
      if ((source.lines[line - 1] ?? '').trim() !== '')
        removedCounts[removal.reason] = (removedCounts[removal.reason] ?? 0) + 1;
    }
  }
  return {
    file: source.file,
    documents: documents.length,
    turns: documents.reduce((sum, document) => sum + document.turns.length, 0),
    passages: documents.reduce(
      (sum, document) => sum + document.turns.reduce((total, turn) => total + turn.passages.length, 0),
      0,
    ),
    lines: {
      nonBlank: source.lines.filter((line) => line.trim() !== '').length,
      kept: uses.filter((use) => use === 'title' || use === 'label' || use === 'passage').length,
      removed: removedCounts,
    },
  };
}

/** The report, gathered one source file at a time as the pipeline goes. */
export class ReportBuilder {
  private readonly files: FileReport[] = [];
  private readonly lowConfidence: LowConfidenceTurn[] = [];
  private readonly methods: Record<string, number> = {};
  private readonly documents: DocumentDecision[] = [];
  private readonly outletDocuments = new Map<string, string[]>();

  addFile(report: FileReport, documents: readonly CorpusDocument[]): void {
    this.files.push(report);
    for (const document of documents) this.addDocument(document);
  }

  private addDocument(document: CorpusDocument): void {
    this.documents.push({
      document: document.id,
      kind: document.kind,
      kindEvidence: document.kindEvidence,
      convention: document.convention.name,
      conventionEvidence: document.convention.evidence,
    });
    for (const outlet of document.outlets) {
      this.outletDocuments.set(outlet.id, [...(this.outletDocuments.get(outlet.id) ?? []), document.id]);
    }
    for (const turn of document.turns) {
      this.methods[turn.decidedBy.method] = (this.methods[turn.decidedBy.method] ?? 0) + 1;
      if (turn.decidedBy.confidence !== 'low') continue;
      const first = turn.passages[0];
      this.lowConfidence.push({
        document: document.id,
        turn: turn.id,
        line: first?.lines[0] ?? 0,
        speaker: turn.speaker,
        cues: turn.decidedBy.cues,
        text: (first?.text ?? '').slice(0, 90),
      });
    }
  }

  /** The speaker ids in the low-confidence list follow any merge of speakers across documents. */
  finish(outlets: readonly Outlet[], renames: ReadonlyMap<string, string>): CorpusReport {
    for (const turn of this.lowConfidence) if (turn.speaker) turn.speaker = renames.get(turn.speaker) ?? turn.speaker;
    return {
      files: this.files,
      lowConfidence: this.lowConfidence,
      methods: this.methods,
      documents: this.documents.sort((a, b) => compareText(a.document, b.document)),
      unreviewedOutlets: outlets
        .filter((outlet) => !outlet.reviewed)
        .map((outlet) => ({ id: outlet.id, name: outlet.name, documents: this.outletDocuments.get(outlet.id) ?? [] })),
    };
  }
}

export function formatReport(report: CorpusReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    const removed = Object.entries(file.lines.removed)
      .map(([reason, count]) => `${reason} ${count}`)
      .join(', ');
    lines.push(
      `${file.file}: ${file.documents} documents, ${file.turns} turns, ${file.passages} passages; ` +
        `${file.lines.nonBlank} non-blank lines: ${file.lines.kept} kept, removed: ${removed || 'none'}`,
    );
  }
  const methods = Object.entries(report.methods)
    .map(([method, count]) => `${method} ${count}`)
    .join(', ');
  lines.push(`turns decided by: ${methods}`);
  const conventions = new Map<string, number>();
  for (const document of report.documents)
    conventions.set(document.convention, (conventions.get(document.convention) ?? 0) + 1);
  lines.push(`conventions: ${[...conventions].map(([name, count]) => `${name} ${count}`).join(', ')}`);
  for (const document of report.documents) {
    lines.push(
      `  ${document.document}: ${document.kind} (${document.kindEvidence}); ${document.convention} (${document.conventionEvidence})`,
    );
  }
  lines.push(`unreviewed outlets, for data/outlets.yaml: ${report.unreviewedOutlets.length}`);
  for (const outlet of report.unreviewedOutlets)
    lines.push(`  ${outlet.id}: “${outlet.name}”, in ${outlet.documents.join(', ')}`);
  lines.push(`low-confidence speaker decisions: ${report.lowConfidence.length}`);
  for (const turn of report.lowConfidence) {
    lines.push(
      `  ${turn.document} line ${turn.line} → ${turn.speaker ?? 'narration'} [${turn.cues.join(', ')}] “${turn.text}”`,
    );
  }
  return lines.join('\n');
}
