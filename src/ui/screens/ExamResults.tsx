import { Box } from 'ink';
import { useCallback, useMemo, useState } from 'react';
import { RESULTS_START, resultsAction, resultsStep, type ResultsAction, type ResultsState } from '../../app/exam-results.js';
import { reducerStore } from '../../app/store.js';
import { DIFFICULTY_LABELS } from '../../core/bank/levels.js';
import { filterResults, type ExamResult, type ResultFilter } from '../../core/exam/results.js';
import { formatDuration } from '../../core/exam/timing.js';
import { TOPIC_LABELS } from '../../core/topics.js';
import { ExplanationView } from '../components/ExplanationView.js';
import { LineView } from '../components/Lines.js';
import { Menu } from '../components/Menu.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { ScrollView } from '../components/ScrollView.js';
import { useServices } from '../context.js';
import { DETAIL_KEYS, DETAIL_OWN_KEYS, listKeys, RESULTS_SUMMARY_KEYS } from '../exam/keys.js';
import { filterTabs, resultRow, summaryLines, verdictWords } from '../exam/layout.js';
import { usePreloadedExtraSections } from '../hooks/useExtraSections.js';
import { useKeys } from '../hooks/useKeys.js';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import { useStore } from '../hooks/useStore.js';
import { layoutBlocks, span } from '../layout/text.js';
import type { Binding } from '../keys.js';

export interface ExamResultsProps {
  result: ExamResult;
  /** The header's title (a past attempt names itself). */
  title?: string;
  onDone: () => void;
}

/** The keys of each view (the explanation scrolls on its own). */
function keysFor(state: ResultsState, result: ExamResult): { own: readonly Binding[]; shown: readonly Binding[] } {
  if (state.view === 'summary') return { own: RESULTS_SUMMARY_KEYS, shown: RESULTS_SUMMARY_KEYS };
  if (state.view === 'list') {
    const keys = listKeys(filterResults(result.questions, state.filter).length > 0);
    return { own: keys, shown: keys };
  }
  return { own: DETAIL_OWN_KEYS, shown: DETAIL_KEYS };
}

/**
 * Results that teach: the score and its estimate, time, per-topic bars and the slowest
 * questions; then every question, filterable, each opening the same explanation as study.
 */
export function ExamResults({ result, title = 'Mock exam results', onDone }: ExamResultsProps) {
  const services = useServices();
  usePreloadedExtraSections();
  const [store] = useState(() => reducerStore<ResultsState, ResultsAction>((state, action) => resultsStep(state, action, result), RESULTS_START));
  const state = useStore(store);
  const { view, filter, cursor } = state;
  const shown = useMemo(() => filterResults(result.questions, filter), [result, filter]);
  const selected = shown[Math.min(cursor, shown.length - 1)];
  const bindings = keysFor(state, result).shown;

  useKeys(() => keysFor(store.get(), result).own, (m) => {
    const action = resultsAction(m.action, m.value);
    if (action && store.dispatch(action).done) onDone();
  });

  const status =
    view === 'detail' && selected
      ? `Question ${selected.index + 1} of ${result.total}`
      : `${verdictWords(result)} · ${result.percent}% · est. ${result.scaled}`;
  return (
    <ScreenFrame title={title} status={status} keys={bindings}>
      {({ width, height }) =>
        view === 'summary' ? (
          <SummaryPane result={result} width={width} height={height} />
        ) : view === 'list' ? (
          <ListPane result={result} filter={filter} cursor={cursor} width={width} height={height} />
        ) : selected ? (
          <Box flexDirection="column">
            <LineView
              line={[
                span(`${TOPIC_LABELS[selected.question.topic]} · ${DIFFICULTY_LABELS[selected.question.difficulty]} · took ${formatDuration(selected.ms)}${selected.flagged ? ' · ⚑ flagged' : ''}`, { bold: true }),
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
  useKeys(RESULTS_SUMMARY_KEYS, (m) => scroll.apply(m.action));
  return <ScrollView lines={lines} height={height} offset={scroll.offset} moreHint="↓" />;
}

function ListPane({ result, filter, cursor, width, height }: { result: ExamResult; filter: ResultFilter; cursor: number; width: number; height: number }) {
  const shown = useMemo(() => filterResults(result.questions, filter), [result, filter]);
  const rows = useMemo(() => shown.map((r) => ({ label: String(r.index + 1) })), [shown]);
  const line = useCallback((index: number, selected: boolean, w: number) => resultRow(shown[index]!, selected, w), [shown]);
  return (
    <Box flexDirection="column">
      <LineView line={filterTabs(result.questions, filter)} />
      <LineView line={[]} />
      {shown.length ? <Menu rows={rows} cursor={cursor} width={width} height={Math.max(1, height - 2)} line={line} /> : <LineView line={[span(`No ${filter} questions.`, { dim: true })]} />}
    </Box>
  );
}
