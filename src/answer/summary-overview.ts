import { isQuestionWord } from '../text/question-words.ts';
import { isStopWord } from '../text/stopwords.ts';
import { stemSwedish } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';
import { isRegionWord } from '../retrieve/regions.ts';
import { termWeight, type TermStatistics } from './term-statistics.ts';
import type { SummaryPoint } from './summary-points.ts';

export interface RegionPoints {
  region: string;
  points: SummaryPoint[];
}

interface TermUse {
  regions: Set<string>;
  surfaces: Map<string, number>;
}

const minTermLength = 5;
const maxCommon = 5;
const maxDistinctive = 2;

/** Stems of the points' content words, with the regions using them and their most common spelling. */
export function termUses(regions: RegionPoints[]): Map<string, TermUse> {
  const uses = new Map<string, TermUse>();
  for (const { region, points } of regions) {
    for (const point of points) {
      for (const token of tokenize(`${point.text} ${point.result ?? ''}`)) {
        if (token.length < minTermLength || isStopWord(token) || isQuestionWord(token) || isRegionWord(token) || /\p{N}/u.test(token)) continue;
        const stem = stemSwedish(token);
        const use = uses.get(stem) ?? { regions: new Set<string>(), surfaces: new Map<string, number>() };
        use.regions.add(region);
        use.surfaces.set(token, (use.surfaces.get(token) ?? 0) + 1);
        uses.set(stem, use);
      }
    }
  }
  return uses;
}

function surfaceOf(use: TermUse): string {
  return [...use.surfaces.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0], 'sv'))[0]![0];
}

/*
 * What is common and what differs, from the points alone: words several regions use are the common
 * ground; a region's rarest words that no other region uses show what sets it apart. Deterministic, so
 * that the same corpus always gives the same overview.
 */
export function buildOverview(regions: RegionPoints[], missing: string[], statistics?: TermStatistics): string {
  const withMaterial = regions.filter((r) => r.points.length > 0);
  const sentences: string[] = [];
  if (withMaterial.length === 0) {
    return missing.length > 0 ? `Inget av materialet tar upp detta (${missing.join(', ')}).` : 'Inget av materialet tar upp detta.';
  }
  sentences.push(`${withMaterial.length} ${withMaterial.length === 1 ? 'region tar' : 'regioner tar'} upp detta: ${withMaterial.map((r) => r.region).join(', ')}.`);
  const uses = [...termUses(withMaterial).entries()];
  const byWeight = (a: [string, TermUse], b: [string, TermUse]) =>
    b[1].regions.size - a[1].regions.size || termWeight(statistics, b[0]) - termWeight(statistics, a[0]) || a[0].localeCompare(b[0], 'sv');
  const common = uses.filter(([, use]) => use.regions.size >= 2).sort(byWeight).slice(0, maxCommon);
  if (common.length > 0) {
    sentences.push(`Gemensamt: flera regioner nämner ${common.map(([, use]) => `”${surfaceOf(use)}”`).join(', ')}.`);
  }
  const distinctive = withMaterial
    .map(({ region }) => {
      const own = uses.filter(([, use]) => use.regions.size === 1 && use.regions.has(region)).sort(byWeight).slice(0, maxDistinctive);
      return own.length > 0 ? `${region} – ${own.map(([, use]) => `”${surfaceOf(use)}”`).join(', ')}` : null;
    })
    .filter((line): line is string => line !== null);
  if (withMaterial.length > 1 && distinctive.length > 0) sentences.push(`Skillnader: ${distinctive.join('; ')}.`);
  const withResults = withMaterial.filter((r) => r.points.some((p) => p.result)).map((r) => r.region);
  sentences.push(
    withResults.length === withMaterial.length
      ? 'Alla redovisar resultat kopplade till insatserna.'
      : withResults.length > 0
      ? `Resultat redovisas av ${withResults.join(', ')}; övriga beskriver främst insatser.`
      : 'Ingen region redovisar resultat kopplade till insatserna; materialet beskriver insatser.',
  );
  if (missing.length > 0) sentences.push(`Inget material om detta: ${missing.join(', ')}.`);
  return sentences.join(' ');
}
