// The chat: questions go to POST /api/ask with the active filters and the previous turns, answers are
// rendered from Markdown with clickable [n] citations and a source list.
import { element } from './dom.js';
import { api, messageOf, MAX_QUESTION_LENGTH } from './api.js';
import { renderMarkdown, citationButton } from './markdown.js';
import { answerMarkdown } from './answer-markdown.js';
import { createConversationStore } from './conversations.js';
import { copyText } from './downloads.js';
import { html, render } from './html.js';
import { ConversationList } from './views/conversation-list-view.js';

// The service only needs recent context to resolve follow-ups ("och i Dalarna?"); sending every turn
// would grow the request without helping.
const HISTORY_TURNS = 6;
const HISTORY_CONTENT_LIMIT = 1000;


/** Swedish validation message for a question, or null when it may be sent. */
export function validateQuestion(question) {
  if (question.trim() === '') return 'Skriv en fråga först – rutan är tom.';
  if (question.length > MAX_QUESTION_LENGTH) {
    return `Frågan är för lång (${question.length} tecken). Korta den till högst ${MAX_QUESTION_LENGTH} tecken, gärna en fråga i taget.`;
  }
  return null;
}

function sourceList(citations, openSource, heading) {
  const section = element('section', 'sources');
  section.append(element('h3', '', heading));
  const list = element('ol', 'source-list');
  for (const citation of citations) {
    const item = element('li');
    item.dataset.region = citation.region ?? '';
    const details = element('span', 'source-details');
    details.append(element('span', 'report-title', citation.reportTitle ?? ''), ' – ', element('span', 'region', citation.region ?? ''));
    if (citation.location) details.append(`, ${citation.location}`);
    if (citation.page) details.append(`, s. ${citation.page}`);
    if (citation.theme?.label) details.append(' · ', element('span', 'theme', citation.theme.label));
    item.append(citationButton(citation, openSource), ' ', details);
    list.append(item);
  }
  section.append(list);
  return section;
}

function regionAccounts(regions, resolve, openSource) {
  const details = element('details', 'region-accounts');
  details.append(element('summary', '', `Per region (${regions.length})`));
  const list = element('ul');
  for (const account of regions) {
    const item = element('li');
    item.append(element('strong', '', `${account.region}: `));
    item.append(renderMarkdown(String(account.summary ?? ''), { resolveCitation: resolve, onCitation: openSource }));
    for (const n of Array.isArray(account.citations) ? account.citations : []) {
      const citation = resolve(n);
      if (citation && !String(account.summary ?? '').includes(`[${n}]`)) item.append(citationButton(citation, openSource), ' ');
    }
    list.append(item);
  }
  details.append(list);
  return details;
}

/** Renders one answer from POST /api/ask. */
export function renderAnswer(response, openSource) {
  const citations = Array.isArray(response.citations) ? response.citations : [];
  const byNumber = new Map(citations.map((citation) => [citation.n, citation]));
  const resolve = (n) => byNumber.get(n) ?? null;
  const answerable = response.answerable !== false;
  const container = element('div', answerable ? 'answer' : 'answer unanswerable');
  if (!answerable) container.append(element('p', 'unanswerable-label', 'Rapporterna täcker inte detta'));
  const body = element('div', 'answer-body');
  body.append(renderMarkdown(String(response.answer ?? ''), { resolveCitation: resolve, onCitation: openSource }));
  container.append(body);
  const regions = Array.isArray(response.regions) ? response.regions : [];
  // The per-region accounts repeat the answer when it already has a section per region; show them only
  // when the answer leaves some region out of its text.
  const answerText = String(response.answer ?? '');
  const unnamed = regions.some((account) => !answerText.includes(String(account.region)));
  if (answerable && regions.length > 1 && unnamed) container.append(regionAccounts(regions, resolve, openSource));
  if (citations.length) container.append(sourceList(citations, openSource, answerable ? 'Källor' : 'Närmaste avsnitt i rapporterna'));
  return container;
}

/** localStorage, or an in-memory stand-in where the browser refuses it (private mode, policies). */
function browserStorage() {
  try {
    const storage = window.localStorage;
    storage.getItem('utblick.probe');
    return storage;
  } catch {
    const memory = new Map();
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => memory.set(key, value), removeItem: (key) => memory.delete(key) };
  }
}

