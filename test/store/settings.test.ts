import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, SETTING_SPECS } from '../../src/core/srs/settings.js';
import { loadSettings, saveSetting } from '../../src/store/settings.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings', () => {
  it('defaults to 20 new a day, 0.9 retention, the exam level and days starting at 4 am when there is no file', () => {
    expect(loadSettings(dir)).toEqual({ settings: { newPerDay: 20, retention: 0.9, level: 'exam', dayStart: 4, colors: 'on' } });
  });

  it('saves and reads back a setting in settings.json in the data folder', () => {
    saveSetting(dir, 'retention', 0.92);
    saveSetting(dir, 'newPerDay', 5);
    saveSetting(dir, 'dayStart', 0);
    expect(loadSettings(dir).settings).toEqual({ newPerDay: 5, retention: 0.92, level: 'exam', dayStart: 0, colors: 'on' });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ newPerDay: 5, retention: 0.92, dayStart: 0, colors: 'on' });
  });

  it('never wipes a damaged file: keeps a copy beside it, says so, uses the defaults', () => {
    writeFileSync(join(dir, 'settings.json'), '{"newPerDay": 7,');
    const loaded = loadSettings(dir);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.warning).toMatch(/damaged.*default settings.*settings\.json\.damaged/);
    expect(readFileSync(join(dir, 'settings.json.damaged'), 'utf8')).toBe('{"newPerDay": 7,');
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe('{"newPerDay": 7,');
    // Reading again does not pile up copies.
    loadSettings(dir);
    expect(readdirSync(dir).filter((f) => f.includes('damaged'))).toHaveLength(1);
    // Saving replaces the damaged file with valid settings; the copy stays.
    const saved = saveSetting(dir, 'newPerDay', 9);
    expect(saved.settings).toEqual({ newPerDay: 9, retention: 0.9, level: 'exam', dayStart: 4, colors: 'on' });
    expect(loadSettings(dir)).toEqual({ settings: { newPerDay: 9, retention: 0.9, level: 'exam', dayStart: 4, colors: 'on' } });
    expect(readFileSync(join(dir, 'settings.json.damaged'), 'utf8')).toBe('{"newPerDay": 7,');
  });

  it('keeps the copy of a damaged file as a new file: a link where the copy goes is not followed', () => {
    const elsewhere = join(dir, 'elsewhere.txt');
    writeFileSync(join(dir, 'settings.json'), '{"newPerDay": 7,');
    symlinkSync(elsewhere, join(dir, 'settings.json.damaged'));
    const loaded = loadSettings(dir);
    expect(loaded.warning).toMatch(/settings\.json\.damaged-2/);
    expect(readFileSync(join(dir, 'settings.json.damaged-2'), 'utf8')).toBe('{"newPerDay": 7,');
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('replaces only the invalid values, and says which', () => {
    expect(normalizeSettings({ newPerDay: -3, retention: 0.85, dayStart: 24 })).toEqual({ settings: { newPerDay: 20, retention: 0.85, level: 'exam', dayStart: 4, colors: 'on' }, invalid: ['new-per-day', 'day-start'] });
    expect(normalizeSettings('nonsense')).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
  });

  it('keeps the colours setting: on or off, anything else refused', () => {
    const colors = SETTING_SPECS.find((s) => s.key === 'colors')!;
    expect(colors.parse('off')).toBe('off');
    expect(colors.parse('blue')).toEqual({ error: 'colors must be on or off, got "blue"' });
    expect(normalizeSettings({ colors: 'off' }).settings.colors).toBe('off');
    expect(normalizeSettings({ colors: false })).toMatchObject({ settings: { colors: 'on' }, invalid: ['colors'] });
  });

  it('validates values typed on the command line', () => {
    const [perDay, retention] = SETTING_SPECS;
    expect(perDay!.parse('30')).toBe(30);
    expect(perDay!.parse('2.5')).toHaveProperty('error');
    expect(retention!.parse('0.92')).toBe(0.92);
    expect(retention!.parse('1.5')).toHaveProperty('error');
    expect(retention!.parse('')).toHaveProperty('error');
  });
});
