/**
 * A value outside React that screens subscribe to (useSyncExternalStore) and change only through
 * its owner. Changes are synchronous: a key handled right after another sees what the first left,
 * even when both arrive in one chunk before React draws again.
 */
export interface Store<S> {
  get(): S;
  subscribe(listener: () => void): () => void;
}

/** A store holding one value, with `set` for its owner. */
export function valueStore<S>(initial: S): Store<S> & { set(next: S): void } {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

/** A store driven by a pure reducer: `dispatch` applies an action and returns the new state at once. */
export function reducerStore<S, A>(reduce: (state: S, action: A) => S, initial: S): Store<S> & { dispatch(action: A): S } {
  const store = valueStore(initial);
  return {
    get: store.get,
    subscribe: store.subscribe,
    dispatch(action) {
      store.set(reduce(store.get(), action));
      return store.get();
    },
  };
}
