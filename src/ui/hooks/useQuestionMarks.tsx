import { useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Question } from '../../core/bank/types.js';
import { ReportBox, REPORT_BOX_KEYS } from '../components/ReportBox.js';
import { useServices } from '../context.js';
import type { Binding, KeyMatch } from '../keys.js';

export interface QuestionMarks {
  /** The keys to add to the screen's: suspend (or unsuspend) and report. */
  keys: readonly Binding[];
  /** Handles a match of those keys; false for any other key. */
  act(match: KeyMatch): boolean;
  /** True while the report box takes the keyboard: the screen's own keys wait. */
  reporting: boolean;
  /** The report box, drawn in place of the screen's body while reporting. */
  box(width: number, height: number): ReactNode;
  /** The keys to show while reporting. */
  boxKeys: readonly Binding[];
  /** What the last suspend or report did, for the footer. */
  message?: string;
}

/**
 * Suspend and report on a screen that shows a question: `!` suspends it (or unsuspends it) and
 * `r` opens a box to report it. `suspend` replaces the plain toggle where the screen must also
 * drop the question (a study run).
 */
export function useQuestionMarks(question: Question | undefined, options: { suspend?: () => string | undefined } = {}): QuestionMarks {
  const services = useServices();
  const suspended = useSyncExternalStore(services.suspended.subscribe, services.suspended.get);
  const [reporting, setReporting] = useState(false);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const on = question !== undefined && suspended.has(question.id);
  // Minor: on a narrow footer they give way first to the screen's own keys (the rating intervals);
  // the help (?) always lists them.
  const keys: Binding[] = question
    ? [
        { action: 'suspend', keys: ['!'], help: on ? 'unsuspend this question: it comes back to study and exams' : 'suspend this question: it leaves study, review and exams until you unsuspend it', hint: on ? 'unsuspend' : 'suspend', minor: true },
        { action: 'report', keys: ['r'], help: 'report this question as wrong or unclear, with a comment', hint: 'report', minor: true },
      ]
    : [];
  const toggle = (): string => {
    if (!question) return '';
    try {
      services.suspended.set(question.id, !on);
      return on ? `Unsuspended ${question.id}: it is back in study and exams.` : `Suspended ${question.id}: out of study, review and exams (search is:suspended to bring it back).`;
    } catch (e) {
      return `Could not ${on ? 'unsuspend' : 'suspend'} the question: ${e instanceof Error ? e.message : String(e)}`;
    }
  };
  return {
    keys,
    reporting,
    boxKeys: REPORT_BOX_KEYS,
    ...(message ? { message } : {}),
    act(match) {
      if (!question) return false;
      if (match.action === 'suspend') {
        setMessage(!on && options.suspend ? options.suspend() : toggle());
        return true;
      }
      if (match.action === 'report') {
        setMessage(undefined);
        setReporting(true);
        return true;
      }
      return false;
    },
    box: (width, height) =>
      question && reporting ? (
        <ReportBox
          question={question}
          width={width}
          height={height}
          onClose={(text) => {
            setReporting(false);
            setMessage(text);
          }}
        />
      ) : null,
  };
}
