import type { SessionSummary } from '../../core/study/summary.js';
import { nextSteps } from '../../core/study/summary.js';
import { TOPIC_LABELS } from '../../core/topics.js';
import { span, type Block } from './text.js';

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100));

/** Pure: the end-of-session screen. */
export function summaryBlocks(s: SessionSummary, now: Date): Block[] {
  const blocks: Block[] = [];
  const title = s.mode === 'review' ? (s.finished ? 'Review finished' : 'Review summary') : s.finished ? 'Session complete' : 'Session summary';
  blocks.push({ spans: [span(title, { bold: true, underline: true })], gap: 1 });
  if (s.answered === 0) {
    blocks.push({ spans: [span(s.mode === 'review' ? 'No missed questions to review. Well done.' : 'Nothing is due and no new questions are left for today.')], gap: 1 });
  } else {
    blocks.push({
      spans: [span(`${s.answered} answered · `), span(`${s.correct} correct (${pct(s.correct, s.answered)}%)`, { bold: true, color: s.correct === s.answered ? 'green' : undefined })],
      gap: 1,
    });
    blocks.push({ spans: [span('By topic', { bold: true })] });
    const width = Math.max(...s.topics.map((t) => TOPIC_LABELS[t.topic].length));
    for (const t of s.topics) {
      const mark = t.correct === t.answered ? span('✓ ', { color: 'green' }) : span('✗ ', { color: 'red' });
      blocks.push({ prefix: [span('  '), mark], spans: [span(`${TOPIC_LABELS[t.topic].padEnd(width)}  ${t.correct}/${t.answered} correct (${pct(t.correct, t.answered)}%)`)] });
    }
    blocks.push({ spans: [] });
  }
  blocks.push({ spans: [span('What next', { bold: true })] });
  for (const line of nextSteps(s, now)) blocks.push({ prefix: [span('• ')], spans: [span(line)] });
  return blocks;
}
