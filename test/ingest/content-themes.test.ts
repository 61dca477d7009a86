import { describe, expect, it } from 'vitest';
import { ingestReport } from '../../src/ingest/ingest-report.ts';
import { loadQuestionBank } from '../../src/ingest/question-bank.ts';
import { passageThemeIds } from '../../src/store/passage-themes.ts';
import { scoreContent } from '../../src/ingest/content-themes.ts';
import { themeProfileOf } from '../../src/ingest/theme-profile.ts';

/** A small web page of our own wording, ingested the way a page with front matter is. */
async function ingestPage(title: string, body: string) {
  const text = `---\ntitle: "${title}"\nregion: "Region Exempel"\nyear: 2024\nkind: "report"\n---\n${body}\n`;
  return ingestReport('exempel.md', new TextEncoder().encode(text), undefined, loadQuestionBank());
}

const filler = 'Arbetet startade under hösten och ska följas upp under nästa år tillsammans med de verksamheter som berörs.';

describe('themes from content', () => {
  it('files a page on a walk-in emergency unit under accessibility', async () => {
    const { passages } = await ingestPage(
      'Ny närakut i stan',
      'Ny närakut i stan\n\nFrån mars kan den som blir akut sjuk på kvällen gå till närakuten vid vårdcentralen i stället för till sjukhusets akutmottagning. Närakuten har drop-in utan tidsbokning och kortare väntetid.',
    );
    expect(passages.map((passage) => passage.themeId)).toEqual(['tillganglighet']);
  });

  it('files self-monitoring at home under digitalisation', async () => {
    const { passages } = await ingestPage(
      'Mät själv hemma',
      'Mät själv hemma\n\nPatienter med hjärtsvikt väger sig och mäter blodtrycket hemma och skickar värdena med en app. Egenmonitorering gör att sjuksköterskan kan följa värdena på distans.',
    );
    expect(passages[0]?.themeId).toBe('digitalisering');
  });

  it('gives a mobile team that avoids hospital stays both themes, the mobile one first', async () => {
    const { passages } = await ingestPage(
      'Mobila team',
      'Mobila team\n\nDet mobila teamet gör hembesök hos sköra äldre med många diagnoser. Genom att teamet kommer hem i tid undviks onödiga akutbesök och inläggning på sjukhus, och återinläggningarna har minskat.',
    );
    expect(passages[0]?.themeId).toBe('mobila-losningar');
    expect(passages[0] && passageThemeIds(passages[0])).toContain('undvikbar-slutenvard');
  });

  it('lets a passage under a themed heading inherit it when its own words are neutral', async () => {
    const { passages } = await ingestPage('Patientkontrakt i regionen', `Patientkontrakt i regionen\n\nSå går det till\n\n${filler}`);
    expect(passages.map((passage) => passage.themeId)).toEqual(['delaktighet']);
  });

  it('lets the page title reach a passage through a label heading, not through a headline of its own', async () => {
    const { passages } = await ingestPage(
      'Mobila team i länet',
      `Mobila team i länet\n\nBakgrund\n\n${filler}\n\nRegionstyrelsen beslutade om lokaler och parkering för nästa år\n\n${filler}`,
    );
    expect(passages.map((passage) => passage.themeId)).toEqual(['mobila-losningar', 'ovrigt']);
  });

  it('overrides the heading when the content clearly speaks of something else, keeping the heading as a second theme', async () => {
    const { passages } = await ingestPage(
      'Patientkontrakt',
      'Patientkontrakt\n\nAmbulanssjukvården har fått en ny prehospital enhet. Ambulansen kan nu bedöma patienten på plats och ambulanspersonalen utbildas i prehospital bedömning, så att färre ambulanser kör in till akuten i onödan.',
    );
    expect(passages[0]?.themeId).toBe('ambulanssjukvard');
    expect(passages[0]?.secondaryThemeIds).toContain('delaktighet');
  });

  it('files text that speaks to no theme honestly under övrigt', async () => {
    const { passages } = await ingestPage('Om webbplatsen', `Om webbplatsen\n\n${filler}`);
    expect(passages.map((passage) => passage.themeId)).toEqual(['ovrigt']);
    expect(passages[0]?.secondaryThemeIds).toBeUndefined();
  });

  it('lists secondary themes in the report themes as well', async () => {
    const { report } = await ingestPage(
      'Mobila team',
      'Mobila team\n\nDet mobila teamet gör hembesök hos sköra äldre med många diagnoser. Genom att teamet kommer hem i tid undviks onödiga akutbesök och inläggning på sjukhus, och återinläggningarna har minskat.',
    );
    expect(report.themes).toEqual(expect.arrayContaining(['mobila-losningar', 'undvikbar-slutenvard']));
  });
});

describe('scoreContent matches inflected words in full', () => {
  const profile = themeProfileOf(loadQuestionBank());
  const scoreFor = (text: string, themeId: string) => scoreContent(profile, text).find((score) => score.themeId === themeId)?.score ?? 0;

  it('counts an inflected keyword as much as its bare form, though the stemmer cuts the two differently', () => {
    const bare = scoreFor('Vi köpte en ny ambulans.', 'ambulanssjukvard');
    expect(bare).toBeGreaterThan(0);
    expect(scoreFor('Ambulansen kom efter tio minuter.', 'ambulanssjukvard')).toBeCloseTo(bare, 5);
  });

  it('counts a keyword inside a compound as a part only, and by the strongest stem it starts with', () => {
    const whole = scoreFor('Rehabilitering i hemmet.', 'halsoframjande');
    const part = scoreFor('Ambulanspersonalens arbetsmiljö.', 'ambulanssjukvard');
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(scoreFor('Ambulans.', 'ambulanssjukvard'));
    // "rehabilitering" starts both with the keyword's stem and with a weaker stem from question prose.
    expect(whole).toBeGreaterThan(0.5 * scoreFor('Rehabiliter.', 'halsoframjande'));
  });
});

/**
 * Headings and slide titles that new shapes of reports use, added to data/question-bank.json (aliases
 * and keywords, never code): each places a neutral passage under it.
 */
const headingCases: { heading: string; theme: string }[] = [
  { heading: 'Närakuter', theme: 'tillganglighet' },
  { heading: 'Egenmonitorering', theme: 'digitalisering' },
  { heading: 'Digitala vårdmöten', theme: 'digitalisering' },
  { heading: 'Närvårdsteam', theme: 'mobila-losningar' },
  { heading: 'Mobil närvård', theme: 'mobila-losningar' },
  { heading: 'Levnadsvanor', theme: 'halsoframjande' },
  { heading: 'Folkhälsoarbete i länet', theme: 'halsoframjande' },
  { heading: 'Civilsamhällets roll', theme: 'invanarsamverkan' },
  { heading: 'Vård på landsbygden', theme: 'glesbygd' },
  { heading: 'Gemensam strategi för länet', theme: 'malbild' },
  { heading: 'Omställning till nära vård', theme: 'malbild' },
  { heading: 'Samverkan vid utskrivning', theme: 'samverkan' },
  { heading: 'Fast läkarkontakt', theme: 'kontinuitet' },
];

describe('heading wordings from data place the text under them', () => {
  it.each(headingCases)('"$heading" → $theme', async ({ heading, theme }) => {
    const { passages } = await ingestPage('Aktuellt', `Aktuellt\n\n${heading}\n\n${filler}`);
    expect(passages.at(-1)?.themeId).toBe(theme);
  });
});
