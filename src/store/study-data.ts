import { join } from 'node:path';
import { loadLibrary, type Library } from './bank-files.js';
import { cacheDir } from './paths.js';
import { loadSettings, type LoadedSettings } from './settings.js';

export interface StudyData extends LoadedSettings {
  dir: string;
  library: Library;
}

/**
 * What every study, review, exam and stats run reads first: the questions (built-in banks, the
 * user's bank folder in `dir`, and `paths`) and the settings.
 */
export async function loadStudyData({ dir, paths, cwd }: { dir: string; paths: readonly string[]; cwd: string }): Promise<StudyData> {
  const library = await loadLibrary({ paths, userDir: join(dir, 'banks'), cwd, cacheDir: cacheDir(dir) });
  return { dir, library, ...loadSettings(dir) };
}
