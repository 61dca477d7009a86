import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAnswerLine, splitSentences, splitUnits } from '../../../src/answer/evidence/sentences.ts';

const roles = (text: string) => splitUnits(text).map((u) => [u.role, u.text]);

describe('splitUnits: roles', () => {
  it('takes ALL CAPS lines and short verbless lines for headings', () => {
    expect(roles('TANDVÅRD OCH ELEVHÄLSA\n\nUtbyggnad av barnhälsovården\n\nRegionen öppnade två nya mottagningar.')).toEqual([
      ['heading', 'TANDVÅRD OCH ELEVHÄLSA'],
      ['heading', 'Utbyggnad av barnhälsovården'],
      ['sentence', 'Regionen öppnade två nya mottagningar.'],
    ]);
  });
  it('takes a line that is a question for the heading of what follows', () => {
    expect(roles('Vad kostar ett besök?\nEtt besök kostar 200 kronor.')).toEqual([
      ['heading', 'Vad kostar ett besök?'],
      ['sentence', 'Ett besök kostar 200 kronor.'],
    ]);
  });
  it('keeps a line with a finite verb or a figure as a sentence, even without a full stop', () => {
    expect(roles('Nattpatrullen finns i alla kommuner\nAndel i procent 38')).toEqual([
      ['sentence', 'Nattpatrullen finns i alla kommuner'],
      ['sentence', 'Andel i procent 38'],
    ]);
  });
  it('takes a removed person with a title for a person, never an answer line', () => {
    const units = splitUnits('Med på mötet var:\n\n• [namn], regionråd\n• [namn], chef för ambulanssjukvården\n\nMötet beslutade om mobila team.');
    expect(units.map((u) => u.role)).toEqual(['lead-in', 'person', 'person', 'sentence']);
    // A removed name that does something, or is mentioned later, leaves a sentence.
    expect(roles('[namn], verksamhetschef, leder arbetet med mobila team.')).toEqual([['sentence', '[namn], verksamhetschef, leder arbetet med mobila team.']]);
    expect(roles('Arbetet leds av [namn] på vårdcentralen.')).toEqual([['sentence', 'Arbetet leds av [namn] på vårdcentralen.']]);
  });
  it('takes a thank-you or a bracketed instruction for an aside, never an answer line', () => {
    expect(roles('Vi vill rikta ett stort tack till alla kommuner som svarat.\n(Om nej – gå vidare till nästa fråga)\nKommunerna har startat nattpatruller.')).toEqual([
      ['aside', 'Vi vill rikta ett stort tack till alla kommuner som svarat.'],
      ['aside', '(Om nej – gå vidare till nästa fråga)'],
      ['sentence', 'Kommunerna har startat nattpatruller.'],
    ]);
    // Brackets inside a sentence, or two bracketed parts with text between, leave a sentence.
    expect(roles('(SÄBO) och hemtjänst samverkar (sedan 2021).')[0]![0]).toBe('sentence');
  });
  it('never takes a line that ends in a colon for an answer line, even when what it announces is cut off', () => {
    expect(roles('Arbetet har pågått sedan 2021.\nVår gemensamma målbild för vår färd är:')).toEqual([
      ['sentence', 'Arbetet har pågått sedan 2021.'],
      ['lead-in', 'Vår gemensamma målbild för vår färd är:'],
    ]);
  });
  it('takes a sentence about the document or page, not the work, for an aside', () => {
    expect(roles('Dokumentets struktur följer ett givet formulär med frågor.\nLäs mer på regionens webbplats.\nKommunerna har startat nattpatruller.')).toEqual([
      ['aside', 'Dokumentets struktur följer ett givet formulär med frågor.'],
      ['aside', 'Läs mer på regionens webbplats.'],
      ['sentence', 'Kommunerna har startat nattpatruller.'],
    ]);
  });
  it('gives list items the lead-in that introduces them', () => {
    const units = splitUnits('Mål till 2026\n\n- ska fler ha en vårdplan.\n- de som bor hemma ska få besök.\n\nEfter listan kommer text.');
    expect(units.map((u) => u.role)).toEqual(['lead-in', 'item', 'item', 'sentence']);
    expect(units[1]!.leadIn?.text).toBe('Mål till 2026');
    expect(units[2]!.leadIn?.text).toBe('Mål till 2026');
    expect(units[3]!.leadIn).toBeNull();
    expect(units.some((u) => u.continuation)).toBe(false);
  });
  it('takes the last sentence of a line ending in a colon before a list as the lead-in', () => {
    const units = splitUnits('Arbetet har pågått länge. Vi har gjort följande:\n1. Infört nattpatrull.\n2. Öppnat en jourmottagning.');
    expect(units.map((u) => [u.role, u.item])).toEqual([['sentence', null], ['lead-in', null], ['item', 1], ['item', 2]]);
    expect(units[3]!.leadIn?.text).toBe('Vi har gjort följande:');
  });
  it('takes a verbless bullet without a lead-in for a slide heading, but keeps it under a lead-in', () => {
    expect(roles('- Hemsjukvård uppföljning och utveckling')).toEqual([['heading', 'Hemsjukvård uppföljning och utveckling']]);
    expect(roles('Satsningar under året:\n- Förstärkt ambulanssjukvård')).toEqual([
      ['lead-in', 'Satsningar under året:'],
      ['item', 'Förstärkt ambulanssjukvård'],
    ]);
  });
  it('marks an item starting mid-sentence without a lead-in as a continuation', () => {
    const [unit] = splitUnits('- fler ska kunna få vård i hemmet');
    expect(unit!.continuation).toBe(true);
    expect(splitUnits('- Fler får vård i hemmet.')[0]!.continuation).toBe(false);
  });
  it('marks tasks the national level gives the regions', () => {
    const flags = (text: string) => splitUnits(text).map((u) => u.nationalTask);
    expect(flags('Regionerna ska senast i juni redovisa en plan.')).toEqual([true]);
    expect(flags('Folkhälsomyndigheten har i uppdrag att ta fram stöd.')).toEqual([true]);
    expect(flags('Enligt överenskommelsen ska arbetet följas upp årligen.')).toEqual([true]);
    expect(flags('Regionen ska under året starta två team.')).toEqual([false]);
    expect(flags('Vårdcentralen har i uppdrag att ta emot akuta besök.')).toEqual([false]);
    expect(flags('Medlen kan användas till:\n- utbildning av personal')).toEqual([true, true]);
  });
});

