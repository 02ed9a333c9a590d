import { CHECKBOX_OPTION } from './checkbox.js';
import { ANSWER_LINE, LETTERED_OPTION } from './numbered.js';
import type { ImportFormat } from './types.js';

export interface Detection {
  format?: ImportFormat;
  checkboxLines: number;
  letteredLines: number;
  answerLines: number;
}

/** Picks the layout with more evidence: checkbox options against lettered options and answer keys. */
export function detectFormat(text: string): Detection {
  let checkboxLines = 0;
  let letteredLines = 0;
  let answerLines = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (CHECKBOX_OPTION.test(line)) checkboxLines++;
    else if (LETTERED_OPTION.test(line)) letteredLines++;
    else if (ANSWER_LINE.test(line)) answerLines++;
  }
  const numbered = letteredLines + answerLines;
  const format = checkboxLines === 0 && numbered === 0 ? undefined : checkboxLines >= numbered ? 'checkbox' : 'numbered';
  return { ...(format ? { format } : {}), checkboxLines, letteredLines, answerLines };
}
