import { describe, expect, it } from 'vitest';
import { EXAM_DEFAULTS, examParams, examSetupSpec, rememberedExam } from '../../src/app/exam-setup.js';
import { formStart, formStep, type FormAction, type FormSpec, type FormState } from '../../src/app/form.js';
import { openSettingsEditor } from '../../src/app/settings-form.js';
import { rememberedStudy, studyDefaults, studyMemory, studyParams, studyPreview, studySetupSpec } from '../../src/app/study-setup.js';
import type { Question } from '../../src/core/bank/types.js';
import { DEFAULT_SETTINGS } from '../../src/core/srs/settings.js';
import { single } from '../helpers/study-questions.js';
import { testServices } from '../helpers/ui.js';

const level = (q: Question, difficulty: Question['difficulty']): Question => ({ ...q, difficulty });
const QUESTIONS: Question[] = [single('c1', 'caching'), level(single('c2', 'caching'), 'beyond-exam'), single('p1', 'pricing'), level(single('p2', 'pricing'), 'foundational')];

const run = <V>(spec: FormSpec<V>, start: V, ...actions: FormAction[]): FormState<V> => actions.reduce((s, a) => formStep(spec, s, a), formStart(spec, start));
const down = (n: number): FormAction[] => Array.from({ length: n }, () => ({ type: 'down' }));

describe('the study setup', () => {
  const spec = studySetupSpec(QUESTIONS, DEFAULT_SETTINGS, 20);

  it('starts from every topic at the level setting and the daily limit: the same run as Study on the home screen', () => {
    const state = run(spec, studyDefaults(DEFAULT_SETTINGS), { type: 'select' });
    expect(state.done).toBe('start');
    expect(studyParams(state.value, DEFAULT_SETTINGS)).toEqual({});
  });

  it('chooses topics, a level and the new questions of this run, as study --topic, --level and --new do', () => {
    const state = run(spec, studyDefaults(DEFAULT_SETTINGS), ...down(1), { type: 'select' }, { type: 'toggle' }, { type: 'select' }, { type: 'down' }, { type: 'change', direction: 1 }, { type: 'down' }, { type: 'type', text: '5' }, { type: 'first' }, { type: 'select' });
    expect(state.done).toBe('start');
    expect(studyParams(state.value, DEFAULT_SETTINGS)).toEqual({ topics: ['caching'], level: 'all', extraNew: 5 });
  });

  it('counts the questions of each topic and level as the choice stands', () => {
    const topics = spec.fields.find((f) => f.id === 'topics')!.list!(studyDefaults(DEFAULT_SETTINGS));
    expect(topics.options.map((o) => `${o.label}: ${o.detail}`)).toEqual(['Caching: 1 questions', 'Pricing: 2 questions']);
    const levelRow = spec.fields.find((f) => f.id === 'level')!;
    expect(levelRow.detail!({ ...studyDefaults(DEFAULT_SETTINGS), topics: ['caching'], level: 'all' })).toBe('2 questions');
  });

  it('will not start with no question at the level in the topics chosen', () => {
    const state = run(spec, { topics: ['caching'], level: 'foundational' }, { type: 'select' });
    expect(state.done).toBeUndefined();
    expect(state.message).toMatch(/No questions at this level/);
  });

  it('remembers topics and level, not the count of new questions (it is about one run), and reads back only what still makes sense', () => {
    const choice = { topics: ['pricing' as const], level: 'all' as const, newThisRun: 3 };
    expect(studyMemory(choice)).toEqual({ topics: ['pricing'], level: 'all' });
    expect(rememberedStudy(studyMemory(choice), QUESTIONS, DEFAULT_SETTINGS)).toEqual({ topics: ['pricing'], level: 'all' });
    expect(rememberedStudy({ topics: ['websocket', 'nonsense', 3], level: 'expert' }, QUESTIONS, DEFAULT_SETTINGS)).toEqual(studyDefaults(DEFAULT_SETTINGS));
    expect(rememberedStudy('damaged', QUESTIONS, DEFAULT_SETTINGS)).toEqual(studyDefaults(DEFAULT_SETTINGS));
  });

  it('starts the new questions at what is left of today and steps from there; 0 means reviews only', () => {
    const start = studyDefaults(DEFAULT_SETTINGS);
    const row = spec.fields.find((f) => f.id === 'new')!;
    expect([row.show(start), row.detail!(start)]).toEqual(['20', "what is left of today's 20"]);
    const fewer = run(spec, start, { type: 'last' }, { type: 'change', direction: -1 });
    expect(fewer.value.newThisRun).toBe(15);
    const none = run(spec, start, { type: 'last' }, { type: 'type', text: '0' }, { type: 'select' });
    expect([none.value.newThisRun, row.detail!(none.value)]).toEqual([0, 'none: reviews only']);
    expect(studyParams(none.value, DEFAULT_SETTINGS)).toEqual({ extraNew: 0 });
  });

  it('previews what the choice has waiting now, as the home screen counts it', () => {
    const { services } = testServices(QUESTIONS, { suspended: ['p1'] });
    expect(studyPreview(services, studyDefaults(DEFAULT_SETTINGS))).toEqual({ counts: { new: 2, learning: 0, review: 0 }, questions: 2 });
    expect(studyPreview(services, { topics: ['pricing'], level: 'all', newThisRun: 0 })).toEqual({ counts: { new: 0, learning: 0, review: 0 }, questions: 1 });
  });
});

