import { isStudyLevel, levelCounts, STUDY_LEVEL_INFO, STUDY_LEVELS, type StudyLevel } from '../core/bank/levels.js';
import type { Question } from '../core/bank/types.js';
import { historyCards } from '../core/srs/history.js';
import { queueCounts, type QueueCounts } from '../core/srs/queue.js';
import { newAllowance } from '../core/study/open.js';
import type { Settings } from '../core/srs/settings.js';
import { filterTopics, type Topic } from '../core/topics.js';
import { cycle, stepNumber, wholeNumber, type FormSpec } from './form.js';
import { activeQuestions } from './question-marks.js';
import type { AppServices } from './services.js';
import { sessionQuestions, type StudyParams } from './study.js';
import { rememberedTopics, topicCounts, topicsField } from './topic-field.js';

/** What the study setup screen chooses: the topics, the level, and how many new questions this run. */
export interface StudyChoice {
  topics: Topic[];
  level: StudyLevel;
  /** New questions this run may bring (as `study --new N`); none: what is left of today's limit. */
  newThisRun?: number;
}

/** The screen's key in the remembered choices. */
export const STUDY_SETUP = 'study';

const NEW_RANGE = { min: 0, max: 1000, step: 5 };

/** The study setup's defaults: every topic, the level setting, what is left of today's new questions. */
export function studyDefaults(settings: Settings): StudyChoice {
  return { topics: [], level: settings.level };
}

/**
 * The last choice, as remembered: its topics and level. The number of new questions is about one
 * run, so it starts from what is left of today's limit each time.
 */
export function rememberedStudy(raw: unknown, questions: readonly Question[], settings: Settings): StudyChoice {
  const saved = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return { ...studyDefaults(settings), topics: rememberedTopics(saved.topics, topicCounts(questions)), ...(isStudyLevel(saved.level) ? { level: saved.level } : {}) };
}

/** What is remembered of a choice. */
export const studyMemory = (choice: StudyChoice) => ({ topics: choice.topics, level: choice.level });

/** The choice as a study run's parameters, the same a `clf-trainer study` command line gives. */
export function studyParams(choice: StudyChoice, settings: Settings): StudyParams {
  return {
    ...(choice.topics.length ? { topics: choice.topics } : {}),
    ...(choice.level !== settings.level ? { level: choice.level } : {}),
    ...(choice.newThisRun !== undefined ? { extraNew: choice.newThisRun } : {}),
  };
}

const LEVEL_NAMES: Record<StudyLevel, string> = { foundational: 'Foundational only', exam: 'Foundational + exam', all: 'Every level' };

/**
 * The study setup's fields, for the loaded questions (suspended ones left out); `leftToday` is
 * how many new questions today's limit still allows.
 */
export function studySetupSpec(questions: readonly Question[], settings: Settings, leftToday: number): FormSpec<StudyChoice> {
  const present = topicCounts(questions);
  const counts = (topics: readonly Topic[]) => levelCounts(filterTopics(questions, topics));
  return {
    start: true,
    defaults: studyDefaults(settings),
    blocked: (v) => (counts(v.topics)[v.level] === 0 ? 'No questions at this level in these topics: choose another level, or more topics.' : undefined),
    fields: [
      topicsField<StudyChoice>(present, (v, topic) => counts([topic])[v.level]),
      {
        id: 'level',
        label: 'Level',
        show: (v) => LEVEL_NAMES[v.level],
        detail: (v) => `${counts(v.topics)[v.level]} questions${v.level === settings.level ? ' · your setting' : ''}`,
        step: (v, direction) => ({ ...v, level: cycle(STUDY_LEVELS, v.level, direction) }),
        list: (v) => ({
          multi: false,
          options: STUDY_LEVELS.map((level) => ({ label: LEVEL_NAMES[level], detail: `${counts(v.topics)[level]} · ${STUDY_LEVEL_INFO[level].description}` })),
          chosen: [STUDY_LEVELS.indexOf(v.level)],
          apply: (value, [i]) => ({ ...value, level: STUDY_LEVELS[i ?? 0] ?? value.level }),
        }),
      },
      {
        id: 'new',
        label: 'New questions',
        show: (v) => String(v.newThisRun ?? leftToday),
        detail: (v) => (v.newThisRun === undefined ? `what is left of today's ${settings.newPerDay}` : v.newThisRun === 0 ? 'none: reviews only' : 'this run, whatever is left of the daily limit'),
        step: (v, direction) => ({ ...v, newThisRun: stepNumber(v.newThisRun ?? leftToday, direction, NEW_RANGE) }),
        typed: (v, text) => {
          const n = wholeNumber(text, NEW_RANGE, 'New questions');
          return typeof n === 'number' ? { ...v, newThisRun: n } : n;
        },
      },
    ],
  };
}

/** How many new questions today's limit still allows (the New questions row's default). */
export function newLeftToday(services: AppServices): number {
  const now = services.clock.wall();
  return newAllowance(services.reviews.history(now), services.settings, now);
}

/** The questions a choice studies and what is waiting in them now, for the Start row. */
export function studyPreview(services: AppServices, choice: StudyChoice): { counts: QueueCounts; questions: number } {
  const now = services.clock.wall();
  const questions = sessionQuestions(activeQuestions(services.questions, services.suspended.get()), 'study', choice.level, choice.topics);
  const history = services.reviews.history(now);
  const input = { questions, cards: historyCards(history), now, scheduler: services.scheduler, dayStart: services.settings.dayStart };
  return { counts: queueCounts(input, newAllowance(history, services.settings, now, choice.newThisRun)), questions: questions.length };
}
