import type { Hit, Passage, Report, Theme } from '../../src/types.ts';
import type { ReportCatalogData } from '../../src/answer/report-catalog.ts';
import type { Search, SearchOptions, SearchOutcome } from '../../src/retrieve/search-types.ts';
import { analyzeTopic } from '../../src/text/analyze.ts';
import { sameRegion } from '../../src/retrieve/regions.ts';
import { buildReportCatalog } from '../../src/answer/report-catalog.ts';
import { matchTopic, wordsOf } from '../../src/retrieve/passage-matches.ts';
import { searchTextOf } from '../../src/store/search-text.ts';

/*
 * A tiny hand-written catalog in Swedish: three regions, a measures list linked item by item to its
 * results, an e-mail address that must never be shown, and a quoted agreement text.
 */
function report(id: string, title: string, region: string, kind: Report['kind'], year: number, period?: string): Report {
  return {
    id, title, region, kind, year, ...(period ? { period } : {}),
    organisation: kind === 'survey-municipal' ? 'kommunerna' : 'region',
    file: `${id}.txt`, pageCount: null, contentHash: `hash-${id}`, passageCount: 0, themes: [], warnings: [],
  };
}

export const reports: Report[] = [
  report('halland', 'Slutredovisning 2022 – Region Halland', 'Region Halland', 'survey-region', 2022),
  report('dalarna', 'Slutredovisning av kommunernas arbete 2022 – Dalarnas län', 'Dalarna', 'survey-municipal', 2022),
  report('gavleborg', 'God och nära vård – Hälsovalsutskottet (Region Gävleborg)', 'Region Gävleborg', 'slides', 2021, '2018–2021'),
];

export const themes: Theme[] = [
  { id: 'personcentrerat', label: 'Personcentrerat förhållningssätt', aliases: ['personcentrerad vård'] },
  { id: 'digitalisering', label: 'Digitalisering', aliases: ['digitala lösningar', 'välfärdsteknik'] },
  { id: 'samverkan', label: 'Samverkan region–kommun', aliases: ['samverkan'] },
  { id: 'kontinuitet', label: 'Kontinuitet och fast läkarkontakt', aliases: ['fast vårdkontakt'] },
  { id: 'ambulans', label: 'Ambulanssjukvård', aliases: [] },
];

interface Draft {
  id: string;
  reportId: string;
  themeId: string;
  question?: [string, string];
  text: string;
  page?: number;
  agreement?: boolean;
  linked?: Array<[number, string]>;
}

const drafts: Draft[] = [
  {
    id: 'h-6a', reportId: 'halland', themeId: 'personcentrerat', question: ['6a', 'Beskriv insatser kopplat till det personcentrerade förhållningssättet.'],
    text: '1. Sjukhusets palliativa konsultteam samordnar sina hembesök med hemsjukvårdens besök.\n2. Ny funktion inom slutenvården har särskilt ansvar för utskrivningsprocessen.\n3. Läkarmedverkan i hemsjukvården är helt breddinförd.',
    linked: [[1, 'h-6b'], [2, 'h-6b'], [3, 'h-6b']], page: 4,
  },
  {
    id: 'h-6b', reportId: 'halland', themeId: 'personcentrerat', question: ['6b', 'Beskriv resultat och effekter av insatserna.'],
    text: '1/ Ökar förutsättningarna för patienttrygghet och samsyn.\n\n2/ Minskad risk för återinskrivning efter utskrivning.\n\n3/ Sedan starten har i genomsnitt cirka 70 patienter per månad fått läkarbesök i hemmet.',
    linked: [[1, 'h-6a'], [2, 'h-6a'], [3, 'h-6a']], page: 5,
  },
  {
    id: 'h-7', reportId: 'halland', themeId: 'digitalisering', question: ['7', 'Har ni påbörjat nya initiativ kopplat till digitalisering?'],
    text: 'Region Halland har infört digitala vårdbesök i primärvården. Under 2022 genomfördes 12 500 digitala besök. Frågor besvaras av anna.andersson@regionhalland.se på enheten.',
    page: 6,
  },
  {
    id: 'd-6', reportId: 'dalarna', themeId: 'digitalisering', question: ['6', 'Beskriv nya initiativ kopplat till digitalisering och välfärdsteknik.'],
    text: 'Kommunerna i Dalarna har infört digital tillsyn nattetid inom hemtjänsten. Läkemedelsrobotar används i flera kommuner, t.ex. i Falun och Borlänge.',
  },
  {
    id: 'd-10a', reportId: 'dalarna', themeId: 'samverkan', question: ['10a', 'Beskriv insatser för att utveckla samverkan.'],
    text: 'En länsgemensam överenskommelse om hemsjukvård har reviderats tillsammans med regionen. Mobila team arbetar i samverkan mellan kommun och region.',
  },
  {
    id: 'g-1', reportId: 'gavleborg', themeId: 'kontinuitet',
    text: 'Handlingsplan för fast vårdkontakt tas fram under 2021. Målet är att fler patienter ska möta samma läkare vid varje besök.',
    page: 9,
  },
  {
    id: 'g-2', reportId: 'gavleborg', themeId: 'digitalisering', agreement: true,
    text: 'Från överenskommelsen: Medlen kan användas för digitalisering och digitala vårdbesök.',
    page: 10,
  },
];

