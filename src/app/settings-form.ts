import { DEFAULT_SETTINGS, isSettingError, SETTING_SPECS, type SettingKey, type SettingSpec, type Settings } from '../core/srs/settings.js';
import { cycle, formStart, formStep, stepNumber, type Field, type FormAction, type FormSpec, type FormState } from './form.js';
import type { AppServices } from './services.js';
import { valueStore, type Store } from './store.js';

/** A setting's value as the screen writes it (retention with two decimals: 0.90). */
export function settingText(spec: SettingSpec, value: Settings[SettingKey]): string {
  return spec.key === 'retention' && typeof value === 'number' ? value.toFixed(2) : String(value);
}

/** One setting as a field: ← → step a number or cycle the choices, digits type a number, enter lists the choices. */
function settingField(spec: SettingSpec): Field<Settings> {
  const set = (settings: Settings, value: unknown): Settings => ({ ...settings, [spec.key]: value });
  const choices = spec.choices?.map((c) => c.value);
  const { range } = spec;
  return {
    id: spec.key,
    label: spec.label,
    show: (v) => settingText(spec, v[spec.key]),
    detail: (v) => spec.choices?.find((c) => c.value === v[spec.key])?.description ?? spec.description,
    ...(choices
      ? {
          step: (v: Settings, direction: -1 | 1) => set(v, cycle(choices, v[spec.key], direction)),
          list: (v: Settings) => ({
            multi: false,
            options: spec.choices!.map((c) => ({ label: String(c.value), detail: c.description })),
            chosen: [Math.max(0, choices.indexOf(v[spec.key]))],
            apply: (value: Settings, [i]: readonly number[]) => set(value, choices[i ?? 0] ?? value[spec.key]),
          }),
        }
      : {}),
    ...(range
      ? {
          step: (v: Settings, direction: -1 | 1) => set(v, stepNumber(v[spec.key] as number, direction, range)),
          // The same check as `clf-trainer config`.
          typed: (v: Settings, text: string) => {
            const parsed = spec.parse(text);
            return isSettingError(parsed) ? parsed : set(v, parsed);
          },
        }
      : {}),
  };
}

/** The settings screen's fields: every setting `clf-trainer config` knows, in its order. */
export const SETTINGS_FORM: FormSpec<Settings> = {
  start: false,
  defaults: DEFAULT_SETTINGS,
  fields: SETTING_SPECS.map(settingField),
};

/**
 * The settings screen's state outside React: each change is saved at once through the settings
 * store, and the services the new settings give go to `replace` (a new retention reschedules
 * every question). A change that cannot be saved is undone on screen, with the reason.
 */
export interface SettingsEditor extends Store<FormState<Settings>> {
  dispatch(action: FormAction): FormState<Settings>;
}

export function openSettingsEditor(services: AppServices, replace: (next: AppServices) => void): SettingsEditor {
  const spec = SETTINGS_FORM;
  let current = services;
  const store = valueStore(formStart(spec, services.settings));
  const save = (before: Settings, next: FormState<Settings>): FormState<Settings> => {
    const changed = SETTING_SPECS.filter((s) => next.value[s.key] !== before[s.key]);
    if (changed.length === 0) return next;
    try {
      let warning: string | undefined;
      for (const s of changed) {
        const saved = current.saveSetting(s.key, next.value[s.key]);
        current = saved.services;
        warning ??= saved.warning;
      }
      replace(current);
      const what = changed.map((s) => `${s.label.toLowerCase()} ${settingText(s, next.value[s.key])}`).join(', ');
      return { ...next, value: current.settings, message: warning ? `Saved ${what}. ${warning}` : `Saved: ${what}.` };
    } catch (e) {
      return { ...next, value: current.settings, message: `Could not save the setting: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
  return {
    get: store.get,
    subscribe: store.subscribe,
    dispatch(action) {
      const before = store.get();
      store.set(save(before.value, formStep(spec, before, action)));
      return store.get();
    },
  };
}
