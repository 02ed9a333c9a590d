import { describe, expect, it } from 'vitest';
import { atLevel, DIFFICULTY_LABELS, isStudyLevel, levelCounts, questionsAtLevel, STUDY_LEVEL_INFO, STUDY_LEVELS } from '../../../src/core/bank/levels.js';
import { DEFAULT_SETTINGS, isSettingError, normalizeSettings, SETTING_SPECS } from '../../../src/core/srs/settings.js';
import { makeQuestion } from '../exam/fixtures.js';

const pool = [
  makeQuestion({ id: 'f1', difficulty: 'foundational' }),
  makeQuestion({ id: 'e1', difficulty: 'exam' }),
  makeQuestion({ id: 'b1', difficulty: 'beyond-exam' }),
  makeQuestion({ id: 'e2', difficulty: 'exam' }),
];
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);

describe('study levels', () => {
  it('exam (the default) is foundational + exam; foundational is only those; all adds beyond-exam', () => {
    expect(DEFAULT_SETTINGS.level).toBe('exam');
    expect(ids(questionsAtLevel(pool, 'exam'))).toEqual(['f1', 'e1', 'e2']);
    expect(ids(questionsAtLevel(pool, 'foundational'))).toEqual(['f1']);
    expect(ids(questionsAtLevel(pool, 'all'))).toEqual(['f1', 'e1', 'b1', 'e2']);
    expect(atLevel('beyond-exam', 'exam')).toBe(false);
    expect(atLevel('foundational', 'all')).toBe(true);
  });

  it('counts what each level gives, for a choice that shows its size', () => {
    expect(levelCounts(pool)).toEqual({ foundational: 1, exam: 3, all: 4 });
    expect(levelCounts([])).toEqual({ foundational: 0, exam: 0, all: 0 });
  });

  it('names every level and every question level', () => {
    for (const level of STUDY_LEVELS) expect(STUDY_LEVEL_INFO[level].description).not.toBe('');
    expect(DIFFICULTY_LABELS).toEqual({ foundational: 'Foundational', exam: 'Exam level', 'beyond-exam': 'Beyond the exam' });
    expect(isStudyLevel('all')).toBe(true);
    expect(isStudyLevel('beyond-exam')).toBe(false);
    expect(isStudyLevel(3)).toBe(false);
  });

  it('is a setting: parsed from the command line, offered as a choice, kept or replaced from the file', () => {
    const spec = SETTING_SPECS.find((s) => s.name === 'level')!;
    expect(spec.parse('all')).toBe('all');
    expect(spec.parse(' foundational ')).toBe('foundational');
    const bad = spec.parse('beyond');
    expect(isSettingError(bad) && bad.error).toBe('level must be one of foundational, exam, all, got "beyond"');
    expect(spec.choices?.map((c) => c.value)).toEqual(['foundational', 'exam', 'all']);
    expect(normalizeSettings({ level: 'all' })).toEqual({ settings: { ...DEFAULT_SETTINGS, level: 'all' }, invalid: [] });
    expect(normalizeSettings({ level: 'hard', newPerDay: '30' })).toEqual({ settings: DEFAULT_SETTINGS, invalid: ['new-per-day', 'level'] });
  });
});
