import { join } from 'node:path';
import { UsageError } from '../cli/errors.js';
import type { CommandRun } from '../cli/types.js';
import { closest } from '../cli/suggest.js';
import { printable, printableJson } from '../core/bank/sanitize.js';
import { isSettingError, SETTING_SPECS, type Settings } from '../core/srs/settings.js';
import { dataDir } from '../store/paths.js';
import { loadSettings, saveSetting, SETTINGS_FILE } from '../store/settings.js';

export const run: CommandRun = async (ctx) => {
  const dir = dataDir(ctx.env);
  const path = join(dir, SETTINGS_FILE);
  const [name, value, ...extra] = ctx.args.positionals;
  if (extra.length) throw new UsageError(`config takes a key and a value, got ${ctx.args.positionals.length} arguments`, 'config');
  const spec = name === undefined ? undefined : SETTING_SPECS.find((s) => s.name === name || s.key === name);
  if (name !== undefined && !spec) {
    const suggestion = closest(name, SETTING_SPECS.map((s) => s.name));
    throw new UsageError(`unknown setting "${name}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}; settings: ${SETTING_SPECS.map((s) => s.name).join(', ')}`, 'config');
  }
  let loaded = loadSettings(dir);
  if (spec && value !== undefined) {
    const parsed = spec.parse(value);
    if (isSettingError(parsed)) throw new UsageError(parsed.error, 'config');
    loaded = saveSetting(dir, spec.key, parsed);
  }
  if (loaded.warning) ctx.stderr.write(`clf-trainer: ${printable(loaded.warning, { oneLine: true })}\n`);
  const { settings } = loaded;
  if (ctx.args.flags.json === true) {
    ctx.stdout.write(`${printableJson(spec && value === undefined ? { [spec.name]: settings[spec.key] } : { ...byName(settings), file: path }, 2)}\n`);
    return 0;
  }
  if (spec && value !== undefined) ctx.stdout.write(`${spec.name} set to ${settings[spec.key]}\n`);
  else if (spec) ctx.stdout.write(`${settings[spec.key]}\n`);
  else {
    const width = Math.max(...SETTING_SPECS.map((s) => s.name.length));
    const valueWidth = Math.max(5, ...SETTING_SPECS.map((s) => String(settings[s.key]).length));
    for (const s of SETTING_SPECS) ctx.stdout.write(`${s.name.padEnd(width)}  ${String(settings[s.key]).padEnd(valueWidth)}  ${s.description}\n`);
    ctx.stdout.write(`\nStored in ${printable(path, { oneLine: true })}\nChange one with: clf-trainer config KEY VALUE\n`);
  }
  return 0;
};

function byName(settings: Settings): Record<string, Settings[keyof Settings]> {
  return Object.fromEntries(SETTING_SPECS.map((s) => [s.name, settings[s.key]]));
}
