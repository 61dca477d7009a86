import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/ingest/blocks.ts';
import { cleanBlocks } from '../../src/ingest/clean-blocks.ts';
import { createRedactor, signatureName } from '../../src/ingest/redact.ts';

const redact = createRedactor([]);

describe('redaction', () => {
  it('removes e-mail addresses and personal identity numbers anywhere, keeping other numbers', () => {
    expect(redact('Skriv till anna.berg@region.se eller info @skr.se.')).toBe('Skriv till [e-post] eller [e-post].');
    expect(redact('Pnr 19800101-1234 och 800101-1234.')).toBe('Pnr [personnummer] och [personnummer].');
    expect(redact('Lag (2017:612), 2020-2022, S2022/067 och 221129.')).toBe('Lag (2017:612), 2020-2022, S2022/067 och 221129.');
  });

  it('removes names written with a role, but not places or organisations', () => {
    expect(redact('i samarbete med Monica Wahlström, chef och strateg FoU')).toBe('i samarbete med [namn], chef och strateg FoU');
    expect(redact('Uppdragsansvarig: Carina Forsberg, områdeschef')).toBe('Uppdragsansvarig: [namn], områdeschef');
    expect(redact('Deluppdragsledare Säker Läkemedelshantering: Frida Gårdstam apotekare')).toBe('Deluppdragsledare Säker Läkemedelshantering: [namn] apotekare');
    expect(redact('gjord av Forskare Jessica Wide vid Högskolan Dalarna')).toBe('gjord av Forskare [namn] vid Högskolan Dalarna');
    expect(redact('Region Halland, chef för området, och Hallands Sjukhus')).toBe('Region Halland, chef för området, och Hallands Sjukhus');
  });

  it('recognises a signature block', () => {
    expect(signatureName(['Gunilla N Larsson', 'Strateg, länssamordning Nära vård', 'Region Västerbotten'])).toBe('Gunilla N Larsson');
    expect(signatureName(['Region Västerbotten', 'Strateg, länssamordning'])).toBeNull();
  });

  it('removes names captured from the contact block everywhere in the report', () => {
    const text = 'Ditt namn: [Karin Exempelsson](#)\n\nDin e-postadress: karin@example.se\n\nPlanen togs fram av Karin Exempelsson. Exempelsson ledde arbetet.';
    const { blocks, redactedNames } = cleanBlocks(parseBlocks([{ page: null, text }]));
    expect(redactedNames).toEqual(['Karin Exempelsson']);
    expect(blocks.map((block) => block.lines.map((line) => line.text).join('\n')).join('\n')).toBe('Planen togs fram av [namn]. [namn] ledde arbetet.');
  });
});
