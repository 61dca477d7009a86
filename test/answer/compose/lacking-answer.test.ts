import { describe, expect, it } from 'vitest';
import { absenceCaveat, lackingAnswer } from '../../../src/answer/compose/lacking-answer.ts';

const base = { none: [], mentioned: [], described: [], regionsInScope: 0 };
const described = [{ region: 'Region Västernorrland', lines: ['- Ett mobilt team startade 2022. [1]', '  - Resultat: Färre akutbesök. [3]'] }];

describe('lackingAnswer', () => {
  it('leads with the regions without evidence, then those that only name it, the caveat and the regions that describe it', () => {
    const text = lackingAnswer({ none: ['Region Kronoberg', 'Nationell'], mentioned: [{ region: 'Region Örebro län', n: 2 }], described, regionsInScope: 3 });
    expect(text.split('\n\n')).toEqual([
      'Inga belägg i rapporterna från: Region Kronoberg, Nationell (1 av 3 regioner i urvalet).',
      'Inga tydliga belägg heller från: Region Örebro län [2] (1 av 3 regioner i urvalet). Där nämns det bara, eller träffarna är svaga.',
      absenceCaveat,
      'Rapporterna från en region beskriver det:\n- **Region Västernorrland**: Ett mobilt team startade 2022. [1]\n  - Resultat: Färre akutbesök. [3]',
    ]);
  });

  it('leads with the regions that only name it when every report holds something', () => {
    const text = lackingAnswer({ ...base, mentioned: [{ region: 'Region Blekinge', n: 2 }], described, regionsInScope: 2 });
    expect(text.split('\n\n')[0]).toBe('Inga tydliga belägg i rapporterna från: Region Blekinge [2] (1 av 2 regioner i urvalet). Där nämns det bara, eller träffarna är svaga.');
    expect(text.split('\n\n')[1]).toBe(absenceCaveat);
  });

  it('says that no region lacks evidence when every report describes it, without the caveat', () => {
    const text = lackingAnswer({ ...base, described: [{ region: 'A', lines: ['- a [1]'] }, { region: 'B', lines: ['- b [2]'] }], regionsInScope: 2 });
    expect(text).toMatch(/^Alla regioner i urvalet beskriver detta i sina rapporter; ingen saknar belägg\./);
    expect(text).not.toContain(absenceCaveat);
    expect(text).toContain('Rapporterna från 2 regioner beskriver det:\n- **A**: a [1]\n- **B**: b [2]');
  });

  it('leaves out the share when only national bodies lack evidence', () => {
    expect(lackingAnswer({ ...base, none: ['Nationell'], regionsInScope: 2 }).split('\n\n')[0]).toBe('Inga belägg i rapporterna från: Nationell.');
  });
});
