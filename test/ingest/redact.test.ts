import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/ingest/blocks.ts';
import { cleanBlocks } from '../../src/ingest/clean-blocks.ts';
import { redactEmails, redactPhoneNumbers } from '../../src/ingest/contact-details.ts';
import { redactIdentityNumbers } from '../../src/ingest/identity-numbers.ts';
import { isPersonName } from '../../src/ingest/person-names.ts';
import { createRedactor, namesFromContactLines, signatureName } from '../../src/ingest/redact.ts';
import { swedishRegions } from '../../src/text/swedish-regions.ts';

const redact = createRedactor([]);
const cleaned = (text: string) =>
  cleanBlocks(parseBlocks([{ page: null, text }])).blocks.map((block) => block.lines.map((line) => line.text).join('\n')).join('\n\n');

describe('personnummer and samordningsnummer', () => {
  it('are removed in every written form when the check digit holds', () => {
    const forms = ['191212121212', '19121212-1212', '19121212 1212', '121212-1212', '121212+1212', '1212121212', '19121212 - 1212', '701063-2391', '19701063-2391', '850317-4560'];
    for (const form of forms) expect(redactIdentityNumbers(`Patientens nummer ${form} noterades.`), form).toBe('Patientens nummer [personnummer] noterades.');
  });

  it('leave other numbers alone: wrong check digit, dates, spans, laws, case and organisation numbers', () => {
    const kept = ['19121212-1213', '121212-1213', '2020-2022', 'Lag (2014:821)', 'S2022/067', '221129', 'RS 2021-0456', '232100-0016', '2022-03-15', '1 234 567 kr', '20221231', '202212311234'];
    for (const text of kept) expect(redactIdentityNumbers(text), text).toBe(text);
  });
});

describe('phone numbers', () => {
  it('are removed in the Swedish ways of writing them', () => {
    const forms = ['070-123 45 67', '070-1234567', '0701234567', '070 123 45 67', '08-123 456 78', '08-12 34 56', '010-123 45 67', '031-123 45 67', '0771-11 22 33', '+46 70 123 45 67', '+46701234567', '+46 (0)8 123 456 78', '+46-70-123 45 67', '0046 70 123 45 67'];
    for (const form of forms) expect(redactPhoneNumbers(`Ring ${form} för frågor.`), form).toBe('Ring [telefon] för frågor.');
    expect(redactPhoneNumbers('tel 08 123 456 78')).toBe('tel [telefon]');
  });

  it('leave figures alone', () => {
    const kept = ['Åren 2019-2022 ökade andelen', 'barn 0-17 år', '1177 Vårdguiden', 'postnummer 114 14', '0,5-1,5 procent', 'Tabell: 05 10 15 20', 'dnr 03-2021', '30-40 %', '12 345 besök', '2023-01-15', '08-10 procent av patienterna'];
    for (const text of kept) expect(redactPhoneNumbers(text), text).toBe(text);
  });
});

describe('e-mail addresses', () => {
  it('are removed also when written to fool harvesters', () => {
    const forms = ['anna.berg@region.se', 'förnamn.efternamn(at)region.se', 'lisa.ek[at]regionhalland.se', 'erik.johansson at skane.se', 'erik.johansson snabel-a skane.se', 'info (at) skr (punkt) se', 'Åsa.Öberg@rjl.se'];
    for (const form of forms) expect(redactEmails(`Skriv till ${form} i dag.`), form).toBe('Skriv till [e-post] i dag.');
  });

  it('leave ordinary words and web addresses alone', () => {
    const kept = ['Vi tittade at random på data', 'Se www.regionhalland.se/nara-vard', 'kl. 10 at the latest', 'Region Skåne at all'];
    for (const text of kept) expect(redactEmails(text), text).toBe(text);
  });
});

