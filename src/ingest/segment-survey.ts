import type { FormKind } from '../types.ts';
import { aliasSimilarity } from './classify-theme.ts';
import { createQuestionMatcher, isInstruction, isOption } from './match-question.ts';
import type { BankQuestion, QuestionBank } from './question-bank.ts';
import { questionsOfForm } from './question-bank.ts';
import { agreementInline, agreementLabel, looksLikeHeading, questionRef } from './structure.ts';
import type { PlacedUnit, Section } from './structure.ts';
import type { Unit } from './units.ts';

/**
 * The form's section headings ("Samverkan mellan regioner och kommuner") are theme aliases. A line
 * close to one only counts as a heading where the form puts one: right before a question or the
 * agreement quote, unless it is a near-exact alias.
 */
function sectionHeadingTheme(bank: QuestionBank, units: Unit[], index: number, isQuestion: (unit: Unit) => boolean) {
  const unit = units[index];
  if (!unit || !unit.onlyInBlock || !looksLikeHeading(unit.text)) return null;
  let best = { themeId: '', score: 0 };
  for (const theme of bank.themes) {
    const score = aliasSimilarity(theme, unit.text);
    if (score > best.score) best = { themeId: theme.id, score };
  }
  if (best.score >= 0.9) return best.themeId;
  const next = units[index + 1];
  const announcesSection = next && (agreementLabel.test(next.text) || agreementInline.test(next.text) || isQuestion(next));
  return best.score >= 0.7 && announcesSection ? best.themeId : null;
}

export function segmentSurvey(units: Unit[], bank: QuestionBank, form: FormKind): { placed: PlacedUnit[]; found: BankQuestion[] } {
  const match = createQuestionMatcher(questionsOfForm(bank, form));
  const matches = units.map((unit) => (unit.kind === 'text' ? match(unit.text) : null));
  const isQuestion = (unit: Unit) => matches[unit.index] !== null;
  const found: BankQuestion[] = [];
  const placed: PlacedUnit[] = [];
  let section: Section | null = null;
  let question: BankQuestion | null = null;
  let formHeading: { text: string; themeId: string } | null = null;
  let agreementZone = false;

  units.forEach((unit, index) => {
    const matched = matches[index];
    if (unit.kind === 'link-note') {
      if (section && question) section.linked = true;
      placed.push({ unit, role: 'label', section });
      return;
    }
    if (matched) {
      question = matched.question;
      found.push(question);
      section = {
        themeId: question.theme,
        question: questionRef(question),
        // The form's section heading covers the questions of its own theme only.
        headingPath: formHeading && formHeading.themeId === question.theme ? [formHeading.text] : [],
        linked: false,
      };
      agreementZone = false;
      placed.push({ unit, role: 'question', section });
      return;
    }
    const headingTheme = sectionHeadingTheme(bank, units, index, isQuestion);
    if (headingTheme) {
      formHeading = { text: unit.text, themeId: headingTheme };
      question = null;
      // Between a form heading and its first question the form prints the agreement's text or its
      // own instructions, never the respondent's answer.
      agreementZone = true;
      section = { themeId: headingTheme, question: null, headingPath: [unit.text], linked: false };
      placed.push({ unit, role: 'heading', section });
      return;
    }
    if (agreementLabel.test(unit.text)) {
      agreementZone = true;
      placed.push({ unit, role: 'label', section });
      return;
    }
    if (section === null) {
      placed.push({ unit, role: 'preamble', section: null });
      return;
    }
    if (question && isOption(question, unit.text) && !unit.emphasised) {
      placed.push({ unit, role: 'drop', section });
      return;
    }
    if (question && isInstruction(question, unit.text)) {
      placed.push({ unit, role: 'label', section });
      return;
    }
    const role = agreementZone || agreementInline.test(unit.text) ? 'agreement' : 'body';
    placed.push({ unit, role, section });
  });
  return { placed, found };
}
