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

/**
 * Everyday wordings of each theme added to data/question-bank.json as keywords, each in a sentence of
 * our own: a passage saying only this (and a neutral sentence) is filed under the theme.
 */
const wordingCases: { text: string; theme: string }[] = [
  { text: 'Styrgruppen har pekat ut färdriktningen och tre delmål för de närmaste åren.', theme: 'malbild' },
  { text: 'Fullmäktige fattade ett inriktningsbeslut om hur vården ska se ut om tio år.', theme: 'malbild' },
  { text: 'Vården bygger på ett partnerskap där patientberättelsen och en gemensam hälsoplan står i centrum.', theme: 'personcentrerat' },
  { text: 'Sjuksköterskan har en helhetssyn på livssituationen.', theme: 'personcentrerat' },
  { text: 'Den som har frågor kan använda chatten eller få vård på distans genom en distanskontakt.', theme: 'digitalisering' },
  { text: 'Egenmätning och hemmonitorering gör att mätvärden når mottagningen utan en resa.', theme: 'digitalisering' },
  { text: 'I skärgården tar det en timme med båt till närmaste mottagning.', theme: 'glesbygd' },
  { text: 'Satsningen riktar sig till utsatta områden i de större städerna.', theme: 'glesbygd' },
  { text: 'Att patienten får vara med och bestämma om sin behandling står i patientlagen.', theme: 'delaktighet' },
  { text: 'Stöd för hälsolitteracitet hjälper människor att förstå och använda information om sin hälsa.', theme: 'delaktighet' },
  { text: 'En patientpanel och en invånarpanel tycker till, och brukarrepresentanter sitter med i arbetsgruppen.', theme: 'invanarsamverkan' },
  { text: 'Invånardialogen genomfördes med pensionärsorganisationer och patientföreträdare.', theme: 'invanarsamverkan' },
  { text: 'Hemrehabilitering med arbetsterapeut och fysioterapeut hjälper den som vill klara vardagen själv.', theme: 'halsoframjande' },
  { text: 'Vardagsrehabilitering, friskvård och en hälsoskola för nyblivna pensionärer startar i vår.', theme: 'halsoframjande' },
  { text: 'Vården ska ges på lägsta effektiva omhändertagandenivå och utan dubbelarbete.', theme: 'resursutnyttjande' },
  { text: 'Resursförskjutningen mot primärvården kräver effektivisering och uppgiftsväxling.', theme: 'resursutnyttjande' },
  { text: 'Telefonrådgivningen erbjuder återuppringning, och mottagningen har kvällsöppet två dagar i veckan.', theme: 'tillganglighet' },
  { text: 'Ett hemsjukvårdsteam gör uppsökande besök hos personer som inte själva söker vård.', theme: 'mobila-losningar' },
  // Words every page uses are no keyword on their own (a keyword phrase must not leave them behind as one).
  { text: 'Läkaren och sjuksköterskan tog emot personalen på mottagningen för ett besök.', theme: 'ovrigt' },
  // A district nurse named in passing is no sign of further education (the keyword was the profession, now its training).
  { text: 'Teamet med en distriktssköterska och en läkare gör hembesök hos sköra äldre.', theme: 'mobila-losningar' },
  { text: 'Varje patient har en namngiven patientansvarig som hen möter vid varje besök.', theme: 'kontinuitet' },
  { text: 'Listningen på mottagningen visar vem som har ansvaret för patienten.', theme: 'kontinuitet' },
  { text: 'Beroendet av hyrpersonal och inhyrda läkare från bemanningsföretag ska minska.', theme: 'kompetensforsorjning' },
  { text: 'Karriärvägar och kompetensväxling gör regionen till en attraktiv arbetsgivare och säkrar personalförsörjningen.', theme: 'kompetensforsorjning' },
  { text: 'Sjuksköterskor erbjuds specialistutbildning och distriktssköterskeutbildning med lön i en utbildningstjänst.', theme: 'vidareutbildning' },
  { text: 'Den nationella tjänsteplattformen och gemensamma kodverk ger en enhetlig informationsstruktur.', theme: 'e-halsa' },
  { text: 'Informationssäkerheten följer nationella anvisningar.', theme: 'e-halsa' },
  { text: 'Informationsöverföringen mellan verksamhetssystemen gör att journaluppgifter når hemtjänsten direkt.', theme: 'informationsutbyte' },
  { text: 'Informationsdelningen mellan huvudmännen har blivit enklare.', theme: 'informationsutbyte' },
  { text: 'Larmcentralen och ambulansdirigeringen kan skicka en akutbil i stället för en sjuktransport.', theme: 'ambulanssjukvard' },
  { text: 'En ambulanssjuksköterska bedömer patienten i hemmet.', theme: 'ambulanssjukvard' },
];

describe('everyday wordings from data place the text that uses them', () => {
  it.each(wordingCases)('"$text" → $theme', async ({ text, theme }) => {
    const { passages } = await ingestPage('Aktuellt', `Aktuellt\n\nNytt i korthet\n\n${text} ${filler}`);
    expect(passages.at(-1)?.themeId).toBe(theme);
  });
});