describe('splitSentences', () => {
  it('returns only answer lines, numbered in reading order', () => {
    const spans = splitSentences('RUBRIK I VERSALER\nEn mening här. En till.\nKorta rubriken\n- Ett listat steg tas.');
    expect(spans.map((s) => s.text)).toEqual(['En mening här.', 'En till.', 'Ett listat steg tas.']);
    expect(spans.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(spans.every(isAnswerLine)).toBe(true);
  });
  it('takes a bare number opening a line before a capitalised word for an item marker, not a count', () => {
    const spans = splitSentences('3 Region Halland har realiserat många delar av planen.\n9 Utbildningens effekter har följts upp.');
    expect(spans.map((s) => [s.item, s.text])).toEqual([
      [3, 'Region Halland har realiserat många delar av planen.'],
      [9, 'Utbildningens effekter har följts upp.'],
    ]);
    expect(splitSentences('3 regioner har infört modellen.').map((s) => [s.item, s.text])).toEqual([[null, '3 regioner har infört modellen.']]);
  });
});

// Passages built from sentences, items, headings and noise, with Swedish letters and odd spacing.
const word = fc.constantFrom('vård', 'Äldre', 'och', 'ska', 'har', 'ÖVERSIKT', 't.ex.', '12', '47 %', 'å', 'Mål:', 'de', 'bl.a.', '—', 'team', '(SÄBO)');
const line = fc.tuple(
  fc.constantFrom('', '- ', '• ', '3. ', '12) ', '2.', '  ', '.....', '4 '),
  fc.array(word, { minLength: 0, maxLength: 12 }),
  fc.constantFrom('', '.', ':', '!', '?', ' ', '…'),
).map(([marker, words, end]) => `${marker}${words.join(' ')}${end}`);
const passage = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));

describe('splitUnits: properties', () => {
  it('keeps exact offsets for every unit and lead-in, in reading order, without overlap', () => {
    fc.assert(
      fc.property(passage, (text) => {
        const units = splitUnits(text);
        let previousEnd = 0;
        units.forEach((unit, i) => {
          expect(text.slice(unit.start, unit.end)).toBe(unit.text);
          expect(unit.index).toBe(i);
          expect(unit.start).toBeGreaterThanOrEqual(previousEnd);
          expect(unit.text).toBe(unit.text.trim());
          expect(unit.text).not.toContain('\n');
          if (unit.leadIn) expect(text.slice(unit.leadIn.start, unit.leadIn.end)).toBe(unit.leadIn.text);
          previousEnd = unit.end;
        });
        const answerLines = splitSentences(text);
        expect(answerLines.map((s) => s.text)).toEqual(units.filter(isAnswerLine).map((u) => u.text));
        for (const span of answerLines) expect(text.slice(span.start, span.end)).toBe(span.text);
      }),
      { numRuns: 400 },
    );
  });
});
