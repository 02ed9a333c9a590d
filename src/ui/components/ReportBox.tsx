import { useState } from 'react';
import type { Question } from '../../core/bank/types.js';
import { useServices } from '../context.js';
import { useInputEvents } from '../hooks/useInputEvents.js';
import { editText } from '../input/text-field.js';
import type { Binding } from '../keys.js';
import { layoutBlocks, span } from '../layout/text.js';
import { ScrollView } from './ScrollView.js';

/** Keys of the report box, for its footer and help: every other key is text. */
export const REPORT_BOX_KEYS: readonly Binding[] = [
  { action: 'save', keys: ['enter'], help: 'save the report', hint: 'save' },
  { action: 'clear', keys: ['ctrl+u'], help: 'clear the text', hint: 'clear' },
  { action: 'cancel', keys: ['escape'], help: 'cancel: nothing is saved', hint: 'cancel' },
];

/** Longest comment kept: a few sentences. */
const MAX_COMMENT = 1000;

export interface ReportBoxProps {
  question: Question;
  width: number;
  height: number;
  /** Closed: with the line to show (saved, or why not), or undefined when cancelled. */
  onClose: (message: string | undefined) => void;
}

/**
 * Reporting a question the learner thinks is wrong or unclear: a comment typed in a line, saved
 * with the question's id to the reports file of the data folder (`clf-trainer reports` prints it).
 */
export function ReportBox({ question, width, height, onClose }: ReportBoxProps) {
  const services = useServices();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const latest = { text };
  useInputEvents((event) => {
    const edit = editText(latest.text, event, { max: MAX_COMMENT });
    if (edit.kind === 'text') {
      latest.text = edit.text;
      setText(edit.text);
      return;
    }
    if (edit.kind !== 'key') return;
    if (edit.name === 'escape') onClose(undefined);
    else if (edit.name === 'enter') {
      if (!latest.text.trim()) return setError('Type what is wrong or unclear first (esc cancels).');
      try {
        services.reports.add(question, latest.text.trim());
        onClose(`Reported ${question.id}: saved to ${services.reports.where} (clf-trainer reports prints them).`);
      } catch (e) {
        setError(`Could not save the report: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  });
  const lines = layoutBlocks(
    [
      { spans: [span(`Report ${question.id}`, { bold: true }), span(' — what is wrong or unclear? Your comment is saved with the question id.', { dim: true })], gap: 1 },
      { spans: [span(question.stem, { dim: true })], gap: 1 },
      { prefix: [span('› ', { bold: true, color: 'cyan' })], spans: [span(text), span('▌', { color: 'cyan' })], gap: 1 },
      ...(error ? [{ spans: [span(error, { color: 'yellow' as const })] }] : []),
    ],
    width,
  );
  return <ScrollView lines={lines.length <= height ? lines : lines.slice(lines.length - height)} height={height} offset={0} />;
}
