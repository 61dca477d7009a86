import { describe, expect, it } from 'vitest';
import { absenceCaveat, lackingAnswer } from '../../../src/answer/compose/lacking-answer.ts';

const base = { none: [], mentioned: [], described: [], regionsInScope: 0, regionsWithout: 0 };

describe('lackingAnswer', () => {
  it('leads with the regions without evidence, then the caveat, the mentions and the regions that describe it', () => {
    const text = lackingAnswer({
      none: ['Region Kronoberg', 'Region Jämtland Härjedalen'],
      mentioned: ['Region Örebro län [2]'],
      described: [{ region: 'Region Västernorrland', lines: ['- Ett mobilt team startade 2022. [1]', '  - Resultat: Färre akutbesök. [3]'] }],
      regionsInScope: 4,
      regionsWithout: 2,
    });
    expect(text.split('\n\n')).toEqual([
      'Inga belägg i rapporterna från: Region Kronoberg, Region Jämtland Härjedalen (2 av 4 regioner i urvalet).',
      absenceCaveat,
      'Nämns bara eller svagare träffar, utan att rapporten tydligt beskriver arbetet: Region Örebro län [2].',
      'Rapporterna från en region beskriver det:\n- **Region Västernorrland**: Ett mobilt team startade 2022. [1]\n  - Resultat: Färre akutbesök. [3]',
    ]);
  });

  it('says that no region lacks evidence when every report takes it up, without the caveat', () => {
    const text = lackingAnswer({ ...base, described: [{ region: 'A', lines: ['- a [1]'] }, { region: 'B', lines: ['- b [2]'] }], regionsInScope: 2 });
    expect(text).toMatch(/^Ingen region i urvalet saknar belägg helt/);
    expect(text).not.toContain(absenceCaveat);
    expect(text).toContain('Rapporterna från 2 regioner beskriver det:\n- **A**: a [1]\n- **B**: b [2]');
  });

  it('leaves out the share when only national bodies are in scope', () => {
    expect(lackingAnswer({ ...base, none: ['Socialstyrelsen'] }).split('\n\n')[0]).toBe('Inga belägg i rapporterna från: Socialstyrelsen.');
  });
});
