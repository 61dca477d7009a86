import type { Answer, Hit, RegionAccount } from '../../types.ts';
import type { AnswerPlan } from '../answer-question.ts';
import { displayRegion, type ReportCatalog } from '../report-catalog.ts';
import { checkSentence, lineSentences } from './citation-check.ts';
import { createCitationList } from '../evidence/citations.ts';
import { unsupportedClaims } from './claim-support.ts';
import { stripEmails } from '../evidence/privacy.ts';
import { splitSentences } from '../evidence/sentences.ts';
import { scoreSentence } from '../evidence/sentence-scoring.ts';
import { analyzeTopic } from '../../text/analyze.ts';

/** The model sees at most this many passages, numbered from 1. */
export const maxPassages = 12;

export interface CheckedResult {
  /** Null when nothing, or too little, of the reply could be kept: the caller falls back. */
  answer: Answer | null;
  kept: number;
  dropped: number;
}

/**
 * Checks a model's reply sentence by sentence as it arrives and keeps only sentences that cite a
 * passage it was given and whose numbers and regions those passages back. `push` returns the newly
 * accepted text, already renumbered as the final answer numbers it, so a stream can show it at once:
 * a sentence is judged only when it is complete (the next one has begun, or the line or reply ended).
 */
export class CheckedAnswerBuilder {
  readonly #hits: Hit[];
  readonly #index: ReportCatalog;
  readonly #plan: AnswerPlan;
  readonly #citations;
  readonly #byRegion = new Map<string, { quotes: string[]; numbers: Set<number> }>();
  #pending = '';
  #midLine = false;
  #prefix = '';
  #lineHasText = false;
  #out = '';
  #kept = 0;
  #dropped = 0;

  constructor(plan: AnswerPlan, index: ReportCatalog) {
    this.#plan = plan;
    this.#index = index;
    this.#hits = plan.hits.slice(0, maxPassages);
    this.#citations = createCitationList(index);
  }

  /** Adds model text; returns the checked text it completes ('' when none yet). */
  push(delta: string): string {
    this.#pending += delta;
    let emitted = '';
    for (let newline = this.#pending.indexOf('\n'); newline >= 0; newline = this.#pending.indexOf('\n')) {
      const line = this.#pending.slice(0, newline);
      this.#pending = this.#pending.slice(newline + 1);
      emitted += this.#completeLine(line);
    }
    return emitted + this.#partialLine();
  }

  /** The reply has ended: judges what is left. */
  end(): string {
    const rest = this.#pending;
    this.#pending = '';
    return this.#completeLine(rest);
  }

  /** Too little is left when nothing is, or when more sentences were dropped than kept. */
  finish(): CheckedResult {
    const kept = this.#kept;
    const dropped = this.#dropped;
    if (kept === 0 || dropped > kept) return { answer: null, kept, dropped };
    const regions: RegionAccount[] = [...this.#byRegion.entries()].map(([region, entry]) => ({
      region,
      state: 'evidence',
      summary: [...new Set(entry.quotes)].slice(0, 2).join(' '),
      citations: [...entry.numbers],
    }));
    // Regions the extractive pass found silent stay named: the model must not make them disappear.
    for (const account of this.#plan.answer.regions) {
      if (account.citations.length === 0 && !this.#byRegion.has(account.region)) regions.push(account);
    }
    const silent = regions.filter((r) => r.citations.length === 0).map((r) => r.region);
    const note = silent.length > 0 ? `\n\nInget om detta i rapporten: ${silent.join(', ')}.` : '';
    const answer: Answer = { answerable: true, answer: stripEmails(`${this.#out}${note}`), citations: this.#citations.finish(), regions, fallback: false };
    if (dropped > 0) answer.notice = `${dropped} ${dropped === 1 ? 'mening' : 'meningar'} i språkmodellens svar saknade stöd i källorna och togs bort.`;
    return { answer, kept, dropped };
  }

  #completeLine(line: string): string {
    if (line.trim() === '' && !this.#midLine) return '';
    const { prefix, sentences } = lineSentences(line.trimEnd(), this.#midLine);
    if (!this.#midLine) this.#prefix = prefix;
    let emitted = '';
    for (const sentence of sentences) emitted += this.#accept(sentence.text);
    this.#midLine = false;
    this.#lineHasText = false;
    return emitted;
  }

  /** Judges the sentences of an unfinished line that are certainly complete: all but the last. */
  #partialLine(): string {
    const { prefix, sentences } = lineSentences(this.#pending, this.#midLine);
    if (sentences.length < 2) return '';
    if (!this.#midLine) this.#prefix = prefix;
    let emitted = '';
    for (const sentence of sentences.slice(0, -1)) emitted += this.#accept(sentence.text);
    this.#pending = this.#pending.slice((this.#midLine ? 0 : prefix.length) + sentences.at(-1)!.start);
    this.#midLine = true;
    return emitted;
  }

  #accept(sentence: string): string {
    const checked = checkSentence(sentence, this.#hits.length);
    const cited = checked?.cites.map((given) => this.#hits[given - 1]!) ?? [];
    const sources = cited.map((hit) => ({ text: hit.passage.text, region: hit.report.region, year: hit.report.year, period: hit.report.period, title: hit.report.title }));
    if (!checked || unsupportedClaims(checked.text, sources).length > 0) {
      this.#dropped += 1;
      return '';
    }
    this.#kept += 1;
    const numbers = cited.map((hit) => {
      const n = this.#citations.cite(hit.passage, bestSentence(hit, checked.text));
      const region = displayRegion(this.#index, hit.report.region);
      const entry = this.#byRegion.get(region) ?? { quotes: [], numbers: new Set<number>() };
      entry.numbers.add(n);
      this.#byRegion.set(region, entry);
      return n;
    });
    const quote = stripEmails(checked.text.replace(/([.!?;:,]*)$/, ` ${numbers.map((n) => `[${n}]`).join('')}$1`));
    for (const hit of cited) this.#byRegion.get(displayRegion(this.#index, hit.report.region))!.quotes.push(quote);
    const piece = this.#lineHasText ? ` ${quote}` : `${this.#out === '' ? '' : '\n'}${this.#prefix}${quote}`;
    this.#lineHasText = true;
    this.#out += piece;
    return piece;
  }
}

function bestSentence(hit: Hit, claim: string): { start: number; end: number } | null {
  // The answer is written in Swedish from Swedish passages, whatever the question's language.
  const terms = analyzeTopic(claim, false);
  let best: { start: number; end: number; coverage: number } | null = null;
  for (const sentence of splitSentences(hit.passage.text)) {
    const { coverage } = scoreSentence(terms, sentence.text);
    if (coverage > 0 && (!best || coverage > best.coverage)) best = { start: sentence.start, end: sentence.end, coverage };
  }
  return best ? { start: best.start, end: best.end } : null;
}
