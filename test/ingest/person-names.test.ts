import { describe, expect, it } from 'vitest';
import { isPersonName } from '../../src/ingest/person-names.ts';
import { createRedactor } from '../../src/ingest/redact.ts';

const redact = createRedactor([]);

describe('municipalities in redaction', () => {
  it('keeps municipalities and their institutions next to a role or speech word', () => {
    const kept = [
      'Verksamhetschef Lerums kommun',
      'Samordnaren Hultsfreds hälsocentral',
      'berättar Mora kommun',
      'säger Nora Hälsocentral',
      'Enhetschef Nora Lindesberg',
      'Samordnaren Malung-Sälens kommun',
      'Kontaktperson: Närhälsan Lerum',
    ];
    for (const text of kept) expect(redact(text), text).toBe(text);
    expect(isPersonName(['Nora', 'Lindesberg'])).toBe(false);
  });

  it('still removes people whose first name or surname is also a municipality', () => {
    expect(redact('Enhetschef Nora Andersson leder arbetet.')).toBe('Enhetschef [namn] leder arbetet.');
    expect(redact('Samordnaren Mark Svensson har följt upp.')).toBe('Samordnaren [namn] har följt upp.');
    expect(redact('säger Anna Mora, enhetschef')).toBe('säger [namn], enhetschef');
    expect(redact('Verksamhetschef Per Kumla leder arbetet.')).toBe('Verksamhetschef [namn] leder arbetet.');
    expect(redact('Kontaktperson: Sofia Lund')).toBe('Kontaktperson: [namn]');
    // Both words are municipalities, but both are also ordinary names: a person.
    expect(isPersonName(['Nora', 'Lund'])).toBe(true);
    expect(isPersonName(['Mark', 'Berg'])).toBe(true);
  });
});
