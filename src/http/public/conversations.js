// Conversations that survive a reload: kept in the browser's localStorage, listed, reopened, deleted.
// Pure logic over any Storage-like object ({ getItem, setItem, removeItem }), so it is tested in Node.

export const STORAGE_KEY = 'utblick.conversations.v1';
export const MAX_CONVERSATIONS = 30;
export const MAX_TURNS = 40;

const newId = () => `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** A conversation's title is its first question, shortened. */
export function titleOf(question) {
  const text = String(question ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 70 ? `${text.slice(0, 69)}…` : text || 'Nytt samtal';
}

function read(storage) {
  try {
    const data = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    if (data && Array.isArray(data.items)) return { currentId: typeof data.currentId === 'string' ? data.currentId : null, items: data.items.filter((item) => item && Array.isArray(item.turns)) };
  } catch {
    // A damaged entry (edited by hand, another version) is dropped rather than breaking the page.
  }
  return { currentId: null, items: [] };
}

/**
 * @param {{ getItem(key: string): string | null, setItem(key: string, value: string): void }} storage
 * @param {() => number} [now]
 */
export function createConversationStore(storage, now = () => Date.now()) {
  let data = read(storage);

  // Storage is small (about 5 MB) and may be full or off (private mode): drop the oldest and try again,
  // and if nothing helps keep working in memory.
  function save() {
    const items = [...data.items];
    for (;;) {
      try {
        storage.setItem(STORAGE_KEY, JSON.stringify({ ...data, items }));
        data = { ...data, items };
        return true;
      } catch {
        if (items.length <= 1) return false;
        items.pop();
      }
    }
  }

  const current = () => data.items.find((item) => item.id === data.currentId) ?? null;

  return {
    /** Newest first. */
    list: () => [...data.items].sort((a, b) => b.updated - a.updated).map(({ id, title, updated, turns }) => ({ id, title, updated, turns: turns.length })),
    current,
    currentId: () => data.currentId,
    /** Adds an answered question to the current conversation, starting one when there is none. */
    addTurn(question, response) {
      const time = now();
      let conversation = current();
      if (!conversation) {
        conversation = { id: newId(), title: titleOf(question), updated: time, turns: [] };
        data = { currentId: conversation.id, items: [conversation, ...data.items].slice(0, MAX_CONVERSATIONS) };
      }
      const updated = { ...conversation, updated: time, turns: [...conversation.turns, { question: String(question), response }].slice(-MAX_TURNS) };
      data = { ...data, items: data.items.map((item) => (item.id === updated.id ? updated : item)) };
      save();
      return updated;
    },
    /** Leaves the current conversation in the list; the next question starts a new one. */
    startNew() {
      data = { ...data, currentId: null };
      save();
    },
    open(id) {
      if (!data.items.some((item) => item.id === id)) return null;
      data = { ...data, currentId: id };
      save();
      return current();
    },
    remove(id) {
      data = { currentId: data.currentId === id ? null : data.currentId, items: data.items.filter((item) => item.id !== id) };
      save();
    },
  };
}
