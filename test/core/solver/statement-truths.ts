import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import type { FactIndex } from '../../../src/core/solver/fact-index.js';
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
