import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/ingest/ingest-corpus.ts';
import { ingestSeeds, passageHolding, seedIds, seedOpening } from './seed-corpus.ts';

interface GoldenCase {
  report: string;
  /** The line of the report file (1-based) whose passage is judged; see seedOpening. */
  line: number;
  theme: string;
  question?: string | null;
  why: string;
}

const golden: GoldenCase[] = [
  // Region form: region 13a is the resource question…
  { report: seedIds.halland, line: 348, theme: 'resursutnyttjande', question: '13a', why: "the region form's 13a asks how resources are put to use" },
  // …while the municipal form's 13a is avoidable inpatient care: same number, other theme.
  { report: seedIds.dalarna, line: 456, theme: 'undvikbar-slutenvard', question: '13a', why: "the municipal form's 13a is about inpatient stays that could be avoided" },
  { report: seedIds.dalarna, line: 409, theme: 'resursutnyttjande', question: '12a', why: 'municipal 12a is region 13a (n−1 shift)' },
  { report: seedIds.halland, line: 369, theme: 'undvikbar-slutenvard', question: '14a', why: 'a numbered answer item mentioning ambulance stays in its question 14a' },
  { report: seedIds.halland, line: 444, theme: 'kontinuitet', question: '17a', why: 'region 17a continuity' },
  { report: seedIds.halland, line: 428, theme: 'mobila-losningar', question: '16', why: 'region 16 mobile solutions' },
  { report: seedIds.halland, line: 683, theme: 'informationsutbyte', question: '23', why: 'region 23 information exchange with the municipalities' },
  { report: seedIds.halland, line: 696, theme: 'ambulanssjukvard', question: '24a', why: 'region 24a ambulance care' },
  { report: seedIds.halland, line: 256, theme: 'invanarsamverkan', question: '10', why: 'region 10: collaboration with residents and user organisations' },
  { report: seedIds.dalarna, line: 165, theme: 'digitalisering', question: '6', why: 'municipal 6 = region 7 digitalisation' },
  { report: seedIds.dalarna, line: 573, theme: 'vidareutbildning', question: '16a', why: 'municipal 16a = region 20a nurse training' },
  { report: seedIds.dalarna, line: 410, theme: 'resursutnyttjande', question: '12a', why: 'list item inside municipal 12a' },
  // Reworked report: headings, not numbers, land on the same themes as the form questions.
  { report: seedIds.vasterbotten, line: 294, theme: 'undvikbar-slutenvard', question: '14a', why: 'under heading "Undvik slutenvård genom proaktiva arbetsätt" > "Insatser som genomförts under året"' },
  { report: seedIds.vasterbotten, line: 360, theme: 'kontinuitet', question: '17a', why: 'under heading "Insatser för att öka kontinuiteten och relationsskapande"' },
  { report: seedIds.vasterbotten, line: 312, theme: 'undvikbar-slutenvard', question: '14b', why: 'results sub-heading inherits the parent theme as part b' },
  { report: seedIds.vasterbotten, line: 507, theme: 'ambulanssjukvard', question: '24a', why: 'a sub-heading outside the table of contents inherits ambulance care' },
  { report: seedIds.vasterbotten, line: 495, theme: 'informationsutbyte', question: '23', why: 'second "Arbete som genomförts under året" under e-hälsa; its lead-in restates question 23' },
  { report: seedIds.vasterbotten, line: 236, theme: 'halsoframjande', question: '12a', why: 'heading "Hälsofrämjande, förebyggande …" > "Insatser som genomförts under året"' },
  // Slide decks: themes from slide titles and text.
  { report: seedIds.gavleborg, line: 274, theme: 'kontinuitet', question: null, why: 'slide "Ur Handlingsplan kontinuitet – Fast vårdkontakt forts:"' },
  { report: seedIds.gavleborg, line: 309, theme: 'delaktighet', question: null, why: 'slide "Ur Handlingsplan delaktighet – Patientkontrakt"' },
  { report: seedIds.gavleborg, line: 225, theme: 'tillganglighet', question: null, why: 'sub-slide "Stöd till att förbättra och utveckla tillgängligheten i primärvården"' },
  { report: seedIds.gnhh, line: 132, theme: 'samverkan', question: null, why: 'discharge collaboration between region and municipalities (Samverkansrutinen)' },
  { report: seedIds.gnhh, line: 15, theme: 'samverkan', question: null, why: 'the law on collaboration at discharge' },
];

let result: IngestResult;
beforeAll(async () => {
  result = await ingestSeeds();
});

describe('golden theme cases across all five seeds', () => {
  it('covers every seed report and has at least 15 cases', () => {
    expect(golden.length).toBeGreaterThanOrEqual(15);
    expect(new Set(golden.map((item) => item.report)).size).toBe(5);
  });

  it.each(golden)('$report line $line → $theme ($why)', ({ report, line, theme, question }) => {
    const passage = passageHolding(result, report, seedOpening(report, line));
    expect(passage.themeId).toBe(theme);
    if (question !== undefined) expect(passage.question?.number ?? null).toBe(question);
  });
});

describe('heading paths of the reworked report', () => {
  it('puts a sub-heading the table of contents leaves out under its parent headings', async () => {
    const passage = passageHolding(await ingestSeeds(), seedIds.vasterbotten, seedOpening(seedIds.vasterbotten, 507));
    expect(passage.headingPath).toEqual(['Förstärkning av ambulanssjukvården', 'Insatser som genomförts under året', 'Advanced medical lifesupport - AMLS']);
  });
});
