import { describe, expect, it } from 'vitest';
import { buildOverview } from '../../../src/answer/summary/summary-overview.ts';
import { evidenceOverview, overviewFacts } from '../../../src/answer/compose/evidence-overview.ts';
import { recurringPhrases } from '../../../src/answer/compose/recurring-phrases.ts';
import { analyzeTopic } from '../../../src/text/analyze.ts';

describe('buildOverview', () => {
  it('handles no material at all', () => {
    expect(buildOverview([], ['Dalarna'])).toBe('Inget av materialet tar upp detta (Dalarna).');
    expect(buildOverview([{ region: 'Dalarna', points: [] }], [])).toBe('Inget av materialet tar upp detta.');
  });
  it('names regions with measures, outcomes with their figures, and recurring phrases', () => {
    const overview = buildOverview(
      [
        { region: 'A', points: [{ text: 'Mobila team besöker sköra äldre i hemmet.', citations: [1] }] },
        { region: 'B', points: [{ text: 'Ett mobilt team startade i våras.', citations: [2], result: 'Andelen återinläggningar var 9 % år 2023.' }] },
        { region: 'C', points: [{ text: 'Läkare och boende samverkar kring de mobila teamen.', citations: [3] }] },
      ],
      ['D'],
    );
    expect(overview).toBe(
      '3 regioner beskriver detta: A, B och C. Utfall redovisas av B (9 % år 2023). Återkommer i flera regioner: ”mobila team” (A, B och C). Inget material om detta: D.',
    );
  });
  it('does not count an expected effect as a result, and says when only aims are given', () => {
    const overview = buildOverview(
      [
        { region: 'A', points: [{ text: 'Hembesöken utökas under året.', citations: [1], result: 'Insatsen förväntas minska risken för fall.' }] },
        { region: 'B', points: [{ text: 'Målet är att minst 60 procent ska ha en vårdplan.', citations: [2] }] },
      ],
      [],
    );
    expect(overview).toContain('Mål, planer eller prognoser men inget utfall: B (minst 60 procent).');
    expect(overview).not.toContain('Utfall redovisas');
    expect(overview).toContain('Ingen av dem redovisar något utfall');
  });
  it('leaves out that nobody reports outcomes when the question is a plain fact, not about results', () => {
    const regions = [
      { region: 'A', texts: ['Närakuten har öppet klockan 8–22 alla dagar.'] },
      { region: 'B', texts: ['Närakuten har öppet på kvällar och helger.'] },
    ];
    expect(evidenceOverview(regions)).toContain('Ingen av dem redovisar något utfall');
    const plain = evidenceOverview(regions, { aboutOutcomes: false });
    expect(plain).not.toContain('utfall');
    expect(plain).toContain('2 regioner beskriver detta: A och B.');
  });
  it('names national bodies\' material beside the regions, not as one of them', () => {
    const withNational = buildOverview(
      [
        { region: 'A', points: [{ text: 'Regionen har infört hembesök av sjuksköterskor.', citations: [1] }] },
        { region: 'Nationell', points: [{ text: 'Myndigheten ger stöd till regionernas hembesök.', citations: [2] }] },
      ],
      [],
    );
    expect(withNational).toMatch(/^En region beskriver detta: A\. Även nationellt material tar upp det \(Nationell\)\./);
    const onlyNational = buildOverview([{ region: 'Nationell', points: [{ text: 'Myndigheten ger stöd till hembesök.', citations: [1] }] }], ['A']);
    expect(onlyNational).toMatch(/^Nationellt material tar upp detta: Nationell\./);
  });
  it('works for one region only', () => {
    const overview = buildOverview([{ region: 'A', points: [{ text: 'Antalet akutbesök har minskat sedan starten.', citations: [1] }] }], []);
    expect(overview).toBe('En region beskriver detta: A. Utfall redovisas av A.');
  });
});

