import { GRID_FILTERS } from '../../app/exam-room.js';
import { RESULT_FILTERS } from '../../core/exam/results.js';
import { HELP, MOVE, PAGE, pickKeys, SCROLL, type Binding } from '../keys.js';

/**
 * The exam's keys. On the question screen letters a–f pick options, so no command key there
 * is a–f: g (the review screen) is why options are picked with letters up to f (and 1–8).
 */

export const CHOOSE: Binding<'choose'> = { action: 'choose', keys: ['space'], help: 'choose the highlighted option (on "Choose TWO" it toggles)', hint: 'choose' };
export const ENTER_NEXT: Binding<'enter'> = { action: 'enter', keys: ['enter'], help: 'next question, once this one has an answer (on the last one: the review screen)', hint: 'next' };
export const MARK: Binding<'mark'> = { action: 'mark', keys: ['m'], help: 'mark or unmark this question for review (flag)', hint: 'mark' };
export const PREV: Binding<'prev'> = { action: 'prev', keys: ['left', 'p'], help: 'previous question', hint: 'move', minor: true };
export const NEXT: Binding<'next'> = { action: 'next', keys: ['right', 'n'], help: 'next question (on the last one: the review screen)', hint: 'move', minor: true };
export const REVIEW: Binding<'review'> = { action: 'review', keys: ['g'], help: 'review screen: every question answered / unanswered / flagged; jump to any', hint: 'review' };
export const SUBMIT_EXAM: Binding<'submit'> = { action: 'submit', keys: ['s'], help: 'submit the exam (asks first)', hint: 'submit' };
/** Leaving: a strict exam's clock keeps running while the learner is away. */
export function leaveKey(strict: boolean): Binding<'leave'> {
  const clock = strict ? 'its clock keeps running (strict exam)' : 'the clock stops';
  return { action: 'leave', keys: ['q', 'escape'], help: `leave the exam: it is saved and ${clock}; resume it with clf-trainer exam`, hint: 'leave' };
}

/** The question screen of the exam room, for a question of `options` options. */
export function roomKeys(options: number, strict = false): readonly Binding[] {
  return [...MOVE, pickKeys(options, 'f'), CHOOSE, ENTER_NEXT, MARK, PREV, NEXT, REVIEW, SUBMIT_EXAM, ...PAGE, HELP, leaveKey(strict)];
}

export const NAVIGATOR_KEYS = [
  { action: 'gridUp', keys: ['up', 'k'], help: 'move up in the grid', hint: 'move', minor: true },
  { action: 'gridDown', keys: ['down', 'j'], help: 'move down', hint: 'move', minor: true },
  { action: 'gridLeft', keys: ['left', 'h'], help: 'move left', hint: 'move', minor: true },
  { action: 'gridRight', keys: ['right', 'l'], help: 'move right', hint: 'move', minor: true },
  { action: 'go', keys: ['enter'], help: 'go to that question (under a filter: then → and enter step through only the questions it shows)', hint: 'go' },
  ...GRID_FILTERS.map((filter, i) => ({
    action: 'filter',
    keys: [filter === 'all' ? 'a' : filter[0]!],
    value: i,
    help: filter === 'all' ? 'show every question' : `show only the ${filter} questions`,
    hint: 'filter',
  })),
  SUBMIT_EXAM,
  HELP,
  // Last, as on every screen: a narrow footer keeps help and back.
  { action: 'close', keys: ['escape', 'g', 'q'], help: 'back to the question', hint: 'back' },
] as const satisfies readonly Binding[];

export const CONFIRM_SUBMIT_KEYS = [
  { action: 'yes', keys: ['y', 'enter'], help: 'submit the exam', hint: 'submit' },
  { action: 'no', keys: ['n', 'escape', 'q'], help: 'keep working', hint: 'keep working' },
] as const satisfies readonly Binding[];

export const CONFIRM_LEAVE_KEYS = [
  { action: 'yes', keys: ['y'], help: 'leave; the exam stays saved with its time', hint: 'leave' },
  { action: 'no', keys: ['n', 'escape', 'enter', 'q'], help: 'stay in the exam', hint: 'stay' },
] as const satisfies readonly Binding[];

/** Scrolling for the short screens before the exam (intro, resume), when the window is small. */
export const PROMPT_SCROLL = [...SCROLL.filter((b) => b.action === 'scrollUp' || b.action === 'scrollDown'), ...PAGE] as const;

const PROMPT_BACK = { action: 'back', keys: ['q', 'escape'], help: 'back', hint: 'back' } as const satisfies Binding;

