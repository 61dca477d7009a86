import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageCombinedCorpus, type StagedCorpus } from '../../src/ingest/combined-corpus.ts';
import { ingestCorpus, type IngestResult } from '../../src/ingest/ingest-corpus.ts';
import { themeAgreement, themeLabelSetSchema, type ThemeAgreement, type ThemeLabelSet } from '../../src/ingest/theme-agreement.ts';
import { themesPerReport } from '../../src/ingest/theme-overview.ts';
import { samplePassage } from '../store/sample-records.ts';
import { seedCorpusDir } from './seed-corpus.ts';

/**
 * Agreement with hand labels. Issue 9 targets 0.80 for the primary theme and 0.90 for any assigned
 * theme. Two label sets:
 * - the multi-region pages, read from ../shared at run time and never copied here (the fixture names
 *   each passage by file and position only); documents 101–119 are the calibration half that
 *   thresholds were fitted on, 120–139 are held out;
 * - pages of our own wording (fixtures/themes/fresh-docs), written and labelled as a fresh held-out set.
 * npm run themes -- --extra-corpus ../shared/eval/multi/docs --extra-corpus test/fixtures/themes/fresh-docs
 *   --labels test/fixtures/themes/multi-labels.json --labels test/fixtures/themes/fresh-labels.json
 * prints the figures and every disagreement.
 */
const multiDocs = path.resolve(import.meta.dirname, '../../../shared/eval/multi/docs');
const freshDocs = path.resolve(import.meta.dirname, '../fixtures/themes/fresh-docs');
const readLabels = (file: string) => themeLabelSetSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/themes', file), 'utf8')));
const available = existsSync(multiDocs);
if (!available) console.warn(`Hoppar över temaöverensstämmelsen för flerregionssidorna: ${multiDocs} saknas (de delade utvärderingssidorna finns inte på den här maskinen).`);

function agreementOn(result: IngestResult, labels: ThemeLabelSet): ThemeAgreement {
  const files = new Map(result.reports.map((report) => [report.id, report.file]));
  return themeAgreement(labels, result.passages, (reportId) => files.get(reportId) ?? reportId);
}

describe('themeAgreement', () => {
  const labels: ThemeLabelSet = {
    calibration: { from: 'a.md', to: 'b.md' },
    passagesPerDocument: { 'a.md': 2, 'c.md': 1 },
    labels: [
      { doc: 'a.md', ordinal: 0, theme: 'kontinuitet', reason: 'fast läkare' },
      { doc: 'a.md', ordinal: 1, theme: 'samverkan', reason: 'region och kommun' },
      { doc: 'c.md', ordinal: 0, theme: 'glesbygd', reason: 'långt till vården' },
      { doc: 'c.md', ordinal: 0, theme: 'malbild', reason: 'en andra läsare', fresh: true },
    ],
  };
  const passages = [
    { ...samplePassage('p1', 'ett', 'a', 0), themeId: 'kontinuitet' },
    { ...samplePassage('p2', 'två', 'a', 1), themeId: 'mobila-losningar', secondaryThemeIds: ['samverkan', 'malbild'] },
    { ...samplePassage('p3', 'tre', 'c', 0), themeId: 'ovrigt', secondaryThemeIds: ['malbild'] },
  ];
  const agreement = themeAgreement(labels, passages, (reportId) => `${reportId}.md`);

  it('splits the labels into calibration, held out and fresh, fresh ones counted only as fresh', () => {
    expect(agreement.calibration).toEqual({ labelled: 2, primary: 0.5, anyTheme: 1, themesPerPassage: 2 });
    expect(agreement.heldOut).toEqual({ labelled: 1, primary: 0, anyTheme: 0, themesPerPassage: 2 });
    expect(agreement.fresh).toEqual({ labelled: 1, primary: 0, anyTheme: 1, themesPerPassage: 2 });
    expect(agreement.all.labelled).toBe(4);
    expect(agreement.misses.map((miss) => [miss.doc, miss.ordinal, miss.fresh])).toEqual([
      ['a.md', 1, false],
      ['c.md', 0, false],
      ['c.md', 0, true],
    ]);
  });

  it('skips documents whose segmentation changed since labelling instead of comparing other passages', () => {
    const drifted = themeAgreement(labels, passages.slice(0, 1), (reportId) => `${reportId}.md`);
    expect(drifted.drifted).toEqual(['a.md', 'c.md']);
    expect(drifted.all.labelled).toBe(0);
  });
});

describe('themes of pages of our own wording against labels made before the output was seen', () => {
  let staged: StagedCorpus;
  let agreement: ThemeAgreement;
  const labels = readLabels('fresh-labels.json');

  beforeAll(async () => {
    staged = await stageCombinedCorpus(seedCorpusDir, [freshDocs]);
    agreement = agreementOn(await ingestCorpus(staged.dir), labels);
    console.log(`Temaöverensstämmelse, egna sidor: ${JSON.stringify(agreement.fresh)}`);
  }, 120_000);
  afterAll(() => staged?.cleanup());

  it('labels at least 15 passages, all fresh, on the segmentation they were made on', () => {
    expect(labels.labels.length).toBeGreaterThanOrEqual(15);
    expect(labels.labels.every((label) => label.fresh)).toBe(true);
    expect(agreement.drifted, 'segmenteringen har ändrats sedan märkningen; märk om de sidorna').toEqual([]);
  });

  // Measured 0.75 for both over 44 labels: 0.86 on the f pages, which the taxonomy review knew, and 0.64
  // on the g and h pages, written after all tuning and measured once, whose plain wording mostly lands
  // in övrigt. The guard holds what is reached; it is not the target.
  it('agrees with the labels on the primary theme and on any assigned theme at least 70 % of the time', () => {
    expect(agreement.fresh.primary).toBeGreaterThanOrEqual(0.7);
    expect(agreement.fresh.anyTheme).toBeGreaterThanOrEqual(0.7);
  });
});

describe.skipIf(!available)('themes of the multi-region pages against hand labels', () => {
  let staged: StagedCorpus;
  let result: IngestResult;
  let agreement: ThemeAgreement;
  const labels = readLabels('multi-labels.json');

  beforeAll(async () => {
    staged = await stageCombinedCorpus(seedCorpusDir, [multiDocs]);
    result = await ingestCorpus(staged.dir);
    agreement = agreementOn(result, labels);
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

  it('has the labelled theme among the assigned ones for at least 90 %, on the held-out half too', () => {
    expect(agreement.all.anyTheme).toBeGreaterThanOrEqual(0.9);
    expect(agreement.heldOut.anyTheme).toBeGreaterThanOrEqual(0.9);
  });

  it('gets there with fewer than two themes per passage on average, not by giving every passage many', () => {
    expect(agreement.all.themesPerPassage).toBeLessThan(2);
  });

  it('leaves at most 15 % of non-form passages of seeds and pages in övrigt', () => {
    const rows = themesPerReport(result.reports, result.passages);
    const nonForm = rows.reduce((sum, row) => sum + row.nonForm, 0);
    const ovrigt = rows.reduce((sum, row) => sum + row.nonFormOvrigt, 0);
    expect(ovrigt / nonForm).toBeLessThanOrEqual(0.15);
  });
});
