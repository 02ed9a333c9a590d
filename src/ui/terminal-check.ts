/**
 * The no-terminal check, kept free of Ink so a piped run answers without loading the UI.
 * Returns true when both stdin and stdout are terminals; otherwise prints one line saying what
 * to run instead, and the command exits 2.
 */
export function requireTerminal(io: { stdin: { isTTY?: boolean }; stdout: { isTTY?: boolean }; stderr: { write(text: string): unknown } }, what: string, instead: string): boolean {
  if (io.stdin.isTTY && io.stdout.isTTY) return true;
  io.stderr.write(`clf-trainer: ${what} needs an interactive terminal; ${instead}\n`);
  return false;
}
