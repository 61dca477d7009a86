import { classifyFigures, figureKind, type FigureKind } from './figure-kinds.ts';

/** What the report gives instead of an outcome, said plainly, with the sentence to cite for it. */
export interface MissingOutcome<T> {
  kind: Exclude<FigureKind, 'outcome'>;
  /** "Rapporten anger målet minst 65 procent, men inget utfall." */
  statement: string;
  cite: T;
}

export interface OutcomeChoice<T> {
  /** Candidates that give an outcome figure, in the order given. */
  outcomes: T[];
  /** Set when no candidate gives an outcome but one gives a target or forecast. */
  missing: MissingOutcome<T> | null;
  /** Only outcomes answer a question about what was achieved or measured. */
  answered: boolean;
}

function listed(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/**
 * The plain statement for a sentence that gives only a target or a forecast, built from its own figures:
 * "Rapporten anger målet minst 65 procent, men inget utfall." Null when the sentence gives neither.
 */
export function notAnOutcomeStatement(sentence: string): { kind: Exclude<FigureKind, 'outcome'>; statement: string } | null {
  const figures = classifyFigures(sentence);
  const kind = figureKind(sentence);
  if (kind === null || kind === 'outcome') return null;
  const named = listed([...new Set(figures.filter((f) => f.kind === kind).map((f) => f.text))]);
  const statement =
    kind === 'target'
      ? `Rapporten anger målet ${named}, men inget utfall.`
      : `Rapporten anger en prognos eller plan (${named}), men inget utfall.`;
  return { kind, statement };
}

/**
 * For a question about what was achieved or measured: the candidates (best first) that give an outcome.
 * When none does but one gives a target or a forecast, the answer says so plainly and cites that one
 * (the first target, else the first forecast); the question then counts as not answered.
 */
export function chooseOutcomes<T>(candidates: T[], textOf: (candidate: T) => string): OutcomeChoice<T> {
  const outcomes = candidates.filter((candidate) => figureKind(textOf(candidate)) === 'outcome');
  if (outcomes.length > 0) return { outcomes, missing: null, answered: true };
  for (const wanted of ['target', 'forecast'] as const) {
    for (const candidate of candidates) {
      const said = notAnOutcomeStatement(textOf(candidate));
      if (said?.kind === wanted) return { outcomes: [], missing: { ...said, cite: candidate }, answered: false };
    }
  }
  return { outcomes: [], missing: null, answered: false };
}

/** For a question about what was achieved: a sentence answers only when it gives the figure as an outcome. */
export function givesOutcomeFor(givesFigure: (sentence: string) => boolean): (sentence: string) => boolean {
  return (sentence) => givesFigure(sentence) && figureKind(sentence) === 'outcome';
}
