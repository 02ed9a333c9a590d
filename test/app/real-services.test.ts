import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realServices } from '../../src/app/real-services.js';
import { loadRunData } from '../../src/commands/run-data.js';
import { ROOT } from '../e2e/terminal.js';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-real-services-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

async function open(env: NodeJS.ProcessEnv = {}) {
  const data = await loadRunData({ env: { CLF_TRAINER_HOME: home }, cwd: ROOT, args: { flags: {}, positionals: [] } });
  return realServices(data, data.library.questions, { env, now: () => new Date(2026, 10, 25, 12) });
}

describe('the services of a real run', () => {
  it('save a setting to settings.json and give services that follow it: a new retention, a new scheduler', async () => {
    const services = await open();
    const { services: next } = services.saveSetting('retention', 0.85);
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'))).toMatchObject({ retention: 0.85 });
    expect(next.settings.retention).toBe(0.85);
    expect(next.scheduler.key).toContain('retention=0.85');
    expect(next.reviews).not.toBe(services.reviews);
    const same = next.saveSetting('newPerDay', 7).services;
    expect(same.scheduler).toBe(next.scheduler);
    expect(same.suspended).toBe(services.suspended);
  });

  it('turn colour off with the colours setting, and NO_COLOR turns it off whatever the setting', async () => {
    const services = await open();
    expect(services.color).toBe(true);
    expect(services.saveSetting('colors', 'off').services.color).toBe(false);
    expect((await open()).color).toBe(false);
    (await open()).saveSetting('colors', 'on');
    expect((await open({ NO_COLOR: '1' })).color).toBe(false);
  });

  it('remember the setup screens’ choices in choices.json, and keep a damaged file aside', async () => {
    const services = await open();
    services.remembered.set('exam', { questions: 20, strict: true });
    expect((await open()).remembered.get('exam')).toEqual({ questions: 20, strict: true });
    writeFileSync(join(home, 'choices.json'), '{"exam": ');
    expect((await open()).remembered.get('exam')).toBeUndefined();
    expect(readdirSync(home)).toContain('choices.json.damaged');
  });
});
