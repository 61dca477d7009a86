import type { Passage, Report } from '../types.ts';

/**
 * The text indexed for a passage (lexically and as a vector): its heading path, the form question it
 * answers, then its own text. A survey answer often never repeats the question's words ("Ja, sedan
 * 2021 …"), so the question is what makes it findable. The report's region is added too, so that a
 * query naming a region ("Västerbotten") leans towards that region's passages.
 */
export function searchTextOf(passage: Passage, report?: Report): string {
  const parts: string[] = [];
  if (report) parts.push(report.region);
  if (passage.headingPath.length > 0) parts.push(passage.headingPath.join(' – '));
  if (passage.question) parts.push(passage.question.text);
  parts.push(passage.text);
  return parts.filter((part) => part.trim().length > 0).join('\n');
}
