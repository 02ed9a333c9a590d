import { SessionScreen } from './Study.js';

/** The missed questions, until each is answered right (a right answer also counts for FSRS). */
export function ReviewScreen() {
  return <SessionScreen mode="review" params={{}} />;
}
