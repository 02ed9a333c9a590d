import { EXAM_QUESTIONS, minutesAtExamPace, QUICK_QUESTIONS } from '../core/exam/format.js';
import type { Question } from '../core/bank/types.js';
import type { Topic } from '../core/topics.js';
import type { ExamParams } from './exam-flow.js';
import { stepNumber, wholeNumber, type FormSpec } from './form.js';
import { rememberedTopics, topicCounts, topicsField } from './topic-field.js';

/** What the exam setup screen chooses. */
export interface ExamChoice {
  questions: number;
  /** The time limit; none: the exam's pace for the size. */
  minutes?: number;
  topics: Topic[];
  /** The clock keeps running while the exam is left or the trainer closed. */
  strict: boolean;
}

/** The screen's key in the remembered choices. */
export const EXAM_SETUP = 'exam';

const SIZE_RANGE = { min: 1, max: 300, step: 5 };
const MINUTES_RANGE = { min: 1, max: 600, step: 5 };

/** The real exam: 65 questions at its pace, every topic, the clock stopping while you are away. */
export const EXAM_DEFAULTS: ExamChoice = { questions: EXAM_QUESTIONS, topics: [], strict: false };

/** The time an exam of this choice gets. */
export const examMinutes = (choice: ExamChoice): number => choice.minutes ?? minutesAtExamPace(choice.questions);

const inRange = (n: unknown, range: { min: number; max: number }): n is number => typeof n === 'number' && Number.isInteger(n) && n >= range.min && n <= range.max;

/** The last choice, as remembered (anything that no longer makes sense falls back to the default). */
export function rememberedExam(raw: unknown, questions: readonly Question[]): ExamChoice {
  const saved = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    questions: inRange(saved.questions, SIZE_RANGE) ? saved.questions : EXAM_DEFAULTS.questions,
    ...(inRange(saved.minutes, MINUTES_RANGE) ? { minutes: saved.minutes } : {}),
    topics: rememberedTopics(saved.topics, topicCounts(questions)),
    strict: saved.strict === true,
  };
}

/** The choice as the exam's parameters, the same an `clf-trainer exam` command line gives. */
export function examParams(choice: ExamChoice): ExamParams {
  return {
    questions: choice.questions,
    ...(choice.minutes !== undefined ? { minutes: choice.minutes } : {}),
    ...(choice.topics.length ? { topics: choice.topics } : {}),
    ...(choice.strict ? { strict: true } : {}),
  };
}

/** The sizes the size list offers. */
const SIZES = [
  { questions: EXAM_QUESTIONS, label: 'Full exam' },
  { questions: QUICK_QUESTIONS, label: 'Quick' },
  { questions: 10, label: 'Short' },
] as const;

/** The exam setup's fields, for the loaded questions (suspended ones left out). */
export function examSetupSpec(questions: readonly Question[]): FormSpec<ExamChoice> {
  return {
    start: true,
    defaults: EXAM_DEFAULTS,
    fields: [
      {
        id: 'size',
        label: 'Questions',
        show: (v) => String(v.questions),
        detail: (v) => SIZES.find((s) => s.questions === v.questions)?.label.toLowerCase() ?? (v.questions > questions.length ? `only ${questions.length} to draw from` : undefined),
        step: (v, direction) => ({ ...v, questions: stepNumber(v.questions, direction, SIZE_RANGE) }),
        typed: (v, text) => {
          const n = wholeNumber(text, SIZE_RANGE, 'Questions');
          return typeof n === 'number' ? { ...v, questions: n } : n;
        },
        list: (v) => ({
          multi: false,
          options: SIZES.map((s) => ({ label: `${s.label}: ${s.questions} questions`, detail: `${minutesAtExamPace(s.questions)} min at the exam's pace` })),
          chosen: [Math.max(0, SIZES.findIndex((s) => s.questions === v.questions))],
          apply: (value, [i]) => ({ ...value, questions: SIZES[i ?? 0]?.questions ?? value.questions }),
        }),
      },
      {
        id: 'minutes',
        label: 'Minutes',
        show: (v) => String(examMinutes(v)),
        detail: (v) => (v.minutes === undefined ? "the exam's pace, about 83 s a question" : `pace would be ${minutesAtExamPace(v.questions)}`),
        step: (v, direction) => ({ ...v, minutes: stepNumber(examMinutes(v), direction, MINUTES_RANGE) }),
        typed: (v, text) => {
          const n = wholeNumber(text, MINUTES_RANGE, 'Minutes');
          return typeof n === 'number' ? { ...v, minutes: n } : n;
        },
      },
      topicsField<ExamChoice>(topicCounts(questions)),
      {
        id: 'strict',
        label: 'Strict',
        show: (v) => (v.strict ? 'On' : 'Off'),
        detail: (v) => (v.strict ? 'the clock keeps running while you are away, as at a test centre' : 'the clock stops while you are away'),
        toggle: (v) => ({ ...v, strict: !v.strict }),
        step: (v) => ({ ...v, strict: !v.strict }),
      },
    ],
  };
}
