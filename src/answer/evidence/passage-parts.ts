import type { Passage } from '../../types.ts';

/*
 * The forms split many questions into a measures part (a) and a results part (b); reworked reports
 * name the same split in headings. Both signals are read here so callers need not know the shapes.
 */
const resultHeading = /resultat|effekt|utfall|uppföljning/i;

export function isResultPassage(passage: Passage): boolean {
  const number = passage.question?.number ?? '';
  if (/\d+b$/i.test(number)) return true;
  if (/\d+[a-z]$/i.test(number)) return false;
  const lastHeading = passage.headingPath[passage.headingPath.length - 1] ?? '';
  return resultHeading.test(lastHeading);
}

/** "6a. Beskriv …" for form passages, null where the report has no numbered question. */
export function questionLabel(passage: Passage): string | null {
  if (!passage.question) return null;
  return `${passage.question.number}. ${passage.question.text}`;
}
