// Answers as Markdown with their sources, for the copy button and for the saved conversation.
// Pure functions of data (no DOM), tested without a browser.

/** One source line: "[n] Title – Region, fråga 6a, s. 4". */
export function sourceLine(citation) {
  const where = [citation.location, citation.page ? `s. ${citation.page}` : ''].filter(Boolean).join(', ');
  return `[${citation.n}] ${citation.reportTitle ?? ''} – ${citation.region ?? ''}${where ? `, ${where}` : ''}`;
}

/** The question, the answer and its numbered sources as one Markdown document. */
export function answerMarkdown(question, response) {
  const citations = Array.isArray(response?.citations) ? response.citations : [];
  const parts = [`## ${String(question ?? '').trim()}`, '', String(response?.answer ?? '').trim()];
  if (citations.length) parts.push('', response.answerable === false ? '### Närmaste avsnitt' : '### Källor', '', ...citations.map((citation) => `- ${sourceLine(citation)}`));
  return `${parts.join('\n')}\n`;
}
