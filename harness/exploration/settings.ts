/**
 * How `npm run explore` (runner/explore.ts) tells the exploration spec what to do: through the environment, since
 * Playwright runs the spec in a worker. The spec's folder is left out of every other run (playwright.config.ts).
 */
export const EXPLORATION_SPECS = 'specs/exploration';

/** Set to 1 by runner/explore.ts: only then does the configuration take the exploration spec. */
export const EXPLORE_VARIABLE = 'EXPLORE';

export interface ExploreSettings {
  /** How many sequences at most. */
  runs: number;
  /** Stop generating after this long (the sequences run by then count); none by default. */
  timeMs?: number;
  seed: number;
  /** fast-check's path of a counterexample, to replay it alone. */
  path?: string;
  /** fast-check's replay path of the commands of that counterexample (`fc.commands`' `replayPath`): with `path`, it replays the shrunk sequence. */
  replayPath?: string;
}

/**
 * The key of a Playwright project's `metadata` that holds {@link exploreEnvironment}'s variables for that project alone:
 * a batched run explores many sandboxes side by side (tests/suite/run-explorations.ts), each with settings of its own,
 * where the environment is one for the whole run.
 */
export const EXPLORE_METADATA = 'exploreEnvironment';

/** The settings as the runner passes them. */
export function exploreSettings(env: NodeJS.ProcessEnv = process.env): ExploreSettings {
  return {
    runs: Number(env.EXPLORE_RUNS ?? 200),
    timeMs: env.EXPLORE_TIME_MS ? Number(env.EXPLORE_TIME_MS) : undefined,
    seed: Number(env.EXPLORE_SEED ?? 1),
    path: env.EXPLORE_PATH || undefined,
    replayPath: env.EXPLORE_REPLAY_PATH || undefined,
  };
}

/** The variables that pass the settings. */
export function exploreEnvironment(settings: ExploreSettings): Record<string, string> {
  return {
    [EXPLORE_VARIABLE]: '1',
    EXPLORE_RUNS: String(settings.runs),
    EXPLORE_SEED: String(settings.seed),
    ...(settings.timeMs === undefined ? {} : { EXPLORE_TIME_MS: String(settings.timeMs) }),
    ...(settings.path === undefined ? {} : { EXPLORE_PATH: settings.path }),
    ...(settings.replayPath === undefined ? {} : { EXPLORE_REPLAY_PATH: settings.replayPath }),
  };
}
