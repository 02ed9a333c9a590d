import { HELP, MOVE, PAGE, SCROLL, type Binding } from '../keys.js';

/**
 * The exam's keys. On the question screen letters a–f pick options, so no command key there
 * is a–h: g (the review screen) is why options are picked with 1–8 / a–f only.
 */

const OPTION_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', 'a', 'b', 'c', 'd', 'e', 'f'];

export const PICK_OPTION: Binding<'pick'> = { action: 'pick', keys: OPTION_KEYS, label: '1–8 / a–f', help: 'choose that option (on "Choose TWO" it toggles)', hint: 'a–f pick' };
export const CHOOSE: Binding<'choose'> = { action: 'choose', keys: ['space', 'enter'], label: 'space / enter', help: 'choose the highlighted option (on "Choose TWO" it toggles)', hint: 'space choose' };
export const MARK: Binding<'mark'> = { action: 'mark', keys: ['m'], label: 'm', help: 'mark or unmark this question for review (flag)', hint: 'm mark' };
export const PREV: Binding<'prev'> = { action: 'prev', keys: ['left', 'p'], label: '← / p', help: 'previous question' };
export const NEXT: Binding<'next'> = { action: 'next', keys: ['right', 'n'], label: '→ / n', help: 'next question', hint: '←→ move' };
export const REVIEW: Binding<'review'> = { action: 'review', keys: ['g'], label: 'g', help: 'review screen: every question answered / unanswered / flagged; jump to any', hint: 'g review' };
export const SUBMIT_EXAM: Binding<'submit'> = { action: 'submit', keys: ['s'], label: 's', help: 'submit the exam (asks first)', hint: 's submit' };
export const LEAVE: Binding<'leave'> = { action: 'leave', keys: ['q', 'escape'], label: 'q / esc', help: 'leave the exam: it is saved and the clock stops; resume it with clf-trainer exam', hint: 'q leave' };

export const ROOM_KEYS = [...MOVE, PICK_OPTION, CHOOSE, MARK, PREV, NEXT, REVIEW, SUBMIT_EXAM, ...PAGE, HELP, LEAVE] as const;

const GRID = [
  { action: 'up', keys: ['up', 'k'], label: '↑ ↓ ← → / h j k l', help: 'move in the grid' },
  { action: 'down', keys: ['down', 'j'], label: '↓ / j', help: 'move down' },
  { action: 'left', keys: ['left', 'h'], label: '← / h', help: 'move left' },
  { action: 'right', keys: ['right', 'l'], label: '→ / l', help: 'move right', hint: 'arrows move' },
] as const satisfies readonly Binding[];
export const NAVIGATOR_KEYS = [
  ...GRID,
  { action: 'go', keys: ['enter'], label: 'enter', help: 'go to that question', hint: 'enter go' },
  { action: 'close', keys: ['g', 'escape', 'q'], label: 'g / esc', help: 'back to the question', hint: 'esc back' },
  SUBMIT_EXAM,
  HELP,
] as const satisfies readonly Binding[];

export const CONFIRM_SUBMIT_KEYS = [
  { action: 'yes', keys: ['y', 'enter'], label: 'y / enter', help: 'submit the exam', hint: 'y submit' },
  { action: 'no', keys: ['n', 'escape', 'q'], label: 'n / esc', help: 'keep working', hint: 'n keep working' },
] as const satisfies readonly Binding[];

export const CONFIRM_LEAVE_KEYS = [
  { action: 'yes', keys: ['y'], label: 'y', help: 'leave; the exam stays saved with its time', hint: 'y leave' },
  { action: 'no', keys: ['n', 'escape', 'enter', 'q'], label: 'n / esc', help: 'stay in the exam', hint: 'n stay' },
] as const satisfies readonly Binding[];

/** Scrolling for the short screens before the exam (intro, resume), when the window is small. */
export const PROMPT_SCROLL = [...SCROLL.filter((b) => b.action === 'scrollUp' || b.action === 'scrollDown'), ...PAGE] as const;

export const INTRO_KEYS = [
  { action: 'start', keys: ['enter'], label: 'enter', help: 'start the exam (the clock starts)', hint: 'enter start' },
  ...PROMPT_SCROLL,
  HELP,
  { action: 'back', keys: ['q', 'escape'], label: 'q / esc', help: 'back', hint: 'q back' },
] as const satisfies readonly Binding[];

export const RESUME_KEYS = [
  { action: 'resume', keys: ['r', 'enter'], label: 'r / enter', help: 'resume the unfinished exam', hint: 'r resume' },
  { action: 'abandon', keys: ['x'], label: 'x', help: 'abandon it (kept in the history as abandoned) and start a new one', hint: 'x abandon' },
  ...PROMPT_SCROLL,
  HELP,
  { action: 'back', keys: ['q', 'escape'], label: 'q / esc', help: 'back, keeping the exam for later', hint: 'q back' },
] as const satisfies readonly Binding[];

const FILTER_KEYS = [
  { action: 'filterAll', keys: ['a'], label: 'a', help: 'list all questions' },
  { action: 'filterIncorrect', keys: ['i'], label: 'i', help: 'list the incorrect ones' },
  { action: 'filterFlagged', keys: ['f'], label: 'f', help: 'list the flagged ones' },
  { action: 'filterUnanswered', keys: ['u'], label: 'u', help: 'list the unanswered ones', hint: 'a/i/f/u filter' },
] as const satisfies readonly Binding[];

export const SUMMARY_KEYS = [
  ...SCROLL.filter((b) => b.action !== 'pageDown'),
  { action: 'pageDown', keys: ['pagedown'], label: 'PgDn', help: 'scroll down a page' },
  { action: 'list', keys: ['enter', 'tab'], label: 'enter / tab', help: 'the list of questions, to study each answer', hint: 'enter questions' },
  ...FILTER_KEYS,
  HELP,
  { action: 'back', keys: ['q', 'escape'], label: 'q / esc', help: 'done: leave the results', hint: 'q done' },
] as const satisfies readonly Binding[];

export const LIST_KEYS = [
  ...MOVE,
  { action: 'open', keys: ['enter'], label: 'enter', help: 'open the question with its full explanation', hint: 'enter open' },
  { action: 'prevFilter', keys: ['left'], label: '←', help: 'previous filter' },
  { action: 'nextFilter', keys: ['right'], label: '→', help: 'next filter' },
  ...FILTER_KEYS,
  { action: 'summary', keys: ['tab', 'escape', 'q'], label: 'tab / esc', help: 'back to the score summary', hint: 'esc summary' },
  HELP,
] as const satisfies readonly Binding[];

/** On the explanation: ExplanationView scrolls itself; these are the screen's own keys. */
export const DETAIL_OWN_KEYS = [
  { action: 'prev', keys: ['left', 'p'], label: '← / p', help: 'previous question in this list' },
  { action: 'next', keys: ['right', 'n'], label: '→ / n', help: 'next question in this list', hint: '←→ prev/next' },
  HELP,
  { action: 'back', keys: ['q', 'escape'], label: 'q / esc', help: 'back to the list', hint: 'esc list' },
] as const satisfies readonly Binding[];
export const DETAIL_KEYS = [...SCROLL, ...DETAIL_OWN_KEYS] as const;
