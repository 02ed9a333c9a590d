import { join } from 'node:path';
import { readJsonState, updateJsonState, type Loaded } from './json-state.js';

/** The setup screens' last choices (study and mock exam), so they open as the learner left them. */
export const CHOICES_FILE = 'choices.json';

export type Choices = Record<string, unknown>;

const normalize = (raw: unknown): Choices => (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Choices) : {});

export function readChoices(dir: string): Loaded<Choices> {
  return readJsonState(join(dir, CHOICES_FILE), normalize);
}

/** Remembers one screen's choice (`key` is the screen: "study", "exam"). */
export function saveChoice(dir: string, key: string, value: unknown): void {
  updateJsonState(join(dir, CHOICES_FILE), 'the remembered choices', normalize, (all) => ({ ...all, [key]: value }));
}