describe('the exam setup', () => {
  const spec = examSetupSpec(QUESTIONS);

  it('starts as the real exam, the same as Mock exam on the home screen', () => {
    const state = run(spec, EXAM_DEFAULTS, { type: 'select' });
    expect(examParams(state.value)).toEqual({ questions: 65 });
  });

  it('chooses size, minutes, topics and strict mode, as exam --questions, --minutes, --topic and --strict do', () => {
    const state = run(
      spec,
      EXAM_DEFAULTS,
      ...down(1),
      { type: 'select' },
      { type: 'down' },
      { type: 'select' },
      { type: 'down' },
      { type: 'change', direction: 1 },
      { type: 'down' },
      { type: 'select' },
      { type: 'down' },
      { type: 'toggle' },
      { type: 'select' },
      { type: 'down' },
      { type: 'toggle' },
      { type: 'first' },
      { type: 'select' },
    );
    expect(state.done).toBe('start');
    expect(examParams(state.value)).toEqual({ questions: 20, minutes: 30, topics: ['pricing'], strict: true });
  });

  it('keeps the exam pace until a time is chosen', () => {
    const state = run(spec, EXAM_DEFAULTS, ...down(1), { type: 'type', text: '1' }, { type: 'type', text: '0' }, { type: 'select' });
    expect(examParams(state.value)).toEqual({ questions: 10 });
    expect(spec.fields[1]!.show(state.value)).toBe('14');
  });

  it('reads back a remembered choice, dropping what no longer makes sense', () => {
    expect(rememberedExam({ questions: 20, minutes: 30, topics: ['pricing', 'websocket'], strict: true }, QUESTIONS)).toEqual({ questions: 20, minutes: 30, topics: ['pricing'], strict: true });
    expect(rememberedExam({ questions: -4, minutes: 'soon', strict: 'yes' }, QUESTIONS)).toEqual(EXAM_DEFAULTS);
  });
});

describe('the settings screen', () => {
  it('saves each change at once through the settings store and hands on the services the new settings give', () => {
    const env = testServices(QUESTIONS);
    const replaced: (typeof env.services)[] = [];
    const editor = openSettingsEditor(env.services, (next) => replaced.push(next));
    editor.dispatch({ type: 'change', direction: 1 });
    expect(env.saved).toEqual([{ newPerDay: 25 }]);
    expect(editor.get().message).toBe('Saved: new questions per day 25.');
    editor.dispatch({ type: 'down' });
    editor.dispatch({ type: 'type', text: '0' });
    editor.dispatch({ type: 'type', text: '.' });
    editor.dispatch({ type: 'type', text: '8' });
    expect(env.saved).toHaveLength(1);
    editor.dispatch({ type: 'select' });
    expect(env.saved.at(-1)).toEqual({ retention: 0.8 });
    const last = replaced.at(-1)!;
    expect(last.settings).toMatchObject({ newPerDay: 25, retention: 0.8 });
    expect(last.scheduler).not.toBe(env.services.scheduler);
  });

  it('checks a typed value as clf-trainer config does, and saves nothing it refuses', () => {
    const env = testServices(QUESTIONS);
    const editor = openSettingsEditor(env.services, () => undefined);
    editor.dispatch({ type: 'down' });
    editor.dispatch({ type: 'type', text: '5' });
    editor.dispatch({ type: 'select' });
    expect(editor.get().message).toBe('retention must be a number from 0.70 to 0.99, got "5"');
    expect(env.saved).toEqual([]);
  });

  it('chooses a level or colours from their list, and steps the hour the study day starts', () => {
    const env = testServices(QUESTIONS);
    const editor = openSettingsEditor(env.services, () => undefined);
    for (const action of [{ type: 'last' }, { type: 'select' }, { type: 'down' }, { type: 'select' }] as const) editor.dispatch(action);
    expect(env.saved).toEqual([{ colors: 'off' }]);
    editor.dispatch({ type: 'up' });
    editor.dispatch({ type: 'change', direction: 1 });
    expect(env.saved.at(-1)).toEqual({ dayStart: 5 });
    editor.dispatch({ type: 'up' });
    editor.dispatch({ type: 'change', direction: 1 });
    expect(env.saved.at(-1)).toEqual({ level: 'all' });
  });

  it('shows the setting as it was, with the reason, when it cannot be saved', () => {
    const env = testServices(QUESTIONS);
    const failing = { ...env.services, saveSetting: () => { throw new Error('the settings are locked by another trainer'); } };
    const editor = openSettingsEditor(failing, () => undefined);
    editor.dispatch({ type: 'change', direction: 1 });
    expect(editor.get().value.newPerDay).toBe(20);
    expect(editor.get().message).toBe('Could not save the setting: the settings are locked by another trainer');
  });
});
