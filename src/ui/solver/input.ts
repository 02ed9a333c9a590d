/**
 * Typing a scenario, as a pure function of the text and one input event. Text is appended at the
 * end; a paste (or several characters typed at once) arrives as one piece and keeps its line
 * breaks, so lettered options survive. Only the keys below are commands: every other key is text,
 * even q and ?.
 */

import { solve } from '../../core/solver/solve.js';
import type { Solution } from '../../core/solver/types.js';
import type { InputEvent } from '../input/decode.js';
import { editText } from '../input/text-field.js';
import { matchKey, type Binding } from '../keys.js';

export type InputResult = { kind: 'text'; text: string } | { kind: 'submit'; text: string } | { kind: 'back' } | { kind: 'ignore' };

/** Longest scenario the screen accepts: a long exam question with its options fits easily. */
export const MAX_INPUT = 4000;

/** The text field's command keys. */
export const SCENARIO_KEYS = [
  { action: 'solve', keys: ['enter'], help: 'solve the scenario', hint: 'solve' },
  { action: 'clear', keys: ['ctrl+u'], help: 'clear the text', hint: 'clear' },
  { action: 'word', keys: ['ctrl+w'], help: 'delete the last word' },
  { action: 'erase', keys: ['backspace', 'delete'], help: 'delete the last character' },
  { action: 'back', keys: ['escape'], help: 'go back', hint: 'back' },
] as const satisfies readonly Binding[];

/** The command keys that do something to this text (for the footer). */
export function scenarioKeys(text: string): readonly Binding[] {
  return text ? SCENARIO_KEYS : SCENARIO_KEYS.filter((b) => b.action === 'back');
}

export function editScenario(text: string, event: InputEvent): InputResult {
  const edit = editText(text, event, { max: MAX_INPUT, multiline: true });
  if (edit.kind === 'text') return edit;
  if (edit.kind === 'ignore') return edit;
  switch (matchKey(SCENARIO_KEYS, edit.name)?.action) {
    case 'solve':
      return text.trim() ? { kind: 'submit', text } : { kind: 'ignore' };
    case 'back':
      return { kind: 'back' };
    default:
      return { kind: 'ignore' };
  }
}

/** The solver screen: the scenario being typed, and the reasoning once it is solved. */
export interface SolverState {
  text: string;
  solution?: Solution;
  /** Counts solutions, so each new one opens at its top. */
  run: number;
  /** The learner asked to go back. */
  back?: true;
}

export type SolverAction = { type: 'input'; event: InputEvent } | { type: 'edit' } | { type: 'new' } | { type: 'back' };

export function solverStart(text: string): SolverState {
  return text.trim() ? { text, solution: solve(text), run: 1 } : { text, run: 0 };
}

/** Pure: typing goes to the text only while no solution is shown; edit and new return to typing. */
export function solverStep(state: SolverState, action: SolverAction): SolverState {
  if (state.back) return state;
  switch (action.type) {
    case 'input': {
      if (state.solution) return state;
      const result = editScenario(state.text, action.event);
      if (result.kind === 'text') return { ...state, text: result.text };
      if (result.kind === 'submit') return { ...state, solution: solve(result.text), run: state.run + 1 };
      return result.kind === 'back' ? { ...state, back: true } : state;
    }
    case 'edit':
      return { text: state.text, run: state.run };
    case 'new':
      return { text: '', run: state.run };
    case 'back':
      return { ...state, back: true };
  }
}
