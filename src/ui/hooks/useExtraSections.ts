import { useEffect, useMemo, useState } from 'react';
import type { Question } from '../../core/bank/types.js';
import { extraSections, loadedExtraSections, loadExtraSections } from '../components/explanation-extras.js';
import type { Section } from '../layout/explanation.js';

/** The extra sections of a question's explanation; drawn again once their code has loaded. */
export function useExtraSections(question: Question): Section[] {
  const [extras, setExtras] = useState(loadedExtraSections);
  useEffect(() => {
    if (extras) return undefined;
    let mounted = true;
    void loadExtraSections().then((loaded) => mounted && setExtras(loaded));
    return () => {
      mounted = false;
    };
  }, [extras]);
  return useMemo(() => extraSections(extras ?? [], question), [extras, question]);
}

/**
 * For a screen that will soon explain an answer: loads the extra sections' code once the screen
 * is drawn, so that the first frame does not wait for it and the explanation does not either.
 */
export function usePreloadedExtraSections(): void {
  useEffect(() => {
    const timer = setTimeout(() => void loadExtraSections(), 0);
    return () => clearTimeout(timer);
  }, []);
}
