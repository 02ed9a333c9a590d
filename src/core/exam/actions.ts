import { isTopic } from '../topics.js';
import type { ExamAction, ExamItem } from './types.js';

/**
 * Checks an action read back from disk. A hand-edited or damaged line gives undefined (it is
 * skipped); the reducer also ignores out-of-range positions, so no saved file can break it.
 */
export function toExamAction(value: unknown): ExamAction | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const a = value as Record<string, unknown>;
  if (!isTime(a.at)) return undefined;
  if (a.mono !== undefined && (typeof a.mono !== 'number' || !Number.isFinite(a.mono))) return undefined;
  const action = actionOf(a, a.at);
  return action && typeof a.mono === 'number' ? { ...action, mono: a.mono } : action;
}

function actionOf(a: Record<string, unknown>, at: number): ExamAction | undefined {
  switch (a.type) {
    case 'start':
      return typeof a.id === 'string' && isDuration(a.durationMs) && Array.isArray(a.items) && a.items.length > 0 && a.items.every(isExamItem)
        ? { type: 'start', at, id: a.id, items: a.items as ExamItem[], durationMs: a.durationMs as number, ...(a.strict === true ? { strict: true as const } : {}) }
        : undefined;
    case 'answer':
      return Array.isArray(a.options) && a.options.every(isIndex) ? { type: 'answer', at, options: a.options as number[] } : undefined;
    case 'toggle':
      return isIndex(a.option) ? { type: 'toggle', at, option: a.option as number } : undefined;
    case 'goto':
      return isIndex(a.index) ? { type: 'goto', at, index: a.index as number } : undefined;
    case 'flag':
    case 'tick':
    case 'submit':
    case 'timeout':
    case 'resume':
    case 'abandon':
      return { type: a.type, at };
    default:
      return undefined;
  }
}

/** The last moment of year 9999, the last an ISO time in the files can name: a later time (or one before 1970) is no time the trainer wrote. */
const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIME;
const isIndex = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isDuration = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_TIME;

function isExamItem(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  if (typeof item.qid !== 'string' || typeof item.topic !== 'string' || !isTopic(item.topic)) return false;
  if (!Array.isArray(item.order) || !item.order.every(isIndex)) return false;
  // order must be a permutation of 0..n-1
  const order = item.order as number[];
  if (new Set(order).size !== order.length || order.some((i) => i >= order.length)) return false;
  return isIndex(item.pick) && (item.pick as number) >= 1 && (item.pick as number) < order.length;
}
