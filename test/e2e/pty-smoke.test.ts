import { describe, expect, it } from 'vitest';
import { Terminal } from './terminal.js';

describe('pseudo-terminal harness', () => {
  it('runs the trainer in a real terminal and reports its exit code', async () => {
    const term = new Terminal(['--version']);
    await term.waitFor(/\d+\.\d+\.\d+/);
    expect(await term.exit()).toBe(0);
  });
});
