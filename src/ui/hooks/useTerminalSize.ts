import { createContext, useContext, useEffect, useState } from 'react';
import { useStdout } from 'ink';

export interface TerminalSize {
  columns: number;
  rows: number;
}

/** Used when the output stream does not report a size (pipes, ink-testing-library). */
export const FALLBACK_SIZE: TerminalSize = { columns: 80, rows: 24 };

/** Smallest window the screens are designed for; below it a "make the window larger" view shows. */
export const MIN_SIZE: TerminalSize = { columns: 60, rows: 15 };

/** Lets tests (and previews) fix the size instead of reading the stream. */
export const TerminalSizeOverride = createContext<TerminalSize | undefined>(undefined);

export function readSize(stream: { columns?: number; rows?: number } | undefined): TerminalSize {
  const columns = stream?.columns && stream.columns > 0 ? stream.columns : FALLBACK_SIZE.columns;
  const rows = stream?.rows && stream.rows > 0 ? stream.rows : FALLBACK_SIZE.rows;
  return { columns, rows };
}

export function isTooSmall(size: TerminalSize): boolean {
  return size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows;
}

/** The terminal's size, following resizes (`fixed`, or the app's override, instead when given). */
export function useTerminalSize(fixed?: TerminalSize): TerminalSize {
  const override = useContext(TerminalSizeOverride) ?? fixed;
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => readSize(stdout));
  useEffect(() => {
    if (override) return;
    const update = () => setSize((old) => {
      const next = readSize(stdout);
      return next.columns === old.columns && next.rows === old.rows ? old : next;
    });
    update();
    stdout.on('resize', update);
    return () => {
      stdout.off('resize', update);
    };
  }, [stdout, override]);
  return override ?? size;
}
