// "Sammanfatta tema": a cross-region summary rendered from the API's markdown, which people paste into
// meeting notes — hence copying and downloading exactly that markdown.
import { renderMarkdown } from './markdown.js';
import { citationResolver, bindTopicForm } from './topic.js';
import { api, messageOf } from './api.js';
import { copyText, download, slugify } from './downloads.js';

// The download should be a document on its own, so make sure it opens with a heading.
function markdownOf(response) {
  const markdown = String(response.markdown ?? '').trim();
  if (/^#{1,6}\s/.test(markdown)) return `${markdown}\n`;
  return `# ${response.title || 'Sammanfattning'}\n\n${markdown}\n`;
}

export function initSummary({ filters, openSource }) {
  function render(output, response, topicName) {
    const markdown = markdownOf(response);
    const resolve = citationResolver(response);
    const actions = document.createElement('div');
    actions.className = 'result-actions';
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'secondary';
    copy.textContent = 'Kopiera som Markdown';
    const save = document.createElement('button');
    save.type = 'button';
    save.className = 'secondary';
    save.textContent = 'Ladda ner .md';
    const word = document.createElement('button');
    word.type = 'button';
    word.className = 'secondary';
    word.textContent = 'Ladda ner Word (.docx)';
    const print = document.createElement('button');
    print.type = 'button';
    print.className = 'secondary';
    print.textContent = 'Skriv ut';
    print.addEventListener('click', () => window.print());
    const status = document.createElement('span');
    status.className = 'muted';
    status.setAttribute('role', 'status');
    copy.addEventListener('click', async () => {
      try {
        await copyText(markdown);
        status.textContent = 'Kopierat till urklipp.';
      } catch {
        status.textContent = 'Kunde inte kopiera. Markera texten och kopiera för hand.';
      }
    });
    const base = `sammanfattning-${slugify(topicName, 'tema')}`;
    save.addEventListener('click', () => {
      download(markdown, `${base}.md`, 'text/markdown;charset=utf-8');
      status.textContent = `Laddar ner ${base}.md.`;
    });
    word.addEventListener('click', async () => {
      status.textContent = 'Skapar Word-dokumentet …';
      try {
        download(await api.exportDocx({ kind: 'document', title: response.title || 'Sammanfattning', markdown }), `${base}.docx`);
        status.textContent = `Laddar ner ${base}.docx.`;
      } catch (error) {
        status.textContent = `Word-dokumentet kunde inte skapas: ${messageOf(error)}`;
      }
    });
    actions.append(copy, save, word, print, status);
    const article = document.createElement('article');
    article.className = 'summary-document printable';
    article.append(renderMarkdown(markdown, { resolveCitation: resolve, onCitation: openSource, baseLevel: 3 }));
    output.replaceChildren(actions, article);
  }

  bindTopicForm('summary', filters, ({ response, topic, output }) => {
    render(output, response, topic.request.theme ?? topic.request.query);
  });
}
