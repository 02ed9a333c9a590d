import { render } from 'ink-testing-library';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { Menu, type MenuRow } from '../../src/ui/components/Menu.js';

const rows = (n: number): MenuRow[] => Array.from({ length: n }, (_, i) => ({ label: `Entry ${i}` }));
const marked = (frame: string | undefined) => (frame ?? '').split('\n').filter((line) => line.includes('›'));

describe('Menu', () => {
  it('marks the cursor entry when its rows change under it, so enter acts on the entry shown', async () => {
    const view = render(<Menu rows={rows(3)} cursor={1} width={40} height={10} />);
    expect(marked(view.lastFrame())).toEqual([expect.stringContaining('Entry 1')]);
    await act(async () => view.rerender(<Menu rows={rows(4)} cursor={1} width={40} height={10} />));
    expect(marked(view.lastFrame())).toEqual([expect.stringContaining('Entry 1')]);
    await act(async () => view.rerender(<Menu rows={rows(4)} cursor={1} width={40} height={3} />));
    expect(marked(view.lastFrame())).toEqual([expect.stringContaining('Entry 1')]);
    view.unmount();
  });
});
