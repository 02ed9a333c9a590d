import { useMemo, useState } from 'react';
import type { Solution } from '../../core/solver/types.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { ScrollView } from '../components/ScrollView.js';
import { useNav } from '../context.js';
import { useInputEvents } from '../hooks/useInputEvents.js';
import { useKeys } from '../hooks/useKeys.js';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import { BACK, HELP, SCROLL, type Binding } from '../keys.js';
import { solutionBlocks } from '../layout/solver.js';
import { layoutBlocks, span, type Block, type Line } from '../layout/text.js';
import { scenarioKeys, solverStart, solverStep, type SolverAction } from '../solver/input.js';
import { reducerStore } from '../../app/store.js';
import type { InputEvent } from '../input/decode.js';
import { useStore } from '../hooks/useStore.js';
import type { RouteOf } from '../routes.js';

export const SOLVER_RESULT_KEYS = [
  ...SCROLL,
  { action: 'edit', keys: ['e', 'enter'], help: 'edit the scenario and solve again', hint: 'edit' },
  { action: 'new', keys: ['n'], help: 'type a new scenario', hint: 'new' },
  HELP,
  BACK,
] as const satisfies readonly Binding[];

const EXAMPLE = 'A data provider must give each partner its own key and cap every partner at 10,000 calls per month.';

/** Pure: the typing view, showing the end of the text when it is taller than the body. */
export function inputLines(text: string, width: number, height: number): Line[] {
  const intro: Block[] = [
    { spans: [span('Describe the scenario in plain English, or paste an exam question with its lettered options, then press Enter.')], gap: 1 },
  ];
  const typed: Block[] = text.split('\n').map((line, i, all) => ({
    prefix: [span(i === 0 ? '› ' : '  ', { bold: true, color: 'cyan' })],
    spans: [span(line), ...(i === all.length - 1 ? [span('▌', { color: 'cyan' })] : [])],
  }));
  const hint: Block[] = text ? [] : [{ spans: [] }, { spans: [span(`For example: ${EXAMPLE}`, { dim: true })] }];
  const lines = layoutBlocks([...intro, ...typed, ...hint], width);
  return lines.length <= height ? lines : lines.slice(lines.length - height);
}

/** "Which service?": type a scenario, read how the decision rule answers it. */
export function SolverScreen({ route }: { route: RouteOf<'solver'> }) {
  const nav = useNav();
  const [store] = useState(() => reducerStore(solverStep, solverStart(route.params?.text ?? '')));
  const { text, solution, run } = useStore(store);
  const act = (action: SolverAction) => {
    if (store.dispatch(action).back) nav.back();
  };

  if (!solution) {
    return (
      <ScreenFrame title="Which service?" status="type a scenario" keys={scenarioKeys(text)}>
        {({ width, height }) => <ScenarioInput text={text} width={width} height={height} onInput={(event) => act({ type: 'input', event })} />}
      </ScreenFrame>
    );
  }
  const status = solution.outOfScope ? 'outside the rule' : solution.service ? `confidence ${solution.confidence.toFixed(2)}` : 'not settled';
  return (
    <ScreenFrame title="Which service?" status={status} keys={SOLVER_RESULT_KEYS}>
      {({ width, height }) => <SolutionView key={run} solution={solution} width={width} height={height} onAction={act} />}
    </ScreenFrame>
  );
}

/** The text field: every key and paste goes to it through the key bus. */
function ScenarioInput({ text, width, height, onInput }: { text: string; width: number; height: number; onInput: (event: InputEvent) => void }) {
  useInputEvents(onInput);
  const lines = useMemo(() => inputLines(text, width, height), [text, width, height]);
  return <ScrollView lines={lines} height={height} offset={0} />;
}

function SolutionView({ solution, width, height, onAction }: { solution: Solution; width: number; height: number; onAction: (action: SolverAction) => void }) {
  const lines = useMemo(() => layoutBlocks(solutionBlocks(solution), width), [solution, width]);
  const scroll = useScrollOffset(lines.length, height);
  useKeys(SOLVER_RESULT_KEYS, (m) => {
    if (m.action === 'back' || m.action === 'edit' || m.action === 'new') onAction({ type: m.action });
    else scroll.apply(m.action);
  });
  return <ScrollView lines={lines} height={height} offset={scroll.offset} moreHint="↓/space" />;
}
