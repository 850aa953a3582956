/**
 * The people and outlets of the corpus in the order their index pages list them, with the figures
 * those pages show: from the summaries and the lists the corpus run counted, never from the turns.
 */
import type { BuildInfo, Outlet, Speaker } from '../corpus/schema.ts';
import type { SiteIndex } from './corpus-index.ts';
import { compareNames } from './labels.ts';

export interface SpeakerRow {
  speaker: Speaker;
  documents: number;
  passages: number;
}

/** Named people first, most passages first; then the journalists no transcript names. */
export function speakerRows(index: SiteIndex, info: BuildInfo): SpeakerRow[] {
  return [...index.speaker.values()]
    .map((speaker) => ({
      speaker,
      documents: index.bySpeaker.get(speaker.id)?.length ?? 0,
      passages: info.lists[`speakers/${speaker.id}`]?.entries ?? 0,
    }))
    .sort(
      (a, b) =>
        Number(a.speaker.anonymous) - Number(b.speaker.anonymous) ||
        b.passages - a.passages ||
        compareNames(a.speaker.name, b.speaker.name),
    );
}

export function outletRows(index: SiteIndex): { outlet: Outlet; documents: number }[] {
  return [...index.outlet.values()]
    .map((outlet) => ({ outlet, documents: index.byOutlet.get(outlet.id)?.length ?? 0 }))
    .sort((a, b) => compareNames(a.outlet.name, b.outlet.name));
}
