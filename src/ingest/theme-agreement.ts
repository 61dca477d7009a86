import { z } from 'zod';
import type { Passage } from '../types.ts';
import { passageThemeIds } from '../store/passage-themes.ts';

/** A hand label: a passage named by its document's file name and its position, never by its text. */
export const themeLabelSetSchema = z.object({
  calibration: z.object({ from: z.string(), to: z.string() }),
  /** Passages per document when the labels were made: a changed segmentation must be noticed, not silently compared. */
  passagesPerDocument: z.record(z.string(), z.number().int().min(0)),
  labels: z
    .array(
      z.object({
        doc: z.string(),
        ordinal: z.number().int().min(0),
        theme: z.string(),
        reason: z.string().min(1),
        /**
         * Labelled after the thresholds were fitted and before the output on the passage was seen: a
         * held-out set never used for tuning, reported on its own (neither calibration nor held out).
         */
        fresh: z.boolean().optional(),
      }),
    )
    .min(1),
});
export type ThemeLabelSet = z.infer<typeof themeLabelSetSchema>;

export interface AgreementPart {
  labelled: number;
  /** Share whose primary theme is the label. */
  primary: number;
  /** Share where the label is among the passage's themes (primary or secondary). */
  anyTheme: number;
  /** Themes per labelled passage on average: anyTheme rises with every theme added, so it is read beside this. */
  themesPerPassage: number;
}

export interface ThemeAgreement {
  all: AgreementPart;
  calibration: AgreementPart;
  heldOut: AgreementPart;
  /** Labels marked fresh, wherever their document falls. */
  fresh: AgreementPart;
  /** Documents whose passage count differs from when they were labelled. */
  drifted: string[];
  misses: { doc: string; ordinal: number; label: string; assigned: string[]; fresh: boolean }[];
}

function part(rows: { primary: boolean; any: boolean; themes: number }[]): AgreementPart {
  const share = (count: number) => (rows.length === 0 ? 0 : count / rows.length);
  return {
    labelled: rows.length,
    primary: share(rows.filter((row) => row.primary).length),
    anyTheme: share(rows.filter((row) => row.any).length),
    themesPerPassage: share(rows.reduce((sum, row) => sum + row.themes, 0)),
  };
}

/**
 * Agreement of assigned themes with hand labels. `documentOf` maps a passage's report id to the label
 * file's document name (the multi-region pages' report id is their file name without ".md").
 */
export function themeAgreement(labels: ThemeLabelSet, passages: readonly Passage[], documentOf: (reportId: string) => string): ThemeAgreement {
  const byDocument = new Map<string, Passage[]>();
  for (const passage of passages) {
    const document = documentOf(passage.reportId);
    byDocument.set(document, [...(byDocument.get(document) ?? []), passage]);
  }
  const drifted = Object.entries(labels.passagesPerDocument)
    .filter(([document, count]) => (byDocument.get(document)?.length ?? 0) !== count)
    .map(([document]) => document);
  const inCalibration = (document: string) => document >= labels.calibration.from && document <= labels.calibration.to;
  const rows: { document: string; fresh: boolean; primary: boolean; any: boolean; themes: number }[] = [];
  const misses: ThemeAgreement['misses'] = [];
  for (const label of labels.labels) {
    if (drifted.includes(label.doc)) continue;
    const passage = byDocument.get(label.doc)?.find((candidate) => candidate.ordinal === label.ordinal);
    const assigned = passage ? passageThemeIds(passage) : [];
    const row = { document: label.doc, fresh: label.fresh === true, primary: assigned[0] === label.theme, any: assigned.includes(label.theme), themes: assigned.length };
    rows.push(row);
    if (!row.primary) misses.push({ doc: label.doc, ordinal: label.ordinal, label: label.theme, assigned, fresh: row.fresh });
  }
  return {
    all: part(rows),
    calibration: part(rows.filter((row) => !row.fresh && inCalibration(row.document))),
    heldOut: part(rows.filter((row) => !row.fresh && !inCalibration(row.document))),
    fresh: part(rows.filter((row) => row.fresh)),
    drifted,
    misses,
  };
}
