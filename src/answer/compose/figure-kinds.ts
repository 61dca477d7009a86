import { z } from 'zod';
import { readDataFile } from '../../text/data-file.ts';
import { foldDiacritics, normaliseText } from '../../text/normalise.ts';
import { asksForFigure, figureMentions, type FigureMention } from './figures.ts';
import { asksForResults } from '../question/question-analysis.ts';

/**
 * What a statement reports: an outcome (measured, achieved, changed: "var 11 % år 2022"), a target
 * ("ska … utgöra minst 65 procent", "målet är"), or a forecast or plan ("kommer att", "beräknas").
 * An answer to "how large a share had …" must not pass a target off as the share.
 */
export type FigureKind = 'outcome' | 'target' | 'forecast';

type MarkerKind = FigureKind | 'modal' | 'change';

interface Marker {
  kind: MarkerKind;
  /** Token positions [first, last] in the sentence. */
  first: number;
  last: number;
  start: number;
}

interface Lexicon {
  /** Word sequences by their first token, longest first: as written, and with diacritics folded. */
  byFirst: Map<string, Array<{ words: string[]; kind: MarkerKind }>>;
  byFirstFolded: Map<string, Array<{ words: string[]; kind: MarkerKind }>>;
}

let lexicon: Lexicon | undefined;

function loadLexicon(): Lexicon {
  const data = readDataFile(
    'figure-kinds-sv.json',
    z.object({ target: z.array(z.string()), modal: z.array(z.string()), forecast: z.array(z.string()), outcome: z.array(z.string()), change: z.array(z.string()) }),
  );
  const byFirst: Lexicon['byFirst'] = new Map();
  const byFirstFolded: Lexicon['byFirst'] = new Map();
  for (const kind of ['target', 'modal', 'forecast', 'outcome', 'change'] as const) {
    for (const phrase of data[kind]) {
      for (const [map, fold] of [[byFirst, false], [byFirstFolded, true]] as const) {
        const words = wordsOf(phrase, fold).map((w) => w.token);
        // Folded, a short word may become another word ("bör" → "bor", lives; "mål" → "mal"): leave it out.
        const collides = fold && words.length === 1 && words[0]!.length <= 3 && words[0] !== normaliseText(phrase.trim());
        if (words.length === 0 || collides) continue;
        const list = map.get(words[0]!) ?? [];
        list.push({ words, kind });
        map.set(words[0]!, list);
      }
    }
  }
  for (const map of [byFirst, byFirstFolded]) for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, byFirstFolded };
}

interface Word {
  token: string;
  start: number;
  end: number;
}

