// The baseline for figures 2 and 6: a bare Ink app that draws one line and waits for a key,
// bundled by scripts/bench.mjs exactly as the trainer is.
import { render, Text, useApp, useInput } from 'ink';
import { createElement } from 'react';

function Hello() {
  const app = useApp();
  useInput((input) => {
    if (input === 'q') app.exit();
  });
  return createElement(Text, null, 'hello');
}

render(createElement(Hello));
