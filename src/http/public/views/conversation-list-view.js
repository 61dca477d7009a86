// Earlier conversations: reopen or delete; the current one is marked.
import { html } from '../html.js';

export function formatWhen(timestamp, now = Date.now()) {
  const date = new Date(timestamp);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  return sameDay ? `i dag ${date.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' })}` : date.toLocaleDateString('sv-SE');
}

export function ConversationList({ items, currentId, onOpen, onDelete }) {
  if (items.length === 0) return html`<p class="muted">Inga sparade samtal ännu. Samtal sparas i den här webbläsaren.</p>`;
  return html`
    <ul class="conversation-list">
      ${items.map((item) => html`
        <li class=${item.id === currentId ? 'current' : ''} data-conversation=${item.id}>
          <button type="button" class="link-button conversation-open" aria-current=${item.id === currentId ? 'true' : undefined} onClick=${() => onOpen(item.id)}>${item.title}</button>
          <span class="muted"> · ${item.turns} ${item.turns === 1 ? 'fråga' : 'frågor'} · ${formatWhen(item.updated)}</span>
          <button type="button" class="secondary small conversation-delete" aria-label=${`Ta bort samtalet ${item.title}`} onClick=${() => onDelete(item.id)}>Ta bort</button>
        </li>`)}
    </ul>`;
}
