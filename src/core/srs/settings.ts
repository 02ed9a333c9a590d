import { DEFAULT_STUDY_LEVEL, isStudyLevel, STUDY_LEVEL_INFO, STUDY_LEVELS, type StudyLevel } from '../bank/levels.js';
import { DEFAULT_DAY_START } from '../days.js';

/** The learner's settings: the only progress-related data kept outside the review log. */
export interface Settings {
  /** New questions introduced per day. */
  newPerDay: number;
  /** Desired retention for FSRS scheduling (probability of recalling a question when it is due). */
  retention: number;
  /** The questions study draws from, by level (`--level` overrides it for one run). */
  level: StudyLevel;
  /** The hour (local time, 0–23) a study day starts: a run after midnight but before it still counts as the day before. */
  dayStart: number;
  /** Colour on screen: on (unless NO_COLOR is set) or off. ✓/✗ and words never depend on it. */
  colors: ColorSetting;
}

export const COLOR_SETTINGS = ['on', 'off'] as const;
export type ColorSetting = (typeof COLOR_SETTINGS)[number];

export const DEFAULT_SETTINGS: Settings = { newPerDay: 20, retention: 0.9, level: DEFAULT_STUDY_LEVEL, dayStart: DEFAULT_DAY_START, colors: 'on' };

export type SettingKey = keyof Settings;
export type SettingError = { error: string };

export interface SettingSpec<K extends SettingKey = SettingKey> {
  key: K;
  /** Name on the command line: `clf-trainer config new-per-day 30`. */
  name: string;
  /** Name on the settings screen. */
  label: string;
  description: string;
  /** The accepted values, when they are a short list (a settings screen offers them as a choice). */
  choices?: readonly { value: Settings[K]; description: string }[];
  /** For a number: the step a settings screen moves it by, within the values parse accepts. */
  range?: { min: number; max: number; step: number };
  /** Parses and validates a value; returns an error message instead when it is not acceptable. */
  parse(value: string): Settings[K] | SettingError;
}

export function isSettingError(value: unknown): value is SettingError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

const levelSpec: SettingSpec<'level'> = {
  key: 'level',
  name: 'level',
  label: 'Study level',
  description: 'questions study draws from: foundational, exam (foundational + exam) or all (adds beyond-exam)',
  choices: STUDY_LEVELS.map((value) => ({ value, description: STUDY_LEVEL_INFO[value].description })),
  parse: (value) => (isStudyLevel(value.trim()) ? (value.trim() as StudyLevel) : { error: `level must be one of ${STUDY_LEVELS.join(', ')}, got "${value}"` }),
};

const colorSpec: SettingSpec<'colors'> = {
  key: 'colors',
  name: 'colors',
  label: 'Colours',
  description: 'colour on screen: on (unless NO_COLOR is set) or off',
  choices: [
    { value: 'on', description: 'colour, unless the NO_COLOR environment variable is set' },
    { value: 'off', description: 'no colour: ✓/✗ and words still say everything' },
  ],
  parse: (value) => ((COLOR_SETTINGS as readonly string[]).includes(value.trim()) ? (value.trim() as ColorSetting) : { error: `colors must be on or off, got "${value}"` }),
};

export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    key: 'newPerDay',
    name: 'new-per-day',
    label: 'New questions per day',
    description: 'new questions introduced per day',
    range: { min: 0, max: 1000, step: 5 },
    parse: (value) => (/^\d+$/.test(value.trim()) && Number(value) <= 1000 ? Number(value) : { error: `new-per-day must be a whole number from 0 to 1000, got "${value}"` }),
  },
  {
    key: 'retention',
    name: 'retention',
    label: 'Desired retention',
    description: 'the chance of still knowing a question when it comes back (0.70–0.99)',
    range: { min: 0.7, max: 0.99, step: 0.01 },
    parse: (value) => {
      const n = Number(value);
      return value.trim() !== '' && Number.isFinite(n) && n >= 0.7 && n <= 0.99 ? n : { error: `retention must be a number from 0.70 to 0.99, got "${value}"` };
    },
  },
  levelSpec,
  {
    key: 'dayStart',
    name: 'day-start',
    label: 'Study day starts at',
    description: 'hour the study day starts, 0–23 (local time)',
    range: { min: 0, max: 23, step: 1 },
    parse: (value) => (/^\d{1,2}$/.test(value.trim()) && Number(value) <= 23 ? Number(value) : { error: `day-start must be a whole hour from 0 to 23, got "${value}"` }),
  },
  colorSpec,
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
    // A value of the wrong JSON type (the number "30" as a string) is invalid, not converted.
    const parsed = typeof value === typeof DEFAULT_SETTINGS[spec.key] ? spec.parse(String(value)) : { error: 'wrong type' };
    if (isSettingError(parsed)) invalid.push(spec.name);
    else (settings as unknown as Record<SettingKey, unknown>)[spec.key] = parsed;
  }
  return { settings, invalid };
}
