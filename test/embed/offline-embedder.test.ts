import { describe, expect, it } from 'vitest';
import { OfflineEmbedder } from '../../src/embed/offline-embedder.ts';
import { emptyOfflineState, fitOfflineState, offlineStateSchema } from '../../src/embed/offline-state.ts';
import { cosine, embedderContract } from './embedder-contract.ts';
import { RecordingEmbedder } from './fake-embedder.ts';

// A small invented corpus in report style, to fit IDF on.
const corpus = [
  'Hälsocentralerna arbetar med kontinuitet och fast läkarkontakt för multisjuka patienter.',
  'Vårdcentralen erbjuder digitala vårdmöten och chatt via 1177.',
  'Utskrivningsprocessen från slutenvården följs upp tillsammans med kommunerna.',
  'Ambulanssjukvården gör hembesök med ett mobilt team.',
  'Äldre på särskilt boende får stöd av kommunens sjuksköterskor.',
  'Kompetensförsörjningen är en utmaning, särskilt av specialistsjuksköterskor.',
  'Regionen och kommunen samverkar i gemensamma forum.',
  'Hälsofrämjande arbete och förebyggande insatser i skolorna.',
];
const embedder = new OfflineEmbedder(fitOfflineState(corpus, 512));
const similarity = (a: string, b: string): number => cosine(embedder.embedOne(a, 'passage'), embedder.embedOne(b, 'passage'));

embedderContract('offline n-gram hashing', async () => embedder);
embedderContract('recording fake', async () => new RecordingEmbedder(16));

describe('offline embedder', () => {
  it('puts a typo near the word it misspells', () => {
    expect(similarity('kontinutet', 'kontinuitet')).toBeGreaterThan(0.4);
    expect(similarity('kontinutet', 'kontinuitet')).toBeGreaterThan(similarity('kontinutet', 'ambulans') + 0.3);
  });

  it('ignores missing å/ä/ö and inflection', () => {
    expect(similarity('halsocentral', 'hälsocentralen')).toBeGreaterThan(0.99);
    expect(similarity('vårdcentraler', 'vårdcentralen')).toBeGreaterThan(0.99);
  });

  it('brings a compound near its parts', () => {
    expect(similarity('centralen', 'hälsocentralen')).toBeGreaterThan(similarity('centralen', 'digitalisering') + 0.2);
    expect(similarity('utskrivningsprocessen', 'utskrivning')).toBeGreaterThan(similarity('utskrivningsprocessen', 'kompetensförsörjning') + 0.2);
  });

  it('brings an abbreviation near its spelled-out form', () => {
    expect(similarity('VC', 'vårdcentral')).toBeGreaterThan(0.5);
    expect(similarity('SÄBO', 'särskilt boende')).toBeGreaterThan(0.5);
    expect(similarity('SÄBO', 'ambulanssjukvård')).toBeLessThan(0.2);
  });

  it('ranks the passage about the query first', () => {
    const query = embedder.embedOne('halsocentral med fast lakarkontakt', 'query');
    const scores = corpus.map((text) => cosine(query, embedder.embedOne(text, 'passage')));
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
  });

  it('asks only a query whether it is English', () => {
    // "it" is IT in a Swedish report: an English query drops it, a passage keeps it.
    const text = 'Is it true that the nurse visits patients at home?';
    expect(cosine(embedder.embedOne(text, 'query'), embedder.embedOne(text, 'passage'))).toBeLessThan(0.999);
    const swedish = 'hälsocentralen erbjuder fast läkarkontakt';
    expect(cosine(embedder.embedOne(swedish, 'query'), embedder.embedOne(swedish, 'passage'))).toBeCloseTo(1, 6);
  });

  it('gives a text without words a unit vector, never zero', () => {
    const vector = embedder.embedOne(' – ', 'passage');
    expect(Math.hypot(...vector)).toBeCloseTo(1, 6);
  });

  it('has a different id for a different fit, the same for the same corpus', () => {
    const again = new OfflineEmbedder(fitOfflineState(corpus, 512));
    const other = new OfflineEmbedder(fitOfflineState(corpus.slice(1), 512));
    const unfitted = new OfflineEmbedder(emptyOfflineState(512));
    expect(again.info.id).toBe(embedder.info.id);
    expect(other.info.id).not.toBe(embedder.info.id);
    expect(unfitted.info.id).not.toBe(embedder.info.id);
    expect(embedder.info).toMatchObject({ kind: 'offline', model: null, dimension: 512 });
  });

  it('fits a state that survives JSON and validation', () => {
    const state = fitOfflineState(corpus, 256);
    const reloaded = offlineStateSchema.parse(JSON.parse(JSON.stringify(state)));
    expect(new OfflineEmbedder(reloaded as typeof state).info.id).toBe(new OfflineEmbedder(state).info.id);
  });
});
