// The page's one state store: plain data in, subscribers told after every change. Views are functions
// of this state; nothing else keeps view state in closures.

/**
 * @template T
 * @param {T} initial
 */
export function createStore(initial) {
  let state = initial;
  const listeners = new Set();
  return {
    /** @returns {T} */
    get: () => state,
    /** Merges a patch (or the patch a function returns) into the state and tells every subscriber. */
    set(patch) {
      const next = typeof patch === 'function' ? patch(state) : patch;
      state = { ...state, ...next };
      listeners.forEach((listener) => listener(state));
    },
    /** @param {(state: T) => void} listener @returns {() => void} unsubscribe */
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
