import { useSyncExternalStore } from 'react';
import type { Store } from '../../app/store.js';

/** The store's current value; the component draws again whenever it changes. */
export function useStore<S>(store: Store<S>): S {
  return useSyncExternalStore(store.subscribe, store.get);
}