describe('recurringPhrases', () => {
  const regions = [
    { region: 'A', texts: ['Vi erbjuder fast läkarkontakt till alla över 75 år.', 'Vården ges nära patienten.'] },
    { region: 'B', texts: ['Den fasta läkarkontakten följer patienten.', 'Nära vård är målet.'] },
    { region: 'C', texts: ['Fast läkarkontakt finns på alla hälsocentraler.', 'Läkare och boende möts.'] },
  ];
  it('matches phrases across inflections and shows the most common form', () => {
    expect(recurringPhrases(regions)[0]).toEqual({ phrase: 'fast läkarkontakt', regions: ['A', 'B', 'C'] });
  });
  it('never offers single loose words or phrases joined across punctuation', () => {
    for (const { phrase } of recurringPhrases(regions)) {
      expect(phrase.split(/\s+/).length).toBeGreaterThan(1);
      expect(phrase).not.toMatch(/[.,:;]/);
    }
  });
  it('leaves out phrases made only of the question’s terms, and domain-wide phrases', () => {
    expect(recurringPhrases(regions, { topicTerms: analyzeTopic('fast läkarkontakt') }).map((p) => p.phrase)).not.toContain('fast läkarkontakt');
    // "nära" and "vård" are in most passages (low idf), "trygg" and "hemgång" in few.
    const idf = (term: string) => (analyzeTopic('nära vård').includes(term) ? 0.4 : 3);
    const near = [
      { region: 'A', texts: ['Nära vård och trygg hemgång.'] },
      { region: 'B', texts: ['Nära vård med trygg hemgång.'] },
    ];
    expect(recurringPhrases(near, { idf }).map((p) => p.phrase)).toEqual(['trygg hemgång']);
    expect(recurringPhrases(near).map((p) => p.phrase)).toContain('nära vård');
  });
  it('does not cut a noun phrase after its adjective', () => {
    const phrases = recurringPhrases([
      { region: 'A', texts: ['Vi möter patienter med komplexa vårdbehov.'] },
      { region: 'B', texts: ['Teamet når patienter med komplexa vårdbehov.'] },
    ]).map((p) => p.phrase);
    expect(phrases).not.toContain('patienter med komplexa');
    expect(phrases).toContain('komplexa vårdbehov');
  });
  it('never offers a phrase that is always cut from the name it opens ("namngiven fast" of "namngiven fast läkarkontakt")', () => {
    const phrases = recurringPhrases([
      { region: 'A', texts: ['Andelen med namngiven fast läkarkontakt ökar.', 'Rutin för fast vårdkontakt finns.'] },
      { region: 'B', texts: ['Målet är namngiven fast läkarkontakt för alla.', 'En rutin för fast vårdkontakt tas fram.'] },
    ]).map((p) => p.phrase);
    expect(phrases).not.toContain('namngiven fast');
    expect(phrases).not.toContain('rutin för fast');
    expect(phrases).toContain('fast läkarkontakt');
    expect(phrases).toContain('fast vårdkontakt');
  });
  it('keeps a phrase that ends where it is used at least once', () => {
    const phrases = recurringPhrases([
      { region: 'A', texts: ['Mobila team Primär startade 2019.'] },
      { region: 'B', texts: ['Kommunen har mobila team.'] },
    ]).map((p) => p.phrase);
    expect(phrases).toContain('mobila team');
  });
  it('needs at least two regions', () => {
    expect(recurringPhrases([{ region: 'A', texts: ['Mobila team och mobila team.'] }])).toEqual([]);
  });
});

describe('overviewFacts', () => {
  it('takes outcome figures from results and only marked outcome figures from other text', () => {
    const facts = overviewFacts([
      { region: 'A', texts: ['Kommunen driver 14 särskilda boenden.'] },
      { region: 'B', texts: ['Väntetiden var 12 dagar i mars.'] },
      { region: 'C', texts: ['Teamet startade.'], results: ['230 patienter fick hjälp.'] },
    ]);
    expect(facts.outcomes).toEqual([
      { region: 'B', figures: ['12 dagar'] },
      { region: 'C', figures: ['230 patienter'] },
    ]);
    expect(facts.aimsOnly).toEqual([]);
    expect(evidenceOverview([{ region: 'A', texts: [] }], { missing: ['B'] })).toBe('Inget av materialet tar upp detta (B).');
  });
});
