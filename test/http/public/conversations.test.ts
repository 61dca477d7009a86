import { describe, expect, it } from 'vitest';
import { loadPublic } from './load-public.ts';

const { createConversationStore, STORAGE_KEY, MAX_TURNS, titleOf } = await loadPublic('conversations.js');

function memoryStorage(limit = Infinity) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (value.length > limit) throw new Error('QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => data.delete(key),
  };
}

const answer = (text: string) => ({ answerable: true, answer: text, citations: [], regions: [] });

describe('conversations in browser storage', () => {
  it('survive a reload: a new store on the same storage finds the conversation and its turns', () => {
    const storage = memoryStorage();
    let clock = 1;
    const first = createConversationStore(storage, () => clock++);
    first.addTurn('Hur arbetar Dalarna med hemsjukvård?', answer('Dalarna … [1]'));
    first.addTurn('Och i Värmland?', answer('Värmland … [1]'));
    const reloaded = createConversationStore(storage);
    expect(reloaded.current().turns.map((turn: { question: string }) => turn.question)).toEqual(['Hur arbetar Dalarna med hemsjukvård?', 'Och i Värmland?']);
    expect(reloaded.list()).toEqual([{ id: reloaded.currentId(), title: 'Hur arbetar Dalarna med hemsjukvård?', updated: 2, turns: 2 }]);
  });
  it('lists newest first, reopens and deletes', () => {
    let clock = 1;
    const store = createConversationStore(memoryStorage(), () => clock++);
    store.addTurn('Första frågan', answer('a'));
    const firstId = store.currentId();
    store.startNew();
    expect(store.current()).toBeNull();
    store.addTurn('Andra frågan', answer('b'));
    expect(store.list().map((item: { title: string }) => item.title)).toEqual(['Andra frågan', 'Första frågan']);
    expect(store.open(firstId).title).toBe('Första frågan');
    expect(store.open('finns-inte')).toBeNull();
    store.remove(firstId);
    expect(store.current()).toBeNull();
    expect(store.list().map((item: { title: string }) => item.title)).toEqual(['Andra frågan']);
  });
  it('keeps the latest turns only, and drops the oldest conversations when storage is full', () => {
    const store = createConversationStore(memoryStorage(), () => 1);
    for (let i = 0; i < MAX_TURNS + 5; i += 1) store.addTurn(`Fråga ${i}`, answer('svar'));
    expect(store.current().turns).toHaveLength(MAX_TURNS);
    expect(store.current().turns[0].question).toBe('Fråga 5');

    const small = memoryStorage(2500);
    let clock = 1;
    const tight = createConversationStore(small, () => clock++);
    for (let i = 0; i < 6; i += 1) {
      tight.addTurn(`Samtal ${i}`, answer('x'.repeat(600)));
      tight.startNew();
    }
    const kept = JSON.parse(small.data.get(STORAGE_KEY)!).items.map((item: { title: string }) => item.title);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(6);
    expect(kept[0]).toBe('Samtal 5');
  });
  it('ignores damaged storage instead of breaking the page', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, '{inte json');
    expect(createConversationStore(storage).list()).toEqual([]);
    expect(titleOf('  ett   två ')).toBe('ett två');
    expect(titleOf('å'.repeat(100))).toHaveLength(70);
  });
});
