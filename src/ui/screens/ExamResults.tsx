import { Box } from 'ink';
import { useMemo } from 'react';
import { RESULT_FILTERS, filterResults, type ExamResult, type ResultFilter } from '../../core/exam/results.js';
import { formatDuration } from '../../core/exam/timing.js';
import { TOPIC_LABELS } from '../../core/topics.js';
import { ExplanationView } from '../components/ExplanationView.js';
import { LineView } from '../components/Lines.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { ScrollView } from '../components/ScrollView.js';
import { useServices } from '../context.js';
import { DETAIL_KEYS, DETAIL_OWN_KEYS, LIST_KEYS, SUMMARY_KEYS } from '../exam/keys.js';
import { filterTabs, resultRow, summaryLines, verdictWords } from '../exam/layout.js';
import { useLiveState } from '../exam/useLiveState.js';
import { useKeys } from '../hooks/useKeys.js';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import { layoutBlocks, span, type Line } from '../layout/text.js';
import type { Binding } from '../keys.js';

type View = 'summary' | 'list' | 'detail';

const FILTER_ACTIONS: Record<string, ResultFilter> = { filterAll: 'all', filterIncorrect: 'incorrect', filterFlagged: 'flagged', filterUnanswered: 'unanswered' };

/** The keys each view acts on itself (the explanation scrolls on its own). */
const OWN_KEYS: Record<View, readonly Binding[]> = { summary: SUMMARY_KEYS, list: LIST_KEYS, detail: DETAIL_OWN_KEYS };
const ALL_RESULT_KEYS: readonly Binding[] = Object.values(OWN_KEYS).flat();

export interface ExamResultsProps {
  result: ExamResult;
  onDone: () => void;
}

/**
 * Results that teach: the score and its estimate, time, per-topic bars and the slowest
 * questions; then every question, filterable, each opening the same explanation as study.
 */
export function ExamResults({ result, onDone }: ExamResultsProps) {
  const services = useServices();
  const [view, setView, viewRef] = useLiveState<View>('summary');
  const [filter, setFilter, filterRef] = useLiveState<ResultFilter>('all');
  const [cursor, setCursor, cursorRef] = useLiveState(0);
  const shown = useMemo(() => filterResults(result.questions, filter), [result, filter]);
  const selected = shown[Math.min(cursor, shown.length - 1)];

  const applyFilter = (next: ResultFilter) => {
    setFilter(next);
    setCursor(0);
    setView('list');
  };

  const bindings: readonly Binding[] = view === 'summary' ? SUMMARY_KEYS : view === 'list' ? LIST_KEYS : DETAIL_KEYS;

  // Handlers read the refs: a key typed right after another may reach an older handler.
  useKeys(ALL_RESULT_KEYS, (key) => {
    const current = viewRef.current;
    const binding = OWN_KEYS[current].find((b) => b.keys.includes(key.name) || b.keys.includes(key.name.toLowerCase()));
    if (!binding) return;
    const action = binding.action;
    const f = FILTER_ACTIONS[action];
    if (f) return applyFilter(f);
    const list = filterResults(result.questions, filterRef.current);
    if (current === 'summary') {
      if (action === 'list') return setView('list');
      if (action === 'back') return onDone();
      return;
    }
    if (current === 'list') {
      const at = RESULT_FILTERS.indexOf(filterRef.current);
      switch (action) {
        case 'up':
          return setCursor((c) => Math.max(0, c - 1));
        case 'down':
          return setCursor((c) => Math.min(Math.max(0, list.length - 1), c + 1));
        case 'open':
          return list[cursorRef.current] ? setView('detail') : undefined;
        case 'prevFilter':
          return applyFilter(RESULT_FILTERS[(at + RESULT_FILTERS.length - 1) % RESULT_FILTERS.length]!);
        case 'nextFilter':
          return applyFilter(RESULT_FILTERS[(at + 1) % RESULT_FILTERS.length]!);
        case 'summary':
          return setView('summary');
      }
      return;
    }
    if (action === 'prev') return setCursor((c) => Math.max(0, c - 1));
    if (action === 'next') return setCursor((c) => Math.min(list.length - 1, c + 1));
    if (action === 'back') setView('list');
  });

  const status =
    view === 'detail' && selected
      ? `Question ${selected.index + 1} of ${result.total}`
      : `${verdictWords(result)} · ${result.percent}% · est. ${result.scaled}`;
  return (
    <ScreenFrame title="Mock exam results" status={status} keys={bindings}>
      {({ width, height }) =>
        view === 'summary' ? (
          <SummaryPane result={result} width={width} height={height} />
        ) : view === 'list' ? (
          <ListPane result={result} filter={filter} cursor={cursor} width={width} height={height} />
        ) : selected ? (
          <Box flexDirection="column">
            <LineView
              line={[
                span(`${TOPIC_LABELS[selected.question.topic]} · took ${formatDuration(selected.ms)}${selected.flagged ? ' · ⚑ flagged' : ''}`, { bold: true }),
                span(`   (${cursor + 1} of ${shown.length} in the ${filter === 'all' ? 'full' : filter} list)`, { dim: true }),
              ]}
            />
            <ExplanationView
              key={selected.index}
              question={selected.question}
              order={selected.order}
              chosen={selected.chosen}
              facts={services.facts}
              width={width}
              height={Math.max(1, height - 1)}
            />
          </Box>
        ) : (
          <LineView line={[span('Nothing to show.')]} />
        )
      }
    </ScreenFrame>
  );
}

function SummaryPane({ result, width, height }: { result: ExamResult; width: number; height: number }) {
  const lines = useMemo(
    () => [
      ...summaryLines(result, width),
      [],
      ...layoutBlocks([{ spans: [span('Press enter for the list of questions (i: only the incorrect ones) and the full explanation of each.', { color: 'cyan' })] }], width),
    ],
    [result, width],
  );
  const scroll = useScrollOffset(lines.length, height);
  useKeys(SUMMARY_KEYS, (m) => scroll.apply(m.action));
  return <ScrollView lines={lines} height={height} offset={scroll.offset} moreHint="↓" />;
}

function ListPane({ result, filter, cursor, width, height }: { result: ExamResult; filter: ResultFilter; cursor: number; width: number; height: number }) {
  const shown = filterResults(result.questions, filter);
  const rows: Line[] = shown.length ? shown.map((r, i) => resultRow(r, i === cursor, width)) : [[span(`No ${filter} questions.`, { dim: true })]];
  const listHeight = Math.max(1, height - 2);
  const scroll = useScrollOffset(rows.length, listHeight, [cursor, cursor + 1]);
  return (
    <Box flexDirection="column">
      <LineView line={filterTabs(result.questions, filter)} />
      <LineView line={[]} />
      <ScrollView lines={rows} height={listHeight} offset={scroll.offset} moreHint="↓" />
    </Box>
  );
}
