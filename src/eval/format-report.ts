import type { EvalReport } from './run-eval.ts';
import { evalModes } from './run-eval.ts';

const fixed = (value: number): string => value.toFixed(3);

/** The eval figures as a plain-text table, in the order the eval README defines them. */
export function formatEvalTable(report: EvalReport): string {
  const lines = [
    '| search  | hit@5 | hit@10 | recall@10 | MRR@10 |',
    '|---------|-------|--------|-----------|--------|',
    ...evalModes.map((mode) => {
      const metrics = report.retrieval[mode];
      return `| ${mode.padEnd(7)} | ${fixed(metrics.hitAt5)} | ${fixed(metrics.hitAt10)}  | ${fixed(metrics.recallAt10)}     | ${fixed(metrics.mrrAt10)}  |`;
    }),
    '',
    '| answers                         | value |',
    '|---------------------------------|-------|',
    `| region recall, loose (${report.answers.regionItems} items)  | ${fixed(report.answers.regionRecallLoose)} |`,
    `| region recall, strict           | ${fixed(report.answers.regionRecallStrict)} |`,
    `| answerable answered (${report.answers.answerableItems} items)   | ${fixed(report.answers.answeredShare)} |`,
    `| unanswerable refused (${report.answers.unanswerableItems} items)  | ${fixed(report.answers.refusedShare)} |`,
  ];
  return lines.join('\n');
}

const optional = (value: number | null): string => (value === null ? '  —  ' : fixed(value));

/** Per question type: hybrid retrieval, answered (or refused) share, region recall where the type lists regions. */
export function formatTypeTable(report: EvalReport): string {
  return [
    '| type           | items | hit@10 | MRR@10 | answered | refused | regions loose | strict |',
    '|----------------|-------|--------|--------|----------|---------|---------------|--------|',
    ...report.byType.map((row) =>
      `| ${row.type.padEnd(14)} | ${String(row.items).padStart(5)} | ${optional(row.hitAt10)}  | ${optional(row.mrrAt10)}  | ${row.refused === null ? fixed(row.answered) : '  —  '}    | ${optional(row.refused)}   | ${optional(row.regionRecallLoose)}         | ${optional(row.regionRecallStrict)}  |`),
  ].join('\n');
}

/** One line per item: its outcome, and the answer's first line (the refusal's reason, the regions count). */
export function formatItemLines(report: EvalReport): string {
  return report.items
    .map((item) => {
      const rank = item.hybridRank === null ? '—' : String(item.hybridRank);
      const recall = item.regionRecall ? `  regioner ${fixed(item.regionRecall.loose)}/${fixed(item.regionRecall.strict)}` : '';
      return `${item.id} ${item.type.padEnd(14)} rank ${rank.padStart(2)}  ${item.answerable ? 'besvarad' : 'avböjd  '}${recall}  ${item.citedRegions.join(', ')}\n      ${item.firstLine}`;
    })
    .join('\n');
}
