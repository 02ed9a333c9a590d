import { render } from 'ink-testing-library';
import { act } from 'react';
import type { Fact, Question } from '../../src/core/bank/types.js';
import type { LogRecord } from '../../src/core/progress/records.js';
import { DEFAULT_SETTINGS } from '../../src/core/srs/settings.js';
import { App } from '../../src/ui/App.js';
import type { AppServices, Route } from '../../src/ui/context.js';
import type { TerminalSize } from '../../src/ui/hooks/useTerminalSize.js';
import { memoryLog } from '../../src/ui/services.js';
import { at, FACTS } from './study-questions.js';

export const KEY = { enter: '\r', escape: '\u001b', up: '\u001b[A', down: '\u001b[B', space: ' ', pageDown: '\u001b[6~' } as const;

export function testServices(questions: readonly Question[], options: { log?: LogRecord[]; facts?: Fact[]; now?: Date } = {}) {
  const log = memoryLog(options.log ?? []);
  let seed = 0.37;
  const services: AppServices = {
    now: () => options.now ?? at(),
    random: () => (seed = (seed * 9301 + 0.49297) % 1),
    questions,
    facts: options.facts ?? FACTS,
    settings: DEFAULT_SETTINGS,
    log,
    dataDir: '/nonexistent',
    env: {},
    color: false,
  };
  return { services, log };
}

/** Renders the app with act(), and presses keys one act() each (see design notes). */
export async function renderApp(services: AppServices, initial: Route, size: TerminalSize = { columns: 100, rows: 40 }) {
  const exits: { code: number; farewell: string | undefined }[] = [];
  let r!: ReturnType<typeof render>;
  await act(async () => {
    r = render(<App services={services} initial={initial} size={size} onExit={(code, farewell) => exits.push({ code, farewell })} />);
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