/** The rules before the exam; enter starts it only when there are questions to draw. */
export function introKeys(canStart: boolean): readonly Binding[] {
  return [...(canStart ? [{ action: 'start', keys: ['enter'], help: 'start the exam (the clock starts)', hint: 'start' }] : []), ...PROMPT_SCROLL, HELP, PROMPT_BACK];
}

/** The offer to resume an unfinished exam: only what this trainer can do with it. */
export function resumeKeys({ canResume, canAbandon, canTakeOver = false }: { canResume: boolean; canAbandon: boolean; canTakeOver?: boolean }): readonly Binding[] {
  return [
    ...(canResume ? [{ action: 'resume', keys: ['r', 'enter'], help: 'resume the unfinished exam', hint: 'resume' }] : []),
    ...(canAbandon ? [{ action: 'abandon', keys: ['x'], help: 'abandon it (kept in the history as abandoned) and start a new one', hint: 'abandon' }] : []),
    ...(canTakeOver ? [{ action: 'takeOver', keys: ['t'], help: 'take the exam over from the trainer that has it open, once it is no longer running (asks first)', hint: 'take over' }] : []),
    ...PROMPT_SCROLL,
    HELP,
    { ...PROMPT_BACK, help: 'back, keeping the exam for later' },
  ];
}

/** Confirming a takeover: y takes the exam over, n (or esc) leaves it with the other trainer. */
export const CONFIRM_TAKEOVER_KEYS = [
  { action: 'yes', keys: ['y'], help: 'take the exam over', hint: 'take over' },
  { action: 'no', keys: ['n', 'escape', 'q'], help: 'leave it with that trainer', hint: 'cancel' },
] as const satisfies readonly Binding[];

/** Confirming an abandon: y ends the exam as abandoned, n (or esc) keeps it. */
export const CONFIRM_ABANDON_KEYS = [
  { action: 'yes', keys: ['y'], help: 'abandon the exam (it stays in your history as abandoned, unscored)', hint: 'abandon' },
  { action: 'no', keys: ['n', 'escape', 'q', 'enter'], help: 'keep the exam', hint: 'keep it' },
  // A short window cuts the question: it scrolls, as the offer before it does.
  ...PROMPT_SCROLL,
] as const satisfies readonly Binding[];

/** List filters: each key carries its filter (its position in RESULT_FILTERS). */
const FILTER_KEYS: readonly Binding<'filter'>[] = RESULT_FILTERS.map((filter, i) => ({
  action: 'filter',
  keys: [filter[0]!],
  value: i,
  help: filter === 'all' ? 'list all questions' : `list the ${filter} ones`,
  hint: 'filter',
}));

export const RESULTS_SUMMARY_KEYS = [
  ...SCROLL.filter((b) => b.action !== 'pageDown'),
  { action: 'pageDown', keys: ['pagedown'], help: 'scroll down a page' },
  { action: 'list', keys: ['enter', 'tab'], help: 'the list of questions, to study each answer', hint: 'questions' },
  ...FILTER_KEYS,
  HELP,
  { action: 'back', keys: ['q', 'escape'], help: 'done: leave the results', hint: 'done' },
] as const satisfies readonly Binding[];

/** The list of questions; enter opens one only when the list has any. */
export function listKeys(hasEntries: boolean): readonly Binding[] {
  return [
    ...MOVE,
    ...(hasEntries ? [{ action: 'open', keys: ['enter'], help: 'open the question with its full explanation', hint: 'open' }] : []),
    { action: 'prevFilter', keys: ['left'], help: 'previous filter' },
    { action: 'nextFilter', keys: ['right'], help: 'next filter' },
    ...FILTER_KEYS,
    { action: 'summary', keys: ['escape', 'tab', 'q'], help: 'back to the score summary', hint: 'summary' },
    HELP,
  ];
}

/** On the explanation: ExplanationView scrolls itself; these are the screen's own keys. */
export const DETAIL_OWN_KEYS = [
  { action: 'prev', keys: ['left', 'p'], help: 'previous question in this list', hint: 'prev/next' },
  { action: 'next', keys: ['right', 'n'], help: 'next question in this list', hint: 'prev/next' },
  HELP,
  { action: 'back', keys: ['escape', 'q'], help: 'back to the list', hint: 'list' },
] as const satisfies readonly Binding[];
export const DETAIL_KEYS = [...SCROLL, ...DETAIL_OWN_KEYS] as const;
