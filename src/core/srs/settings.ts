/** The learner's settings: the only progress-related data kept outside the review log. */
export interface Settings {
  /** New questions introduced per day. */
  newPerDay: number;
  /** Desired retention for FSRS scheduling (probability of recalling a question when it is due). */
  retention: number;
}

export const DEFAULT_SETTINGS: Settings = { newPerDay: 20, retention: 0.9 };

export interface SettingSpec {
  key: keyof Settings;
  /** Name on the command line: `clf-trainer config new-per-day 30`. */
  name: string;
  description: string;
  /** Parses and validates a value; returns an error message instead when it is not acceptable. */
  parse(value: string): number | { error: string };
}

export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    key: 'newPerDay',
    name: 'new-per-day',
    description: 'new questions introduced per day',
    parse: (value) => (/^\d+$/.test(value.trim()) && Number(value) <= 1000 ? Number(value) : { error: `new-per-day must be a whole number from 0 to 1000, got "${value}"` }),
  },
  {
    key: 'retention',
    name: 'retention',
    description: 'desired retention: chance of still knowing a question when it comes back (0.70–0.99)',
    parse: (value) => {
      const n = Number(value);
      return value.trim() !== '' && Number.isFinite(n) && n >= 0.7 && n <= 0.99 ? n : { error: `retention must be a number from 0.70 to 0.99, got "${value}"` };
    },
  },
];

/**
 * Reads settings from untrusted data (the settings file), keeping each valid value and
 * replacing each invalid one with its default. Reports the keys that were replaced.
 */
export function normalizeSettings(raw: unknown): { settings: Settings; invalid: string[] } {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const invalid: string[] = [];
  for (const spec of SETTING_SPECS) {
    const value = source[spec.key];
    if (value === undefined) continue;
    const parsed = typeof value === 'number' ? spec.parse(String(value)) : { error: 'not a number' };
    if (typeof parsed === 'number') settings[spec.key] = parsed;
    else invalid.push(spec.name);
  }
  return { settings, invalid };
}
