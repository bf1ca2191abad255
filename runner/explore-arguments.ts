/**
 * The options of an exploration: `npm run explore -- --runs N --time 60s --seed S [--path P --commands C]`, and the same
 * options inside a conformance run, `npm run conformance -- --explore [--explore-runs N] [--explore-time 60s]
 * [--explore-seed S]`. A bad value is one line naming the option.
 */
import type { ExploreSettings } from '../harness/exploration/settings';

/** The settings from the command line; a bad value is one line naming the option. */
export function parseExploreArguments(args: readonly string[]): ExploreSettings | string {
  const settings: ExploreSettings = { runs: 200, seed: 1 };
  for (let i = 0; i < args.length; i += 2) {
    const [option, value] = [args[i], args[i + 1]];
    if (value === undefined) return `${option} needs a value`;
    if (option === '--runs' || option === '--seed') {
      if (!/^[0-9]+$/.test(value) || (option === '--runs' && Number(value) === 0)) return `${option} ${value}: not a ${option === '--runs' ? 'positive ' : ''}whole number`;
      settings[option === '--runs' ? 'runs' : 'seed'] = Number(value);
    } else if (option === '--time') {
      const match = /^([0-9]+)(ms|s|m)?$/.exec(value);
      if (!match || Number(match[1]) === 0) return `--time ${value}: not a duration such as 60s, 2m or 500ms`;
      settings.timeMs = Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm'];
    } else if (option === '--path') {
      if (!/^[0-9]+(:[0-9]+)*$/.test(value)) return `--path ${value}: not a path such as 36:4:3, as a finding's replay line gives it`;
      settings.path = value;
    } else if (option === '--commands') {
      if (!/^[A-Za-z0-9+/=:_-]+$/.test(value)) return `--commands ${value}: not a replay path, as a finding's replay line gives it`;
      settings.replayPath = value;
    } else return `unknown option ${option} (use --runs, --time, --seed, --path or --commands)`;
  }
  // With a time budget and no count, the time decides.
  if (settings.timeMs !== undefined && !args.includes('--runs')) settings.runs = Number.MAX_SAFE_INTEGER;
  return settings;
}

/** The option that adds the exploration to a conformance run, and the prefix of its own options there. */
export const EXPLORE_OPTION = '--explore';

/**
 * Takes `--explore` and its `--explore-*` options out of a conformance run's arguments: the settings (undefined
 * without `--explore`, or the one-line refusal of a bad value) and the arguments left for Playwright.
 */
export function conformanceExploration(args: readonly string[]): { settings?: ExploreSettings | string; rest: string[] } {
  const own: string[] = [];
  const rest: string[] = [];
  let asked = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === EXPLORE_OPTION) asked = true;
    else if (args[i].startsWith(`${EXPLORE_OPTION}-`)) own.push(`--${args[i].slice(EXPLORE_OPTION.length + 1)}`, args[++i]);
    else rest.push(args[i]);
  }
  if (!asked) return own.length > 0 ? { settings: `${EXPLORE_OPTION}-* options need ${EXPLORE_OPTION}`, rest } : { rest };
  // A shard's reports are built only when the shards are merged, and the exploration is one test of one shard.
  if (rest.some((arg) => arg.startsWith('--shard'))) return { settings: `${EXPLORE_OPTION} needs a whole run, not a shard: run npm run explore beside the shards`, rest };
  const settings = parseExploreArguments(own.filter((arg) => arg !== undefined));
  return { settings: typeof settings === 'string' ? settings.replace(/^--/, `${EXPLORE_OPTION}-`) : settings, rest };
}
