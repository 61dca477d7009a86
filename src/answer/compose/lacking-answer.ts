/** A cross-region answer's regions, sorted by what their reports show, ready to be put into words. */
export interface LackingParts {
  /** Regions in scope whose reports hold nothing on the topic. */
  none: string[];
  /** Regions whose reports only name the topic, each with its citation ("Dalarna [3]"). */
  mentioned: string[];
  /** Regions whose reports describe it, strongest first, each with its quoted lines ("- … [1]"). */
  described: Array<{ region: string; lines: string[] }>;
  /** Regions (not national bodies) in scope, and among those without evidence. */
  regionsInScope: number;
  regionsWithout: number;
}

/** Said whenever a region is named for what its report does not hold. */
export const absenceCaveat =
  'Att en rapport inte beskriver något bevisar inte att regionen saknar det; det visar bara att rapporterna inte tar upp det.';

/**
 * The answer to "which regions lack X": the regions without evidence first, since they are what was asked
 * for, with the caveat that silence in a report is no proof of absence; then the regions where the topic
 * is only named; then, briefly and cited, the regions whose reports do describe it, so the reader can
 * check that none of them is counted as lacking it.
 */
export function lackingAnswer(parts: LackingParts): string {
  const blocks: string[] = [];
  const share = parts.regionsInScope > 0 ? ` (${parts.regionsWithout} av ${parts.regionsInScope} regioner i urvalet)` : '';
  if (parts.none.length > 0) blocks.push(`Inga belägg i rapporterna från: ${parts.none.join(', ')}${share}.`);
  else blocks.push('Ingen region i urvalet saknar belägg helt: alla rapporter tar upp detta, tydligt eller i förbigående.');
  if (parts.none.length > 0 || parts.mentioned.length > 0) blocks.push(absenceCaveat);
  if (parts.mentioned.length > 0) blocks.push(`Nämns bara eller svagare träffar, utan att rapporten tydligt beskriver arbetet: ${parts.mentioned.join(', ')}.`);
  if (parts.described.length > 0) {
    // One bullet per region, its quoted line after the name; a linked measure or result stays nested under it.
    const bullets = parts.described.map(({ region, lines }) => [`- **${region}**: ${(lines[0] ?? '').replace(/^- /, '')}`, ...lines.slice(1)].join('\n'));
    const count = parts.described.length;
    blocks.push([`Rapporterna från ${count === 1 ? 'en region beskriver' : `${count} regioner beskriver`} det:`, ...bullets].join('\n'));
  }
  return blocks.join('\n\n');
}