/** Words with offsets, lower-case, and with diacritics folded when asked. */
function wordsOf(text: string, fold: boolean): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    token: fold ? foldDiacritics(normaliseText(match[0])) : normaliseText(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/*
 * A text written with å, ä, ö is matched as written, so that "bor" (lives) is not taken for "bör"; a text
 * without them (a question typed on a keyboard without them) is matched folded, so that "malet" is "målet".
 */
interface Words {
  list: Word[];
  folded: boolean;
}

function foldedWords(text: string): Words {
  const folded = !/[åäöÅÄÖ]/u.test(text);
  return { list: wordsOf(text, folded), folded };
}

// "kommer" alone foretells ("kommer 20 patienter att få …") unless it says where someone comes from or goes to.
const motion = new Set(['fran', 'till', 'in', 'ut', 'hem', 'fram', 'tillbaka', 'at', 'i', 'pa', 'med', 'ifraga', 'overens']);

function isMotion(sequence: string[], words: Word[], at: number): boolean {
  return sequence.length === 1 && sequence[0] === 'kommer' && motion.has(foldDiacritics(words[at + 1]?.token ?? ''));
}

function markersIn({ list: words, folded }: Words): Marker[] {
  lexicon ??= loadLexicon();
  const byFirst = folded ? lexicon.byFirstFolded : lexicon.byFirst;
  const markers: Marker[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const candidates = byFirst.get(words[i]!.token) ?? [];
    const found = candidates.find(({ words: seq }) => seq.every((w, k) => words[i + k]?.token === w));
    if (!found || isMotion(found.words, words, i)) continue;
    markers.push({ kind: found.kind, first: i, last: i + found.words.length - 1, start: words[i]!.start });
    i += found.words.length - 1;
  }
  return markers;
}

/*
 * Clauses are judged apart: in "målet är 65 procent, men i dag är andelen 11 procent" the target and the
 * outcome are two statements. "och" does not part clauses, since "ska öka och vara minst 65 procent" is one.
 */
const clauseBoundary = /;|\s[–—]\s|,?\s(?:men|medan|dock|samtidigt som|jämfört med|i jämförelse med|genom att|eftersom|därför att|vilket)\s/giu;

function clauseAround(sentence: string, position: number): [number, number] {
  let start = 0;
  let end = sentence.length;
  for (const match of sentence.matchAll(clauseBoundary)) {
    const boundaryEnd = match.index + match[0].length;
    if (boundaryEnd <= position) start = boundaryEnd;
    else if (match.index >= position) {
      end = match.index;
      break;
    }
  }
  return [start, end];
}

// An outcome word right after a modal or forecast word belongs to it: "ska ha minskat", "prognosen visar".
const governingWindow = 3;

const isOutcomeMarker = (marker: Marker) => marker.kind === 'outcome' || marker.kind === 'change';

function isGoverned(marker: Marker, markers: Marker[], words: Word[], mentions: FigureMention[]): boolean {
  if (!isOutcomeMarker(marker)) return false;
  return markers.some(
    (other) =>
      !isOutcomeMarker(other) &&
      other.last < marker.first &&
      marker.first - other.last <= governingWindow &&
      !mentions.some((m) => m.start >= words[other.last]!.end && m.end <= marker.start),
  );
}

function kindOfMarker(marker: Marker, withFigure: boolean): FigureKind {
  if (marker.kind === 'modal') return withFigure ? 'target' : 'forecast';
  if (marker.kind === 'change') return 'outcome';
  return marker.kind;
}

// A marker after the figure speaks for it only close by: "20 patienter beräknas", not "11 kommuner, beslut … kommer att fattas".
const afterWindow = 4;

function wordsBetween(words: Word[], from: number, to: number): number {
  return words.filter((word) => word.start >= from && word.end <= to).length;
}

/** A figure of a sentence with the kind of statement it belongs to. */
export interface ClassifiedFigure extends FigureMention {
  kind: FigureKind;
  /** A word decided the kind; false for a bare figure, taken as a stated fact. */
  marked: boolean;
}

/**
 * Each figure of a sentence with its kind. The nearest marker before the figure in its clause decides;
 * failing that, one right after it ("20 patienter beräknas"); a figure with no marker at all is stated
 * as a fact, an outcome.
 */
export function classifyFigures(sentence: string): ClassifiedFigure[] {
  const mentions = figureMentions(sentence);
  if (mentions.length === 0) return [];
  const words = foldedWords(sentence);
  const markers = markersIn(words);
  return mentions.map((mention) => {
    const [clauseStart, clauseEnd] = clauseAround(sentence, mention.start);
    const inClause = markers.filter((m) => m.start >= clauseStart && m.start < clauseEnd && !isGoverned(m, markers, words.list, mentions));
    const before = inClause.filter((m) => m.start < mention.start).at(-1);
    const after = inClause.find((m) => m.start >= mention.end && wordsBetween(words.list, mention.end, m.start) < afterWindow);
    const decisive = before ?? after;
    return { ...mention, kind: decisive ? kindOfMarker(decisive, true) : 'outcome', marked: decisive !== undefined };
  });
}

/** The kind of a sentence's figures taken together: an outcome if it gives any, else a target, else a forecast; null without figures. */
export function figureKind(sentence: string): FigureKind | null {
  const kinds = new Set(classifyFigures(sentence).map((f) => f.kind));
  if (kinds.has('outcome')) return 'outcome';
  if (kinds.has('target')) return 'target';
  if (kinds.has('forecast')) return 'forecast';
  return null;
}

/**
 * The kind of any statement, figure or not, for summaries and good practice: "förväntas minska risken"
 * is a forecast, "har minskat" and "ledde till färre besök" outcomes, "ska införas" a plan. Null when
 * nothing marks it.
 * Sentences with figures are judged as figureKind judges them.
 */
export function statementKind(sentence: string): FigureKind | null {
  const byFigure = figureKind(sentence);
  if (byFigure) return byFigure;
  return kindByWords(sentence);
}

function kindByWords(sentence: string): FigureKind | null {
  const words = foldedWords(sentence);
  const markers = markersIn(words).filter((m, _, all) => !isGoverned(m, all, words.list, []));
  // "var", "hade" describe as often as they report; without a figure only a change ("har minskat",
  // "ledde till", "färre") reports a result.
  const kinds = new Set(markers.filter((m) => m.kind !== 'outcome').map((m) => kindOfMarker(m, false)));
  // A plan or forecast word anywhere makes the sentence not a report of what happened.
  if (kinds.has('target')) return 'target';
  if (kinds.has('forecast')) return 'forecast';
  if (kinds.has('outcome')) return 'outcome';
  return null;
}

/**
 * The kind of figure a question asks for: "vad är målet …" a target, "hur många beräknas …" a forecast,
 * "hur stor andel hade …", "vilka resultat …" an outcome. Null when the question asks for no figure or
 * result at all. Uses the same word lists as the sentences, so that a question and its answer are judged
 * alike.
 */
export function wantedFigureKind(question: string): FigureKind | null {
  const markers = markersIn(foldedWords(question));
  if (markers.some((m) => m.kind === 'target' || m.kind === 'modal')) return 'target';
  if (markers.some((m) => m.kind === 'forecast')) return 'forecast';
  if (asksForFigure(question) || asksForResults(question) || markers.some(isOutcomeMarker)) return 'outcome';
  return null;
}

/** Whether a question asks what was achieved or measured (answered only with outcomes), not what is planned. */
export function asksForOutcome(question: string): boolean {
  return wantedFigureKind(question) === 'outcome';
}

/**
 * Whether a sentence reports an outcome in so many words: a figure an outcome word marks ("var 11 %",
 * not a bare "14 boenden"), or a change ("har minskat", "ledde till färre besök") with no plan word.
 * For overviews, where a bare count describes a service rather than what it achieved.
 */
export function reportsOutcome(sentence: string): boolean {
  const figures = classifyFigures(sentence).filter((figure) => figure.marked);
  if (figures.some((figure) => figure.kind === 'outcome')) return true;
  if (figures.length > 0) return false;
  return kindByWords(sentence) === 'outcome';
}
