import type { Citation } from '../../types.ts';
import type { RegionPoints } from './summary-overview.ts';

function markers(numbers: number[]): string {
  return numbers.map((n) => `[${n}]`).join('');
}

/** Markdown ready to paste into meeting notes: heading, overview, a section per region, numbered sources. */
export function summaryMarkdown(title: string, overview: string, regions: RegionPoints[], citations: Citation[]): string {
  const lines: string[] = [`## ${title}`, '', overview, ''];
  for (const { region, points } of regions) {
    lines.push(`### ${region}`);
    if (points.length === 0) lines.push('- Inget material om detta i rapporten.');
    for (const point of points) {
      const [first, ...rest] = point.citations;
      const resultCitations = point.result ? rest : [];
      const pointCitations = point.result ? (first === undefined ? [] : [first]) : point.citations;
      lines.push(`- ${point.text} ${markers(pointCitations)}`.trimEnd());
      if (point.result) lines.push(`  - Resultat: ${point.result} ${markers(resultCitations)}`.trimEnd());
    }
    lines.push('');
  }
  if (citations.length > 0) {
    lines.push('### Källor');
    for (const citation of citations) {
      const page = citation.page === null ? '' : `, s. ${citation.page}`;
      const location = citation.location ? `, ${citation.location}` : '';
      lines.push(`${citation.n}. ${citation.reportTitle}, ${citation.region}${location}${page} (${citation.theme.label})`);
    }
  }
  return lines.join('\n').trimEnd() + '\n';
}
