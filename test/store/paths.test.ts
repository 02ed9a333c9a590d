import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/store/paths.js';

describe('the data folder', () => {
  it('is CLF_TRAINER_HOME when set', () => {
    expect(dataDir({ CLF_TRAINER_HOME: 'here', HOME: '/home/a' }, 'linux')).toBe(resolve('here'));
  });

  it('is the per-user config folder under HOME, by platform', () => {
    expect(dataDir({ HOME: '/home/a' }, 'linux')).toBe(join('/home/a', '.config', 'clf-trainer-nodejs'));
    expect(dataDir({ HOME: '/home/a', XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe(join('/cfg', 'clf-trainer-nodejs'));
    expect(dataDir({ HOME: '/Users/a' }, 'darwin')).toBe(join('/Users/a', 'Library', 'Preferences', 'clf-trainer-nodejs'));
    expect(dataDir({ HOME: 'C:\\Users\\a', APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\a\\AppData\\Roaming', 'clf-trainer-nodejs', 'Config'));
  });

  it('asks the system for the home folder when HOME is not set', () => {
    expect(dataDir({}, 'linux')).toBe(join(homedir(), '.config', 'clf-trainer-nodejs'));
    expect(dataDir({}, 'win32')).toBe(join(homedir(), 'AppData', 'Roaming', 'clf-trainer-nodejs', 'Config'));
  });
});
