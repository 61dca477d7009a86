// "Sammanfatta tema": a cross-region summary rendered from the API's markdown, which people paste into
// meeting notes — hence copying and downloading exactly that markdown.
import { renderMarkdown } from './markdown.js';
import { citationResolver, bindTopicForm } from './topic.js';

/** File-name-safe slug; å/ä/ö folded to a/a/o so the name survives any file system. */
export function slugify(text) {
  const slug = String(text ?? '')
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'tema';
}

// The download should be a document on its own, so make sure it opens with a heading.
function markdownOf(response) {
  const markdown = String(response.markdown ?? '').trim();
  if (/^#{1,6}\s/.test(markdown)) return `${markdown}\n`;
  return `# ${response.title || 'Sammanfattning'}\n\n${markdown}\n`;
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Plain-http deployments have no async clipboard; the old selection route still works there.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy failed');
}

function download(text, filename) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
    const filename = `sammanfattning-${slugify(topicName)}.md`;
    save.addEventListener('click', () => {
      download(markdown, filename);
      status.textContent = `Laddar ner ${filename}.`;
    });
    actions.append(copy, save, status);
    const article = document.createElement('article');
    article.className = 'summary-document';
    article.append(renderMarkdown(markdown, { resolveCitation: resolve, onCitation: openSource, baseLevel: 3 }));
    output.replaceChildren(actions, article);
  }

  bindTopicForm('summary', filters, ({ response, topic, output }) => {
    render(output, response, topic.request.theme ?? topic.request.query);
  });
}
