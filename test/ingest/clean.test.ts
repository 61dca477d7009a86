import { describe, expect, it } from 'vitest';
import { joinSoftWraps, parseBlocks } from '../../src/ingest/blocks.ts';
import { classifyBoilerplate } from '../../src/ingest/boilerplate.ts';
import { cleanBlocks } from '../../src/ingest/clean-blocks.ts';
import { cleanInline, isEmphasised } from '../../src/ingest/clean-inline.ts';

describe('cleanInline', () => {
  it('removes link markup, escapes, HTML, bold markers, dot runs and the form placeholder', () => {
    expect(cleanInline('[Antagen av forum \\(politiskt samverkansforum\\).](#)')).toBe('Antagen av forum (politiskt samverkansforum).');
    expect(cleanInline('Ditt namn: [Pernilla](#).....')).toBe('Ditt namn: Pernilla');
    expect(cleanInline('\t\t\t\t<ul style="list-style-type: none">• Parterna skapar rätt förutsättningar')).toBe('- Parterna skapar rätt förutsättningar');
    expect(cleanInline('**Indextal kan inte uppskattas**')).toBe('Indextal kan inte uppskattas');
    expect(cleanInline('***en för patienten trygg och säker utskrivning!***')).toBe('en för patienten trygg och säker utskrivning!');
    expect(cleanInline('Ange indextal Klicka eller tryck här för att ange text.')).toBe('Ange indextal');
    expect(cleanInline('Andel i procent\t38\t<input type="checkbox"/>')).toBe('Andel i procent 38');
    expect(cleanInline('PSH\tHS\tBehov')).toBe('PSH | HS | Behov');
    expect(cleanInline('| Inledning | 4 |')).toBe('Inledning | 4');
    expect(cleanInline('|---|----|')).toBe('');
    expect(cleanInline('* Gemensamma nämnden')).toBe('- Gemensamma nämnden');
  });

  it('reads a Markdown heading line as its text, and leaves a "#" that is no heading marker', () => {
    expect(cleanInline('## Psykisk hälsa för barn och unga')).toBe('Psykisk hälsa för barn och unga');
    expect(cleanInline('# Nära vård i Provdal 2024 #')).toBe('Nära vård i Provdal 2024');
    expect(cleanInline('#5 i listan')).toBe('#5 i listan');
    expect(cleanInline('Tabell # 3')).toBe('Tabell # 3');
    expect(cleanInline('####### sju')).toBe('####### sju');
  });

  it('keeps Swedish letters and every number', () => {
    const line = 'Åtgärder för äldre: 31 415 kontakter, 0.42 i index, 2014:821, 70 % och 1177.se';
    expect(cleanInline(line)).toBe(line);
  });

  it('tells a wholly bold line (a chosen option) from plain text', () => {
    expect(isEmphasised('**Indextal kan inte uppskattas**')).toBe(true);
    expect(isEmphasised('Indextal kan inte uppskattas')).toBe(false);
  });
});

describe('line and block handling', () => {
  it('joins soft-wrapped lines and broken diagram labels but keeps list items apart', () => {
    expect(joinSoftWraps(['Ja, beskriv', 'dessa', 'insatser:'])).toEqual(['Ja, beskriv dessa insatser:']);
    expect(joinSoftWraps(['UNGDOMS-', 'MOTTAGNING'])).toEqual(['UNGDOMSMOTTAGNING']);
    expect(joinSoftWraps(['- första punkten', '- andra punkten'])).toEqual(['- första punkten', '- andra punkten']);
  });

  it('counts blank lines before each block', () => {
    const blocks = parseBlocks([{ page: null, text: 'A\n\n\n\nB\nC\n\nD' }]);
    expect(blocks.map((block) => [block.lines.join('|'), block.gapBefore])).toEqual([['A', 0], ['B|C', 3], ['D', 1]]);
  });

  it('rejoins a sentence broken by a blank line, not one that ended', () => {
    const { blocks } = cleanBlocks(parseBlocks([{ page: null, text: 'Samlokalisering av rehab för\n\nhemsjukvårdspatienter är infört.\n\nNästa stycke.' }]));
    expect(blocks.map((block) => block.lines.map((line) => line.text).join('|'))).toEqual([
      'Samlokalisering av rehab för hemsjukvårdspatienter är infört.',
      'Nästa stycke.',
    ]);
  });
});

describe('classifyBoilerplate', () => {
  it('drops form boilerplate and flags the linking note', () => {
    for (const line of ['Beskriv med max 3000 tecken.', 'Lämna gärna en kommentar här:', 'Ja, beskriv dessa insatser:', 'Ja, beskriv på vilket sätt samverkan sker:', 'Nej', 'Tack för dina svar!']) {
      expect(classifyBoilerplate(line), line).toBe('drop');
    }
    expect(classifyBoilerplate('Svaren 1-X i fråga a hänger ihop med svaren 1-X i fråga b')).toBe('link-note');
    expect(classifyBoilerplate('Nej, det finns inga planer på det men vi utreder frågan.')).toBeNull();
  });
});

describe('soft wraps and tables', () => {
  it('keeps a table header row apart from the rows below it', () => {
    const lines = ['Steg\tNuläge\tÖnskat läge', '\t\t<ul style="x">• parterna planerar i tid', 'Ja, beskriv', 'dessa insatser:'];
    expect(joinSoftWraps(lines)).toEqual(['Steg\tNuläge\tÖnskat läge', '\t\t<ul style="x">• parterna planerar i tid', 'Ja, beskriv dessa insatser:']);
  });
});