function build(): { passages: Passage[]; cleanedTexts: Record<string, string> } {
  const cleanedTexts: Record<string, string> = {};
  const passages: Passage[] = [];
  const ordinals: Record<string, number> = {};
  for (const draft of drafts) {
    const before = cleanedTexts[draft.reportId] ?? 'Inledning till rapporten.\n\n';
    const start = before.length;
    cleanedTexts[draft.reportId] = `${before}${draft.text}\n\n`;
    const ordinal = ordinals[draft.reportId] ?? 0;
    ordinals[draft.reportId] = ordinal + 1;
    passages.push({
      id: draft.id, reportId: draft.reportId, themeId: draft.themeId,
      question: draft.question ? { form: draft.reportId === 'dalarna' ? 'municipal' : 'region', number: draft.question[0], text: draft.question[1] } : null,
      headingPath: [], text: draft.text, page: draft.page ?? null, start, end: start + draft.text.length,
      isAgreementText: draft.agreement ?? false, ordinal,
      ...(draft.linked ? { linkedItems: draft.linked.map(([item, passageId]) => ({ item, passageId })) } : {}),
    });
  }
  return { passages, cleanedTexts };
}

export function fixtureCatalog(): ReportCatalogData {
  const { passages, cleanedTexts } = build();
  const withCounts = reports.map((r) => ({ ...r, passageCount: passages.filter((p) => p.reportId === r.id).length }));
  return { reports: withCounts, passages, themes, cleanedTexts };
}

export interface RecordingSearch {
  search: Search;
  calls: Array<{ query: string; options: SearchOptions | undefined }>;
}

/**
 * A recording fake of the lead's search: word overlap, honouring region/theme filters. `respond`
 * overrides the outcome when a test needs a particular one.
 */
export function recordingSearch(catalog: ReportCatalogData, respond?: (query: string, options?: SearchOptions) => SearchOutcome): RecordingSearch {
  const calls: RecordingSearch['calls'] = [];
  const statistics = buildReportCatalog(catalog).statistics;
  const search: Search = async (query, options) => {
    calls.push({ query, options });
    if (respond) return respond(query, options);
    const terms = new Set(analyzeTopic(query));
    const hits: Hit[] = [];
    for (const passage of catalog.passages) {
      const report = catalog.reports.find((r) => r.id === passage.reportId)!;
      if (options?.filters?.regions && !options.filters.regions.some((region) => sameRegion(region, report.region))) continue;
      if (options?.filters?.themes && !options.filters.themes.includes(passage.themeId)) continue;
      const overlap = analyzeTopic(passage.text).filter((term) => terms.has(term)).length;
      if (overlap > 0) hits.push({ passage, report, score: overlap, lexicalRank: null, denseRank: null });
    }
    hits.sort((a, b) => b.score - a.score);
    const limited = hits.slice(0, options?.k ?? 10);
    // As the real search: each hit carries the topic terms it holds, by the one matching rule.
    const topic = [...new Set(options?.topic ?? analyzeTopic(query))].map((term) => statistics.resolve(term));
    limited.forEach((hit, rank) => {
      hit.lexicalRank = rank + 1;
      hit.denseRank = rank + 1;
      hit.matches = matchTopic(topic, wordsOf(searchTextOf(hit.passage, hit.report)));
    });
    return { hits: limited, topic };
  };
  return { search, calls };
}

export function hitFor(catalog: ReportCatalogData, passageId: string, score = 1): Hit {
  const passage = catalog.passages.find((p) => p.id === passageId)!;
  const report = catalog.reports.find((r) => r.id === passage.reportId)!;
  return { passage, report, score, lexicalRank: null, denseRank: null };
}
