import { render } from 'ink-testing-library';
import { act } from 'react';
import { examBook } from '../../src/app/exams.js';
import { memorySuspended } from '../../src/app/question-marks.js';
import { memoryRemembered, type AppServices, type Clock } from '../../src/app/services.js';
import type { Fact, Question } from '../../src/core/bank/types.js';
import type { LogRecord } from '../../src/core/progress/records.js';
import { makeScheduler, type Scheduler } from '../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/srs/settings.js';
import { memoryExamFolder } from '../../src/store/exams.js';
import { reviewLogInMemory } from '../../src/store/review-log.js';
import { App, type TerminalControl } from '../../src/ui/App.js';
import type { TerminalSize } from '../../src/ui/hooks/useTerminalSize.js';
import type { Route } from '../../src/ui/routes.js';
import { at, FACTS } from './study-questions.js';

export const KEY = { enter: '\r', escape: '\u001b', up: '\u001b[A', down: '\u001b[B', space: ' ', pageDown: '\u001b[6~' } as const;

/**
 * The app's services on memory: a review log, an exams folder and a clock fixed at `now` (or a
 * given clock). No file is read or written.
 */
export function testServices(
  questions: readonly Question[],
  options: { log?: LogRecord[]; facts?: Fact[]; now?: Date; clock?: Clock; settings?: Partial<Settings>; suspended?: string[]; remembered?: Record<string, unknown> } = {},
) {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const scheduler = makeScheduler({ retention: settings.retention });
  const log = reviewLogInMemory(scheduler, options.log ?? []);
  const folder = memoryExamFolder();
  const reports: { qid: string; comment: string }[] = [];
  /** Every setting saved, in order, as the settings file would receive it. */
  const saved: Partial<Settings>[] = [];
  const remembered = memoryRemembered(options.remembered);
  let seed = 0.37;
  const common = {
    clock: options.clock ?? { wall: () => options.now ?? at(), monotonic: () => performance.now() },
    random: () => (seed = (seed * 9301 + 0.49297) % 1),
    questions,
    facts: options.facts ?? FACTS,
    suspended: memorySuspended(options.suspended ?? []),
    reports: { add: (question: Question, comment: string) => void reports.push({ qid: question.id, comment }), where: 'reports.jsonl' },
    remembered,
    hyperlinks: false,
  };
  const build = (current: Settings, sched: Scheduler): AppServices => ({
    ...common,
    settings: current,
    scheduler: sched,
    reviews: log,
    exams: examBook(folder, log),
    color: false,
    saveSetting(key, value) {
      saved.push({ [key]: value });
      const next = { ...current, [key]: value };
      return { services: build(next, next.retention === current.retention ? sched : makeScheduler({ retention: next.retention })) };
    },
  });
  const services = build(settings, scheduler);
  return { services, log, folder, reports, saved, remembered: remembered.saved };
}

/**
 * Renders the app with act(), and presses keys one act() each: a key written before React has
 * drawn the previous one's result would meet the screen as it was. `resize` changes the window
 * the app sees, as the terminal's resize event does.
 */
export async function renderApp(services: AppServices, initial: Route, size: TerminalSize = { columns: 100, rows: 40 }, terminal?: TerminalControl) {
  const exits: { code: number; farewell: string | undefined }[] = [];
  let r!: ReturnType<typeof render>;
  const app = (at: TerminalSize) => <App services={services} initial={initial} size={at} {...(terminal ? { terminal } : {})} onExit={(code, farewell) => exits.push({ code, farewell })} />;
  await act(async () => {
    r = render(app(size));
  });
  const frame = () => r.lastFrame() ?? '';
  return {
    r,
    exits,
    frame,
    async press(...keys: string[]) {
      for (const key of keys) {
        await act(async () => {
          r.stdin.write(key);
        });
      }
    },
    /** Polls inside act(), so lazily loaded screens mount and subscribe to keys before the next press. */
    async waitFor(text: string | RegExp, timeoutMs = 15_000) {
      const found = () => (typeof text === 'string' ? frame().includes(text) : text.test(frame()));
      const start = Date.now();
      while (!found()) {
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${String(text)}:\n${frame()}`);
        await act(async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
        });
      }
    },
    async resize(to: TerminalSize) {
      await act(async () => {
        r.rerender(app(to));
      });
    },
    async unmount() {
      await act(async () => {
        r.unmount();
      });
    },
  };
}

/** The letter (a–f) the frame shows for the option whose text contains `text`. */
export function letterOf(frame: string, text: string): string {
  const line = frame.split('\n').find((l) => l.includes(text));
  const match = line ? /([A-H])\. /.exec(line) : null;
  if (!match) throw new Error(`no option "${text}" in\n${frame}`);
  return match[1]!.toLowerCase();
}
