import { describe, expect, it } from 'vitest';
import { createQuestionMatcher } from '../../src/ingest/match-question.ts';
import { loadQuestionBank, loadThemes, questionsOfForm } from '../../src/ingest/question-bank.ts';

const bank = loadQuestionBank();
const region = createQuestionMatcher(questionsOfForm(bank, 'region'));
const municipal = createQuestionMatcher(questionsOfForm(bank, 'municipal'));

describe('question bank', () => {
  it('holds every question of both forms, each with a known theme', () => {
    expect(questionsOfForm(bank, 'region').map((question) => question.id)).toContain('17i');
    expect(questionsOfForm(bank, 'region')).toHaveLength(42);
    expect(questionsOfForm(bank, 'municipal')).toHaveLength(25);
    const themeIds = new Set(loadThemes().map((theme) => theme.id));
    for (const question of bank.questions) expect(themeIds.has(question.theme)).toBe(true);
    for (const theme of loadThemes()) expect(theme.id).toMatch(/^[a-z0-9-]+$/);
  });

  it('maps the shifted numbering of the two forms to the same themes', () => {
    const theme = (form: 'region' | 'municipal', id: string) => bank.questions.find((question) => question.form === form && question.id === id)?.theme;
    expect(theme('region', '13a')).toBe('resursutnyttjande');
    expect(theme('municipal', '13a')).toBe('undvikbar-slutenvard');
    expect(theme('region', '14a')).toBe(theme('municipal', '13a'));
    for (const n of [6, 7, 8, 9, 10, 11, 12, 13, 14]) {
      const regionTheme = bank.questions.find((question) => question.form === 'region' && question.number === String(n))?.theme;
      const municipalTheme = bank.questions.find((question) => question.form === 'municipal' && question.number === String(n - 1))?.theme;
      expect(municipalTheme, `regionsformulärets fråga ${n} mot kommunformulärets ${n - 1}`).toBe(regionTheme);
    }
    expect(theme('region', '19a')).toBe(theme('municipal', '15a'));
    expect(theme('region', '20b')).toBe(theme('municipal', '16b'));
  });
});

describe('createQuestionMatcher', () => {
  it('finds question lines despite typos, split words and a label before the number', () => {
    expect(region('1. Finns det en beslutad läns gemensam målbild för omställningen till Nära vård i regionen och kommunerna?')?.question.id).toBe('1');
    expect(region('14a. Beskriv insatser som genomförts under året kopplat till undvikbar slutenvård genom proaktiva arbetssätt, och vilka målgrupper som prioriterats. Ange om insatserna har genomförts i form av projekt eller är breddinförda helt eller delvis i verksamheten.')?.question.id).toBe('14a');
    expect(region('Övrigt 18. Här finns möjlighet att berätta mer om regionens arbete med omställningen till nära vård med primärvården som nav, som kompletterar övriga svar.')?.question.id).toBe('18');
    expect(municipal('11a. Beskriv de insatser som genomförts under året kopplat till hälsofrämjande, förebyggande och rehabiliterande/habiliterande arbetsätt, och vilka målgrupper som prioriterats.')?.question.id).toBe('11a');
  });

  it('does not take numbered answers for questions', () => {
    expect(region('1. Mellan 2020-2022 pågick ett projekt med att revidera de tre överenskommelserna mellan Region Halland och Hallands kommuner')).toBeNull();
    expect(region('6. Omhändertagande av patienter med sömnapné har utvecklats till en väl fungerande digital patientprocess med stöd av distansmonitorering.')).toBeNull();
    expect(region('2. För övrigt se tidigare svar, framför allt under fråga 9.')).toBeNull();
  });
});
