/**
 * The no-terminal check, kept free of Ink so a piped run answers without loading the UI.
 * Returns true when both stdin and stdout are terminals that can draw a screen; otherwise
 * prints one line saying what to run instead, and the command exits 2.
 */
export function requireTerminal(
  io: { stdin: { isTTY?: boolean }; stdout: { isTTY?: boolean }; stderr: { write(text: string): unknown }; env?: NodeJS.ProcessEnv },
  what: string,
  instead: string,
): boolean {
  if (!io.stdin.isTTY || !io.stdout.isTTY) {
    io.stderr.write(`clf-trainer: ${what} needs an interactive terminal; ${instead}\n`);
    return false;
  }
  // A "dumb" terminal (an editor's shell buffer) cannot move the cursor: the screens would be garbled.
  if (io.env?.TERM === 'dumb') {
    io.stderr.write(`clf-trainer: ${what} needs a terminal that can move the cursor (TERM is "dumb"); ${instead}\n`);
    return false;
  }
  return true;
}
