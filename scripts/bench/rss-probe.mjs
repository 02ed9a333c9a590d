// Preloaded with `node --import` by the bench: when the process ends, writes its peak resident
// memory (VmHWM, in kB) to the file named by BENCH_RSS_FILE.
import { appendFileSync, readFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  const write = () => {
    try {
      const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
      if (peak) appendFileSync(file, `${peak[1]}\n`);
    } catch {
      // not Linux: no figure
    }
  };
  process.on('exit', write);
}
