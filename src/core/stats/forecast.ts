import type { Question } from '../bank/types.js';
import { State, type Card } from '../srs/scheduler.js';
import { addDays, dayKey, startOfDay } from '../days.js';

export interface ForecastDay {
  date: string;
  /** Questions due that day; today also counts everything overdue. */
  due: number;
}

/** Reviews due on each of the next `days` study days (today first), from each card's next due date. */
export function forecast(questions: readonly Question[], cards: ReadonlyMap<string, Card>, now: Date, dayStart: number, days = 14): ForecastDay[] {
  const today = startOfDay(now, dayStart);
  const ends = Array.from({ length: days }, (_, i) => addDays(today, i + 1).getTime());
  const counts = new Array<number>(days).fill(0);
  for (const q of questions) {
    const card = cards.get(q.id);
    if (!card || card.state === State.New) continue;
    const due = card.due.getTime();
    const index = ends.findIndex((end) => due < end);
    if (index !== -1) counts[index]!++;
  }
  return counts.map((due, i) => ({ date: dayKey(addDays(today, i), dayStart), due }));
}
