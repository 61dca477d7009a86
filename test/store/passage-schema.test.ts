import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import { parsePassagesJsonl } from '../../src/store/passage-schema.ts';
import type { Passage } from '../../src/types.ts';

function passage(number: number, text: string): Passage {
  return {
    id: `r1-${number}`,
    reportId: 'r1',
    themeId: 'kontinuitet',
    question: null,
    headingPath: ['Fast läkarkontakt – uppföljning'],
    text,
    page: 2,
    start: number * 100,
    end: number * 100 + text.length,
    isAgreementText: false,
    ordinal: number,
  };
}

const passages = [passage(0, 'Vårdcentralerna i Jämtland Härjedalen når 55 % – målet är 70 %.'), passage(1, 'Äldre får hembesök av mobila team; 𝔘nicode utanför BMP ✓.'), passage(2, 'Ö')];
const file = passages.map((entry) => JSON.stringify(entry)).join('\n') + '\n';

function errorOf(input: string | Buffer): string {
  try {
    parsePassagesJsonl(input);
  } catch (error) {
    if (isAppError(error)) return error.message;
    throw error;
  }
  throw new Error('the bad line was accepted');
}

describe('parsePassagesJsonl', () => {
  it('reads the same passages from the file as bytes (line by line) as from its text, Swedish letters intact', () => {
    expect(parsePassagesJsonl(Buffer.from(file, 'utf8'))).toEqual(passages);
    expect(parsePassagesJsonl(file)).toEqual(passages);
    expect(parsePassagesJsonl(Buffer.from(file.trimEnd(), 'utf8'))).toEqual(passages);
  });

  it('names the same bad line either way', () => {
    const broken = file.replace('"ordinal":1', '"ordinal":"ett"');
    expect(errorOf(Buffer.from(broken, 'utf8'))).toMatch(/rad 2 är ogiltig/);
    expect(errorOf(broken)).toMatch(/rad 2 är ogiltig/);
  });
});
