import { analyzeTopic } from '../../src/text/analyze.ts';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.ts';
import { buildReportCatalog } from '../../src/answer/report-catalog.ts';
import { fixtureCatalog, hitFor, recordingSearch } from './fixture-catalog.ts';
import { absenceCaveat, describedLead } from '../../src/answer/compose/lacking-answer.ts';

const catalog = fixtureCatalog();
const index = buildReportCatalog(catalog);

function setup(respond?: Parameters<typeof recordingSearch>[1]) {
  const recording = recordingSearch(catalog, respond);
  return { deps: { search: recording.search, index }, calls: recording.calls };
}

function markersIn(text: string): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

describe('answerQuestion', () => {
  it('quotes sentences exactly, each with a marker that resolves to a citation', async () => {
    const { deps } = setup();
    const answer = await answerQuestion({ question: 'Hur många digitala besök genomfördes i Halland?' }, deps);
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toContain('Under 2022 genomfördes 12 500 digitala besök. [');
    const numbers = new Set(answer.citations.map((c) => c.n));
    for (const n of markersIn(answer.answer)) expect(numbers.has(n)).toBe(true);
    const citation = answer.citations[0]!;
    expect(citation).toMatchObject({ passageId: 'h-7', reportTitle: 'Slutredovisning 2022 – Region Halland', region: 'Region Halland', page: 6, theme: { id: 'digitalisering', label: 'Digitalisering' } });
    expect(citation.excerpt).toContain('**');
  });

  it('never shows an e-mail address', async () => {
    const { deps } = setup();
    const answer = await answerQuestion({ question: 'Vem besvarar frågor om digitala vårdbesök?' }, deps);
    expect(JSON.stringify(answer)).not.toMatch(/@/);
  });

  it('shows and cites the linked result of a measure', async () => {
    const { deps } = setup();
    const answer = await answerQuestion({ question: 'Hur samordnar det palliativa konsultteamet sina hembesök?' }, deps);
    expect(answer.answer).toMatch(/Resultat: Ökar förutsättningarna för patienttrygghet och samsyn\. \[\d\]/);
    expect(answer.citations.map((c) => c.passageId)).toEqual(expect.arrayContaining(['h-6a', 'h-6b']));
  });

  it('searches each region on its own and gives every region a state, regions without evidence in one closing line', async () => {
    const { deps, calls } = setup();
    const answer = await answerQuestion({ question: 'Vilka regioner har infört digital tillsyn eller digitala vårdbesök?' }, deps);
    const perRegion = calls.slice(1).map((call) => call.options?.filters?.regions);
    expect(perRegion).toEqual([['Region Halland'], ['Dalarna'], ['Region Gävleborg']]);
    const states = Object.fromEntries(answer.regions.map((r) => [r.region, r.state]));
    expect(states).toMatchObject({ 'Region Halland': 'evidence', Dalarna: 'evidence' });
    expect(states['Region Gävleborg']).not.toBe('evidence');
    expect(answer.answer).toContain('### Dalarna');
    expect(answer.answer).not.toContain('### Region Gävleborg');
    expect(answer.answer.split('\n').filter((line) => line.includes('Region Gävleborg'))).toHaveLength(1);
    expect(answer.answer).toMatch(/^2 regioner beskriver detta: /);
    expect(answer.answer.split('\n')[0]).toContain('2 av 3 regioner');
  });

  it('asked which regions lack something, leads with the regions without evidence and never presents one with evidence as lacking it', async () => {
    const { deps, calls } = setup();
    const answer = await answerQuestion({ question: 'Vilka regioner har inte infört mobila team?' }, deps);
    // Searched and judged for what is asked about: the negation is no topic word.
    expect(calls.map((call) => call.query)).not.toContainEqual(expect.stringContaining('inte'));
    expect(answer.answerable).toBe(true);
    const states = Object.fromEntries(answer.regions.map((r) => [r.region, r.state]));
    expect(states).toMatchObject({ Dalarna: 'evidence', 'Region Gävleborg': 'none' });
    expect(answer.regions[0]!.state).toBe('none');
    // Each region keeps the state the positive question gives it.
    const positive = await answerQuestion({ question: 'Vilka regioner har infört mobila team?' }, deps);
    expect(states).toEqual(Object.fromEntries(positive.regions.map((r) => [r.region, r.state])));

    const blocks = answer.answer.split('\n\n');
    expect(blocks[0]).toMatch(/^Inga belägg i rapporterna från: Region Gävleborg\b/);
    const caveat = blocks.findIndex((block) => block.includes('bevisar inte att regionen saknar det'));
    expect(caveat).toBeGreaterThan(0);
    // Dalarna's report describes mobile teams: named only after the caveat, with the sentence that shows it, cited.
    expect(blocks.slice(0, caveat + 1).join('\n')).not.toContain('Dalarna');
    const described = blocks.slice(caveat + 1).join('\n\n');
    const line = described.split('\n').find((text) => text.includes('Dalarna'))!;
    expect(line).toMatch(/^- \*\*Dalarna\*\*: Mobila team arbetar i samverkan mellan kommun och region\. \[\d+\]$/);
    const n = Number(/\[(\d+)\]$/.exec(line)![1]);
    expect(answer.citations.find((citation) => citation.n === n)?.passageId).toBe('d-10a');
    for (const marker of markersIn(answer.answer)) expect(answer.citations.map((c) => c.n)).toContain(marker);
  });

  it('answers a negated question across the regions in scope even when worded without "vilka regioner"', async () => {
    const { deps, calls } = setup();
    const answer = await answerQuestion({ question: 'Finns det län som saknar digital tillsyn?' }, deps);
    expect(calls.slice(1).map((call) => call.options?.filters?.regions)).toEqual([['Region Halland'], ['Dalarna'], ['Region Gävleborg']]);
    // In `regions` too, the regions without evidence come first.
    const rank = answer.regions.map((r) => ['none', 'mentioned', 'evidence'].indexOf(r.state));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    expect(rank.at(-1)).toBe(2);
    expect(answer.answer.split('\n\n')[0]).not.toContain('Dalarna');
    expect(answer.answer).toMatch(/\n- \*\*Dalarna\*\*: Kommunerna i Dalarna har infört digital tillsyn nattetid/);
  });

  it('asked whether one region lacks something, says first that its reports describe it, and on silence that silence proves no lack', async () => {
    const { deps } = setup();
    const described = await answerQuestion({ question: 'Saknar Dalarna mobila team?' }, deps);
    expect(described.answerable).toBe(true);
    expect(described.answer).toMatch(new RegExp(`^${describedLead}\\n\\n\\*\\*Dalarna\\*\\*\\n- Mobila team arbetar`));
    expect(described.regions).toEqual([expect.objectContaining({ region: 'Dalarna', state: 'evidence' })]);
    const silent = await answerQuestion({ question: 'Har Region Gävleborg inte infört mobila team?' }, deps);
    expect(silent.answerable).toBe(false);
    expect(silent.answer).toMatch(/^Rapporterna tar inte upp detta/);
    expect(silent.answer.endsWith(absenceCaveat)).toBe(true);
    // A positive question's refusal has no such caveat.
    const positive = await answerQuestion({ question: 'Har Region Gävleborg infört mobila team?' }, deps);
    expect(positive.answer).not.toContain(absenceCaveat);
  });

  it('narrows regions in scope by filters, tolerantly', async () => {
    const { deps, calls } = setup();
    const answer = await answerQuestion({ question: 'Jämför arbetet med digital tillsyn och digitala besök', filters: { regions: ['Dalarnas län', 'Region Gävleborg'] } }, deps);
    expect(calls[0]!.options?.filters?.regions).toEqual(['Dalarna', 'Region Gävleborg']);
    expect(answer.regions.map((r) => r.region).sort()).toEqual(['Dalarna', 'Region Gävleborg']);
  });

  it('refuses a region outside the catalog instead of answering with another', async () => {
    const { deps, calls } = setup();
    const answer = await answerQuestion({ question: 'Hur arbetar Region Skåne med digitala vårdbesök?' }, deps);
    expect(answer.answerable).toBe(false);
    expect(answer.answer).toContain('Region Skåne');
    expect(answer.citations).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it('refuses a year no report covers', async () => {
    const { deps } = setup();
    const answer = await answerQuestion({ question: 'Vilka digitala besök gjordes 2015?' }, deps);
    expect(answer.answerable).toBe(false);
    expect(answer.answer).toContain('2015');
  });

  it('refuses when search says the reports do not answer, offering the nearest passages', async () => {
    const ambulans = analyzeTopic('ambulanser')[0]!;
    const { deps } = setup(() => ({
      // The nearest passages are those holding a content word of the question; one sharing none is not offered.
      hits: [
        { ...hitFor(catalog, 'g-1', 0.2), matches: [{ term: ambulans, strength: 1, word: ambulans }] },
        hitFor(catalog, 'h-7', 0.15),
        { ...hitFor(catalog, 'd-10a', 0.1), matches: [{ term: ambulans, strength: 0.8, word: `${ambulans}sjukvard` }] },
      ],
      topic: [],
    }));
    const answer = await answerQuestion({ question: 'Hur många ambulanser köptes in?' }, deps);
    expect(answer.answerable).toBe(false);
    expect(answer.answer).toMatch(/tar inte upp detta/);
    expect(answer.citations.map((c) => c.passageId)).toEqual(['g-1', 'd-10a']);
  });

  it('handles search without hits', async () => {
    const { deps } = setup(() => ({ hits: [], topic: [] }));
    const answer = await answerQuestion({ question: 'Något helt annat' }, deps);
    expect(answer).toMatchObject({ answerable: false, citations: [], regions: [] });
  });

  it('uses the history for a follow-up with another region', async () => {
    const { deps, calls } = setup();
    await answerQuestion(
      { question: 'och i Dalarna?', history: [{ role: 'user', content: 'Hur arbetar Region Halland med digital tillsyn?' }] },
      deps,
    );
    expect(calls[0]!.query).toContain('digital tillsyn');
    expect(calls[0]!.options?.filters?.regions).toEqual(['Dalarna']);
  });

  it('biases a result follow-up towards results', async () => {
    const { deps, calls } = setup();
    const answer = await answerQuestion(
      { question: 'Vad blev resultatet?', history: [{ role: 'user', content: 'Hur samordnar det palliativa konsultteamet sina hembesök?' }] },
      deps,
    );
    expect(calls[0]!.query).toMatch(/resultat/);
    expect(answer.citations.map((c) => c.passageId)).toContain('h-6b');
  });

  it('says so when a linked measure has no result of its own', async () => {
    const partial = fixtureCatalog();
    const measures = partial.passages.find((p) => p.id === 'h-6a')!;
    measures.linkedItems = measures.linkedItems!.filter((link) => link.item !== 3);
    const recording = recordingSearch(partial);
    const answer = await answerQuestion({ question: 'Vilka resultat gav läkarmedverkan i hemsjukvården?' }, { search: recording.search, index: buildReportCatalog(partial) });
    expect(answer.answer).toMatch(/Läkarmedverkan i hemsjukvården är helt breddinförd\. \[1\]\n  - Resultat: rapporten redovisar inget resultat för just denna insats\./);
  });

  it('answers covered regions and names an uncovered one in the same question', async () => {
    const { deps, calls } = setup();
    const answer = await answerQuestion({ question: 'Jämför digital tillsyn i Dalarna och Skåne' }, deps);
    expect(calls[0]!.options?.filters?.regions).toEqual(['Dalarna']);
    expect(answer.answer).toContain('Utblick har ingen rapport från Region Skåne.');
    expect(answer.regions.at(-1)).toEqual({ region: 'Region Skåne', state: 'none', summary: 'Ingen rapport från denna region finns i Utblick.', citations: [] });
  });
});
