import { isNationalScope } from '../../text/swedish-regions.ts';

/** A cross-region answer's regions, sorted by what their reports show, ready to be put into words. */
export interface LackingParts {
  /** Regions in scope whose reports hold nothing on the topic. */
  none: string[];
  /** Regions whose reports only name the topic or hit it weakly, each with the citation that shows it. */
  mentioned: Array<{ region: string; n: number }>;
  /** Regions whose reports describe it, strongest first, each with its quoted lines ("- … [1]"). */
  described: Array<{ region: string; lines: string[] }>;
  /** Regions (not national bodies) in scope. */
  regionsInScope: number;
}

/** Said whenever a region is named for what its report does not hold. */
export const absenceCaveat =
  'Att en rapport inte beskriver något bevisar inte att regionen saknar det; det visar bara att rapporterna inte tar upp det.';

/** Leads an answer to "does Dalarna lack X?" that quotes where its reports describe X. */
export const describedLead = 'Rapporterna beskriver det som frågan gäller, så de visar inte att det saknas:';

/**
 * The answer to "which regions lack X": first the regions without evidence, since they are what was
 * asked for: those whose reports hold nothing, then those whose reports only name it or hit it weakly
 * (cited, so the reader can judge), with the caveat that silence in a report is no proof of absence;
 * then, briefly and cited, the regions whose reports do describe it, so the reader can check that none
 * of them is counted as lacking it.
 */
export function lackingAnswer(parts: LackingParts): string {
  const blocks: string[] = [];
  const share = (names: string[]) => {
    const regional = names.filter((name) => !isNationalScope(name)).length;
    return parts.regionsInScope > 0 && regional > 0 ? ` (${regional} av ${parts.regionsInScope} regioner i urvalet)` : '';
  };
  if (parts.none.length > 0) blocks.push(`Inga belägg i rapporterna från: ${parts.none.join(', ')}${share(parts.none)}.`);
  if (parts.mentioned.length > 0) {
    const named = parts.mentioned.map(({ region, n }) => `${region} [${n}]`).join(', ');
    const regions = parts.mentioned.map(({ region }) => region);
    blocks.push(`Inga tydliga belägg ${parts.none.length > 0 ? 'heller från' : 'i rapporterna från'}: ${named}${share(regions)}. Där nämns det bara, eller träffarna är svaga.`);
  }
  if (blocks.length > 0) blocks.push(absenceCaveat);
  else blocks.push('Alla regioner i urvalet beskriver detta i sina rapporter; ingen saknar belägg.');
  if (parts.described.length > 0) {
    // One bullet per region, its quoted line after the name; a linked measure or result stays nested under it.
    const bullets = parts.described.map(({ region, lines }) => [`- **${region}**: ${(lines[0] ?? '').replace(/^- /, '')}`, ...lines.slice(1)].join('\n'));
    const count = parts.described.length;
    blocks.push([`Rapporterna från ${count === 1 ? 'en region beskriver' : `${count} regioner beskriver`} det:`, ...bullets].join('\n'));
  }
  return blocks.join('\n\n');
}