describe('names in a role or contact context', () => {
  it('are removed before and after the role, after contact labels and next to contact details', () => {
    expect(redact('Verksamhetschef Erik Johansson leder arbetet.')).toBe('Verksamhetschef [namn] leder arbetet.');
    expect(redact('Samordnaren Lisa Ek har följt upp.')).toBe('Samordnaren [namn] har följt upp.');
    expect(redact('Kontaktperson: Anna-Karin Berg')).toBe('Kontaktperson: [namn]');
    expect(redact('Frågor besvaras av Erik Johansson, verksamhetschef.')).toBe('Frågor besvaras av [namn], verksamhetschef.');
    expect(redact('Enligt Maria Lind, enhetschef, går det bra.')).toBe('Enligt [namn], enhetschef, går det bra.');
    expect(redact('Lisa Ek, 070-123 45 67')).toBe('[namn], [telefon]');
    expect(redact('Rapporten är sammanställd av Johan Nilsson Berg Region Provland')).toBe('Rapporten är sammanställd av [namn] Region Provland');
    expect(redact('i samarbete med Monica Wahlström, chef och strateg FoU')).toBe('i samarbete med [namn], chef och strateg FoU');
    expect(redact('Uppdragsansvarig: Carina Forsberg, områdeschef')).toBe('Uppdragsansvarig: [namn], områdeschef');
    expect(redact('Deluppdragsledare Säker Läkemedelshantering: Frida Gårdstam apotekare')).toBe('Deluppdragsledare Säker Läkemedelshantering: [namn] apotekare');
    expect(redact('gjord av Forskare Jessica Wide vid Högskolan Dalarna')).toBe('gjord av Forskare [namn] vid Högskolan Dalarna');
    expect(redact('Det fungerar bra, säger Oskar Lindqvist, hälso- och sjukvårdsdirektör.')).toBe('Det fungerar bra, säger [namn], hälso- och sjukvårdsdirektör.');
    expect(redact('”Vi ser färre inläggningar”, berättar Elsa Holm.')).toBe('”Vi ser färre inläggningar”, berättar [namn].');
    // Elected offices are roles too: politicians named in a report are persons.
    expect(redact('• Kjell Berg, regionråd, (S)')).toBe('• [namn], regionråd, (S)');
    expect(redact('Närvarande var Stina Ek, kommunalråd, och Ola Lind, socionom.')).toBe('Närvarande var [namn], kommunalråd, och [namn], socionom.');
    expect(redact('Granskningen gjordes av handläggarna Per Ek, Sofia Lund och Ali Hassan samt analytikerna Eva Strand och Omar Said.')).toBe(
      'Granskningen gjordes av handläggarna [namn], [namn] och [namn] samt analytikerna [namn] och [namn].',
    );
  });

  it('keep capitalised words after a role or speech word that are no person', () => {
    for (const text of ['säger Region Provland i ett pressmeddelande', 'berättar Vårdcentralen Norrby', 'Projektledaren Nära Vård Provland', 'utredarna Socialstyrelsen och SKR']) {
      expect(redact(text), text).toBe(text);
    }
  });

  it('keep organisations and places of every region, also next to a role word', () => {
    const kept = [
      'Skånes universitetssjukhus, chef för akutmottagningen',
      'Skånes Universitetssjukhus, chef för akutmottagningen',
      'Sahlgrenska Universitetssjukhuset, överläkare i geriatrik',
      'Norrlands universitetssjukhus, överläkare',
      'Region Halland, chef för området, och Hallands Sjukhus',
      'Västra Götalandsregionen, samordnare för nära vård',
      'Region Jämtland Härjedalen, verksamhetschef',
      'Astrid Lindgrens barnsjukhus, överläkare',
      'Verksamhetschef Primärvården Skåne',
      'Samordnaren Region Kronoberg',
    ];
    for (const text of kept) expect(redact(text), text).toBe(text);
    for (const region of swedishRegions) {
      const text = `${region.name}, samordnare för nära vård`;
      expect(redact(text), text).toBe(text);
    }
  });

  it('judges a person by a known first name and no place or organisation word', () => {
    expect(isPersonName(['Erik', 'Johansson'])).toBe(true);
    expect(isPersonName(['Anna-Karin', 'N', 'Berg'])).toBe(true);
    expect(isPersonName(['Skånes', 'Universitetssjukhus'])).toBe(false);
    expect(isPersonName(['Maria', 'Halland'])).toBe(false);
    expect(isPersonName(['Erik'])).toBe(false);
  });
});

describe('first names without a surname', () => {
  it('removes two people named by first name only, as articles present staff', () => {
    expect(redact('Anna och Christina arbetar i det mobila närsjukvårdsteamet.')).toBe('[namn] och [namn] arbetar i det mobila närsjukvårdsteamet.');
    expect(redact('Här berättar Erik & Fatima om sitt arbete.')).toBe('Här berättar [namn] & [namn] om sitt arbete.');
  });
  it('leaves pairs that are places, organisations or words', () => {
    expect(redact('Nora och Lindesberg samarbetar.')).toBe('Nora och Lindesberg samarbetar.');
    expect(redact('Region Halland och Region Skåne samverkar.')).toBe('Region Halland och Region Skåne samverkar.');
    expect(redact('Mark och Vatten är ett ämne.')).toBe('Mark och Vatten är ett ämne.');
  });
  it('removes the first name alone of a person the report names in full, but not a short one that is also a word', () => {
    expect(createRedactor(['Anna Berg'])('Anna leder arbetet sedan i våras.')).toBe('[namn] leder arbetet sedan i våras.');
    expect(createRedactor(['Per Ek'])('Per den 31 december fanns 12 team.')).toBe('Per den 31 december fanns 12 team.');
  });
});

describe('names from contact and signature blocks', () => {
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

  it('takes only name-like text after a contact label, so no ordinary word becomes a name to remove', () => {
    expect(namesFromContactLines(['Ditt namn: Karin Exempelsson, Region Provland', 'Kontaktperson: Per Ek', 'Kontakt: via vårdcentralen', 'Kontakt: [telefon]', 'Namn: anna berg'])).toEqual([
      'Karin Exempelsson',
      'Per Ek',
      'anna berg',
    ]);
    expect(cleaned('Kontakt: via vårdcentralen\n\nPatienterna kontaktar vårdcentralen direkt.')).toBe('Kontakt: via vårdcentralen\n\nPatienterna kontaktar vårdcentralen direkt.');
  });

  it('removes a name seen once with its role wherever the report repeats it', () => {
    const text = 'Samordnaren Lisa Ekström har lett arbetet.\n\nUnder hösten presenterade Lisa Ekström resultaten, och Ekström fick beröm.';
    expect(cleaned(text)).toBe('Samordnaren [namn] har lett arbetet.\n\nUnder hösten presenterade [namn] resultaten, och [namn] fick beröm.');
  });
});
