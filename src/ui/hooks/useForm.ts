import { formAbilities, formAction, type FormAction, type FormSpec, type FormState } from '../../app/form.js';
import type { Store } from '../../app/store.js';
import { formKeys, type Binding } from '../keys.js';
import { useKeys } from './useKeys.js';
import { useStore } from './useStore.js';

/** A form's store: its state, and one step per action. */
export interface FormStore<V> extends Store<FormState<V>> {
  dispatch(action: FormAction): FormState<V>;
}

/**
 * Drives a screen of choices from the key bus: the keys follow what the highlighted row can do
 * (so the footer lists only keys that work), and `onDone` hears when the learner starts or leaves.
 */
export function useForm<V>(spec: FormSpec<V>, store: FormStore<V>, options: { defaults: boolean; onDone(state: FormState<V>): void }): { state: FormState<V>; keys: readonly Binding[] } {
  const state = useStore(store);
  const keysOf = (s: FormState<V>) => formKeys(formAbilities(spec, s), { defaults: options.defaults });
  useKeys(
    () => keysOf(store.get()),
    (m) => {
      const action = formAction(m.action, m.name, 5);
      if (!action) return;
      const next = store.dispatch(action);
      if (next.done) options.onDone(next);
    },
  );
  return { state, keys: keysOf(state) };
}
