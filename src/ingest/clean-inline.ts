/**
 * Removes conversion and form residue inside a line, keeping every letter and number of the answer:
 * Markdown heading markers, link markup, escaped brackets, HTML fragments, bold/italic markers, runs of dots, the form's
 * "Klicka eller tryck här för att ange text." placeholder, tabs from pasted tables.
 */

const placeholder = /Klicka\s+eller\s+tryck\s+här\s+för\s+att\s+ange\s+text\.?/giu;

function cleanTableRow(line: string): string | null {
  if (!/^\s*\|.*\|\s*$/.test(line)) return line;
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  if (cells.every((cell) => /^:?-{2,}:?$/.test(cell))) return null;
  return cells.join(' | ');
}

export function cleanInline(input: string): string {
  let text = input;
  // "## Inledning" (a Markdown heading, also what a web page's <h2> becomes) is the heading "Inledning":
  // its own line between blank lines, which is how every format's headings are recognised. "#5" is text.
  text = text.replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/, '$1');
  text = text.replace(/\\([()[\]*_#.\\-])/g, '$1');
  text = text.replace(/\[([^\]]*)\]\((?:#[^)]*|)\)/g, '$1');
  text = text.replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
  text = text.replace(/<\/?[a-zA-Z][^>]*>/g, ' ');
  text = text.replace(/(\*{1,3})(?=[^\s*])([^*]*?[^\s*])\1/g, '$2');
  text = text.replace(/^\s*\*\s+/, '- ');
  text = text.replace(/\*+/g, '');
  text = text.replace(/\.{3,}/g, ' ');
  text = text.replace(placeholder, ' ');
  text = text.replace(/^\s*[•▪●◦]\s*/u, '- ');
  const tabbed = text.trim().split(/\t+/).filter((cell) => cell.trim() !== '');
  text = tabbed.length > 2 ? tabbed.map((cell) => cell.trim()).join(' | ') : tabbed.join(' ');
  return (cleanTableRow(text) ?? '').replace(/[ \u00a0]{2,}/g, ' ').trim();
}

/** Whether the raw line was wholly bold: the form shows a chosen option that way. */
export function isEmphasised(rawLine: string): boolean {
  return /^\s*\*{2,3}[^*].*[^*]\*{2,3}\s*$/.test(rawLine);
}
