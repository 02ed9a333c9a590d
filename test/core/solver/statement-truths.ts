import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import type { FactIndex } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { splitOptions } from '../../../src/core/solver/options.js';

type ApiType = 'apigw-rest' | 'apigw-http' | 'apigw-websocket';

/** Each option of a lettered question judged against `index`: its letter → true, false or unknown. */
export function truthsAgainst(index: FactIndex) {
  return (text: string, subject?: ApiType) => {
    const { scenario, options } = splitOptions(text);
    const judged = judgeStatements({ scenario, question: scenario, options, subject }, index);
    return Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
  };
}

/** Statements about nothing the tests ask of: they give a small fact index the spread of words a real one has. */
export const UNRELATED_FACTS = [
  tableLine('widget.colour', 'Widgets are painted blue.'),
  tableLine('widget.size', 'Widgets are 3 cm wide.'),
  tableLine('gadget.colour', 'Gadgets are painted green.'),
  tableLine('gizmo.size', 'Gizmos weigh 2 kg.'),
  tableLine('sprocket.teeth', 'Sprockets have 12 teeth.'),
];
