import { useInput } from 'ink';
import { useMemo, useState } from 'react';
import { solve } from '../../core/solver/solve.js';
import type { Solution } from '../../core/solver/types.js';
import { ScreenFrame } from '../components/ScreenFrame.js';
import { ScrollView } from '../components/ScrollView.js';
import { useNav } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { useScrollOffset } from '../hooks/useScrollOffset.js';
import { BACK, HELP, SCROLL, type Binding } from '../keys.js';
import { solutionBlocks } from '../layout/solver.js';
import { layoutBlocks, span, type Block, type Line } from '../layout/text.js';
import { editScenario } from '../solver/input.js';

/** While typing every printable key is text (even q and ?), so only these act; they are listed for the footer. */
export const SOLVER_INPUT_KEYS: readonly Binding[] = [
  { action: 'solve', keys: ['enter'], label: 'enter', help: 'solve the scenario', hint: 'enter solve' },
  { action: 'clear', keys: ['ctrl+u'], label: 'ctrl+u', help: 'clear the text', hint: 'ctrl+u clear' },
  { action: 'back', keys: ['escape'], label: 'esc', help: 'go back', hint: 'esc back' },
];

export const SOLVER_RESULT_KEYS = [
  ...SCROLL,
  { action: 'edit', keys: ['e', 'enter'], label: 'e / enter', help: 'edit the scenario and solve again', hint: 'e edit' },
  { action: 'new', keys: ['n'], label: 'n', help: 'type a new scenario', hint: 'n new' },
  HELP,
  BACK,
] as const;

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

function parseParams(params: unknown): { text: string } {
  const text = (params as { text?: unknown } | undefined)?.text;
  return { text: typeof text === 'string' ? text : '' };
}

/** "Which service?": type a scenario, read how the decision rule answers it. */
export function SolverScreen({ params }: { params: unknown }) {
  const nav = useNav();
  const initial = parseParams(params).text;
  const [text, setText] = useState(initial);
  const [solution, setSolution] = useState<Solution | undefined>(() => (initial.trim() ? solve(initial) : undefined));
  const [run, setRun] = useState(0);

  if (!solution) {
    return (
      <ScreenFrame title="Which service?" status="type a scenario" keys={SOLVER_INPUT_KEYS}>
        {({ width, height }) => (
          <ScenarioInput
            text={text}
            width={width}
            height={height}
            onText={setText}
            onSubmit={(t) => {
              setSolution(solve(t));
              setRun((n) => n + 1);
            }}
            onBack={() => nav.back()}
          />
        )}
      </ScreenFrame>
    );
  }
  const status = solution.outOfScope ? 'outside the rule' : solution.service ? `confidence ${solution.confidence.toFixed(2)}` : 'not settled';
  return (
    <ScreenFrame title="Which service?" status={status} keys={SOLVER_RESULT_KEYS}>
      {({ width, height }) => (
        <SolutionView
          key={run}
          solution={solution}
          width={width}
          height={height}
          onEdit={() => setSolution(undefined)}
          onNew={() => {
            setText('');
            setSolution(undefined);
          }}
          onBack={() => nav.back()}
        />
      )}
    </ScreenFrame>
  );
}

function ScenarioInput(props: { text: string; width: number; height: number; onText: (t: string) => void; onSubmit: (t: string) => void; onBack: () => void }) {
  const { text, width, height, onText, onSubmit, onBack } = props;
  useInput((input, key) => {
    const result = editScenario(text, input, key);
    if (result.kind === 'text') onText(result.text);
    else if (result.kind === 'submit') onSubmit(result.text);
    else if (result.kind === 'back') onBack();
  });
  const lines = useMemo(() => inputLines(text, width, height), [text, width, height]);
  return <ScrollView lines={lines} height={height} offset={0} />;
}

function SolutionView(props: { solution: Solution; width: number; height: number; onEdit: () => void; onNew: () => void; onBack: () => void }) {
  const { solution, width, height, onEdit, onNew, onBack } = props;
  const lines = useMemo(() => layoutBlocks(solutionBlocks(solution), width), [solution, width]);
  const scroll = useScrollOffset(lines.length, height);
  useKeys(SOLVER_RESULT_KEYS, (m) => {
    if (m.action === 'back') onBack();
    else if (m.action === 'edit') onEdit();
    else if (m.action === 'new') onNew();
    else scroll.apply(m.action);
  });
  return <ScrollView lines={lines} height={height} offset={scroll.offset} moreHint="↓/space" />;
}