function copyButton(question, response) {
  const actions = element('div', 'answer-actions');
  const button = element('button', 'secondary small copy-answer', 'Kopiera som Markdown');
  button.type = 'button';
  const status = element('span', 'muted');
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    try {
      await copyText(answerMarkdown(question, response));
      status.textContent = 'Kopierat, med källor.';
    } catch {
      status.textContent = 'Kunde inte kopiera. Markera texten och kopiera för hand.';
    }
  });
  actions.append(button, status);
  return actions;
}

const historyOf = (turns) =>
  turns.flatMap((turn) => [
    { role: 'user', content: turn.question },
    { role: 'assistant', content: String(turn.response?.answer ?? '').slice(0, HISTORY_CONTENT_LIMIT) },
  ]);

export function initChat({ filters, openSource, onShowChat }) {
  const form = /** @type {HTMLFormElement} */ (document.getElementById('ask-form'));
  const input = /** @type {HTMLTextAreaElement} */ (document.getElementById('question'));
  const log = document.getElementById('chat-log');
  const error = document.getElementById('ask-error');
  const spinner = document.getElementById('ask-spinner');
  const submit = /** @type {HTMLButtonElement} */ (document.getElementById('ask-submit'));
  const counter = document.getElementById('question-count');
  const listRoot = document.getElementById('conversation-list');
  // Kept as a reference: it is detached while a conversation is shown and put back on "Nytt samtal".
  const emptyState = document.getElementById('chat-empty');
  const conversations = createConversationStore(browserStorage());
  /** @type {{ role: 'user' | 'assistant', content: string }[]} */
  let history = [];
  let busy = false;

  const showError = (message) => {
    error.textContent = message ?? '';
    error.hidden = !message;
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
    if (message) input.setAttribute('aria-errormessage', 'ask-error');
  };

  const turnElement = (question, response) => {
    const turn = element('article', 'turn');
    turn.append(element('p', 'question', question));
    if (response) {
      const answer = renderAnswer(response, openSource);
      answer.append(copyButton(question, response));
      turn.append(answer);
    }
    return turn;
  };

  function drawList() {
    render(html`<${ConversationList} items=${conversations.list()} currentId=${conversations.currentId()} onOpen=${openConversation} onDelete=${deleteConversation} />`, listRoot);
  }

  function showConversation(conversation) {
    const turns = conversation?.turns ?? [];
    history = historyOf(turns);
    log.replaceChildren(...(turns.length ? turns.map((turn) => turnElement(turn.question, turn.response)) : [emptyState]));
    drawList();
  }

  function openConversation(id) {
    showConversation(conversations.open(id));
    onShowChat?.();
  }

  function deleteConversation(id) {
    const wasCurrent = conversations.currentId() === id;
    conversations.remove(id);
    if (wasCurrent) showConversation(null);
    else drawList();
  }

  const updateCounter = () => {
    counter.textContent = `${input.value.length}/${MAX_QUESTION_LENGTH}`;
    counter.classList.toggle('over', input.value.length > MAX_QUESTION_LENGTH);
  };
  input.addEventListener('input', updateCounter);

  input.addEventListener('keydown', (event) => {
    // Enter sends; Shift+Enter keeps the textarea's newline; an IME composition must finish first.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  document.getElementById('new-chat').addEventListener('click', () => {
    conversations.startNew();
    showConversation(null);
    showError('');
    input.focus();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const question = input.value;
    const invalid = validateQuestion(question);
    if (invalid) {
      showError(invalid);
      input.focus();
      return;
    }
    showError('');
    const asked = question.trim();
    const turn = turnElement(asked, null);
    emptyState.remove();
    log.append(turn);
    busy = true;
    log.setAttribute('aria-busy', 'true');
    spinner.hidden = false;
    submit.disabled = true;
    const body = { question: asked };
    const active = filters.toRequest();
    if (active) body.filters = active;
    if (history.length) body.history = history.slice(-HISTORY_TURNS);
    try {
      const response = await api.ask(body);
      const answer = renderAnswer(response, openSource);
      answer.append(copyButton(asked, response));
      turn.append(answer);
      history.push(...historyOf([{ question: asked, response }]));
      conversations.addTurn(asked, response);
      drawList();
      input.value = '';
      updateCounter();
    } catch (failure) {
      // The question stays in the box so it can be corrected and sent again.
      turn.remove();
      if (!log.querySelector('.turn')) log.append(emptyState);
      showError(messageOf(failure));
    } finally {
      busy = false;
      log.setAttribute('aria-busy', 'false');
      spinner.hidden = true;
      submit.disabled = false;
      turn.scrollIntoView?.({ block: 'nearest' });
    }
  });

  showConversation(conversations.current());
  return { hasConversation: () => conversations.current() !== null };
}
