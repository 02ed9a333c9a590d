import { filterResults, RESULT_FILTERS, type ExamResult, type ResultFilter } from '../core/exam/results.js';

/**
 * The results screen's state machine, pure: the score summary, the list of questions under a
 * filter, or one question's explanation.
 */

export type ResultsView = 'summary' | 'list' | 'detail';

export interface ResultsState {
  view: ResultsView;
  filter: ResultFilter;
  /** Position in the filtered list. */
  cursor: number;
  /** The learner is done with the results. */
  done?: true;
}

const PLAIN = ['list', 'summary', 'open', 'back', 'up', 'down', 'prev', 'next', 'prevFilter', 'nextFilter'] as const;

export type ResultsAction = { type: (typeof PLAIN)[number] } | { type: 'filter'; filter: ResultFilter };

/** A key's action name (and for a filter key, the filter's position in RESULT_FILTERS) as a results action. */
export function resultsAction(name: string, value?: number): ResultsAction | undefined {
  if (name === 'filter') {
    const filter = value === undefined ? undefined : RESULT_FILTERS[value];
    return filter ? { type: 'filter', filter } : undefined;
  }
  const plain = PLAIN.find((type) => type === name);
  return plain ? { type: plain } : undefined;
}

export const RESULTS_START: ResultsState = { view: 'summary', filter: 'all', cursor: 0 };

const showing = (filter: ResultFilter): ResultsState => ({ view: 'list', filter, cursor: 0 });

export function resultsStep(state: ResultsState, action: ResultsAction, result: ExamResult): ResultsState {
  if (state.done) return state;
  if (action.type === 'filter') return showing(action.filter);
  const count = filterResults(result.questions, state.filter).length;
  const last = Math.max(0, count - 1);
  const at = RESULT_FILTERS.indexOf(state.filter);
  switch (state.view) {
    case 'summary':
      if (action.type === 'list') return { ...state, view: 'list' };
      if (action.type === 'back') return { ...state, done: true };
      return state;
    case 'list':
      switch (action.type) {
        case 'up':
          return { ...state, cursor: Math.max(0, state.cursor - 1) };
        case 'down':
          return { ...state, cursor: Math.min(last, state.cursor + 1) };
        case 'open':
          return count > 0 ? { ...state, view: 'detail' } : state;
        case 'prevFilter':
          return showing(RESULT_FILTERS[(at + RESULT_FILTERS.length - 1) % RESULT_FILTERS.length]!);
        case 'nextFilter':
          return showing(RESULT_FILTERS[(at + 1) % RESULT_FILTERS.length]!);
        case 'summary':
          return { ...state, view: 'summary' };
        default:
          return state;
      }
    case 'detail':
      if (action.type === 'prev') return { ...state, cursor: Math.max(0, state.cursor - 1) };
      if (action.type === 'next') return { ...state, cursor: Math.min(last, state.cursor + 1) };
      if (action.type === 'back') return { ...state, view: 'list' };
      return state;
  }
}
