import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/answer/evidence/sentences.ts';

// Pieces of report-like text: sentences, abbreviations, list markers, line breaks, å/ä/ö.
const piece = fc.constantFrom(
  'Vårdcentralen har infört fast läkarkontakt.',
  ' Andelen ökade till 45 %.',
  ' Det gäller t.ex. äldre.',
  '\n1. Mobila team',
  '\n- Hembesök på kvällar',
  '\n.....',
  ' Är det så?',
  ' Ja!',
  '\n',
  '  ',
  ' Östra länsdelen följer upp.',
);

describe('sentence offsets', () => {
  it('every span is exactly the text between its offsets, spans come in order without overlap and are numbered in turn', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join('')), (text) => {
        const spans = splitSentences(text);
        let previousEnd = 0;
        spans.forEach((span, index) => {
          expect(text.slice(span.start, span.end)).toBe(span.text);
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.text).toBe(span.text.trim());
          expect(span.index).toBe(index);
          previousEnd = span.end;
        });
      }),
      { numRuns: 300 },
    );
  });
});
