import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/ingest/ingest-corpus.ts';
import { ingestSeeds, passageHolding, seedIds } from './seed-corpus.ts';

interface GoldenCase {
  report: string;
  /** A distinctive substring of the report that must land in one passage. */
  text: string;
  theme: string;
  question?: string | null;
  why: string;
}

const golden: GoldenCase[] = [
  // Region form: region 13a is the resource question…
  { report: seedIds.halland, text: 'produktionsplanering och uppföljning har pågått', theme: 'resursutnyttjande', question: '13a', why: 'region form 13a = ändamålsenlig resurssättning' },
  // …while the municipal form's 13a is avoidable inpatient care: same number, other theme.
  { report: seedIds.dalarna, text: 'ett lasarett har infört en läkarjour helgtid', theme: 'undvikbar-slutenvard', question: '13a', why: 'municipal form 13a = undvikbar slutenvård' },
  { report: seedIds.dalarna, text: 'Samarbetar med kommunens bemanningsenhet', theme: 'resursutnyttjande', question: '12a', why: 'municipal 12a is region 13a (n−1 shift)' },
  { report: seedIds.halland, text: '1. Strukturerat arbete sker inom ambulanssjukvården', theme: 'undvikbar-slutenvard', question: '14a', why: 'a numbered answer item mentioning ambulance stays in its question 14a' },
  { report: seedIds.halland, text: 'Regional rutin för fast vårdkontakt och fast läkarkontakt', theme: 'kontinuitet', question: '17a', why: 'region 17a continuity' },
  { report: seedIds.halland, text: 'Region Hallands Vaccinationsbuss', theme: 'mobila-losningar', question: '16', why: 'region 16 mobile solutions' },
  { report: seedIds.halland, text: 'pilotprojekt för åtkomst till regionens läkemedelslista', theme: 'informationsutbyte', question: '23', why: 'region 23 information exchange with the municipalities' },
  { report: seedIds.halland, text: 'Prehospital akutsjukvård psykiatri', theme: 'ambulanssjukvard', question: '24a', why: 'region 24a ambulance care' },
  { report: seedIds.halland, text: 'Brukarrevision har genomförts i psykiatrin', theme: 'invanarsamverkan', question: '10', why: 'region 10: collaboration with residents and user organisations' },
  { report: seedIds.dalarna, text: 'Fortsatt införande av Tena identi', theme: 'digitalisering', question: '6', why: 'municipal 6 = region 7 digitalisation' },
  { report: seedIds.dalarna, text: 'Kommunerna erbjuder olika lösningar. Vissa erbjuder tjänstledigt', theme: 'vidareutbildning', question: '16a', why: 'municipal 16a = region 20a nurse training' },
  { report: seedIds.dalarna, text: 'Gemensam annonsering arbetsterapeut', theme: 'resursutnyttjande', question: '12a', why: 'list item inside municipal 12a' },
  // Reworked report: headings, not numbers, land on the same themes as the form questions.
  { report: seedIds.vasterbotten, text: 'Mobilt primärvårdsteam i Skellefteåområdet', theme: 'undvikbar-slutenvard', question: '14a', why: 'under heading "Undvik slutenvård genom proaktiva arbetsätt" > "Insatser som genomförts under året"' },
  { report: seedIds.vasterbotten, text: 'kriterier som stöd för prioritering av vilka patienter som kan ha störst behov av fast läkarkontakt', theme: 'kontinuitet', question: '17a', why: 'under heading "Insatser för att öka kontinuiteten och relationsskapande"' },
  { report: seedIds.vasterbotten, text: 'En förenklad deluppföljning av projektet "Trygghet och hälsa"', theme: 'undvikbar-slutenvard', question: '14b', why: 'results sub-heading inherits the parent theme as part b' },
  { report: seedIds.vasterbotten, text: 'utbildningskonceptet AMLS inom ambulanssjukvården', theme: 'ambulanssjukvard', question: '24a', why: 'a sub-heading outside the table of contents inherits ambulance care' },
  { report: seedIds.vasterbotten, text: 'Regionen har tillsammans med kommunerna initierat ett arbete för att hitta lösningar', theme: 'informationsutbyte', question: '23', why: 'second "Arbete som genomförts under året" under e-hälsa; its lead-in restates question 23' },
  { report: seedIds.vasterbotten, text: 'Västerbottens hälsoundersökningar (VHU) ska erbjudas', theme: 'halsoframjande', question: '12a', why: 'heading "Hälsofrämjande, förebyggande …" > "Insatser som genomförts under året"' },
  // Slide decks: themes from slide titles and text.
  { report: seedIds.gavleborg, text: 'Ny rutin "Fast vårdkontakt och behandlande roller"', theme: 'kontinuitet', question: null, why: 'slide "Ur Handlingsplan kontinuitet – Fast vårdkontakt forts:"' },
  { report: seedIds.gavleborg, text: 'I ett första steg kommer Patientkontrakt att skapas', theme: 'delaktighet', question: null, why: 'slide "Ur Handlingsplan delaktighet – Patientkontrakt"' },
  { report: seedIds.gavleborg, text: 'stärka såväl den digitala som den fysiska tillgängligheten', theme: 'tillganglighet', question: null, why: 'sub-slide "Stöd till att förbättra och utveckla tillgängligheten i primärvården"' },
  { report: seedIds.gnhh, text: 'Webbaserad utbildningssatsning för ökad kunskap och användande av SIP', theme: 'samverkan', question: null, why: 'discharge collaboration between region and municipalities (Samverkansrutinen)' },
  { report: seedIds.gnhh, text: 'Lag (2017:612) om samverkan vid utskrivning från slutna hälso- och sjukvård', theme: 'samverkan', question: null, why: 'the law on collaboration at discharge' },
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

  it.each(golden)('$report: "$text" → $theme ($why)', ({ report, text, theme, question }) => {
    const passage = passageHolding(result, report, text);
    expect(passage.themeId).toBe(theme);
    if (question !== undefined) expect(passage.question?.number ?? null).toBe(question);
  });
});

describe('heading paths of the reworked report', () => {
  it('puts a sub-heading the table of contents leaves out under its parent headings', async () => {
    const passage = passageHolding(await ingestSeeds(), seedIds.vasterbotten, 'utbildningskonceptet AMLS inom ambulanssjukvården');
    expect(passage.headingPath).toEqual(['Förstärkning av ambulanssjukvården', 'Insatser som genomförts under året', 'Advanced medical lifesupport - AMLS']);
  });
});
