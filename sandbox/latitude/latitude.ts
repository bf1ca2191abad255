/**
 * Latitude mode (`LATITUDE_SEED=<n>[,<n>…]`): the reference sandbox answers every JSON answer another way the documented
 * schema of its operation and status allows (rewrites.ts), chosen by a hash of the seed and the field, so that a run
 * with one seed replays (with several, which token gets which seed follows the order tokens arrive in). It proves the
 * suite tolerates what the docs allow: run against it with no side of any interpretation point picked, the suite must
 * still certify (tests/suite/latitude.test.ts). The sandbox also takes the other side of every interpretation point
 * (sandbox/app.ts).
 *
 * Each answer's rewrites, made and refused (a refused one is a constraint the docs state), go to `record`: main.ts
 * appends them to the file LATITUDE_LOG names, the proof keeps them in memory.
 */
import type { Exchange } from '../faults/fault';
import { documentedAnswers } from './documented-answers';
import { patternOf } from './pointer';
import { hash } from './hash';
import { loosen, type Rewrite, type RewriteKind } from './rewrites';

/** How often a rewrite is tried at a field: half the time, so that three seeds try nearly every one. */
const CHANCE = 0.5;

export interface LatitudeOptions {
  /**
   * One seed, or several (`LATITUDE_SEED=1,2,3`): then each client's accepted bearer tokens get the seeds in turn, in
   * the order they are first used, so that one run of the suite (a token per worker and client, three workers)
   * answers under every seed at once. A refused token (the bad-token tests forge many) takes no turn.
   */
  seeds: readonly number[];
  /** Called with each answer's rewrites, when it made or refused any. */
  record?: (line: LatitudeLine) => void;
}

/** One answer's line of the log. */
export interface LatitudeLine {
  seed: number;
  operation: string;
  status: number;
  made: Rewrite[];
  refused: Rewrite[];
}

export class Latitude {
  private readonly documented = documentedAnswers();
  private readonly seedOfToken = new Map<string, number>();
  /** How many tokens of each client have taken a seed. */
  private readonly turns = new Map<string, number>();

  constructor(private readonly options: LatitudeOptions) {
    if (options.seeds.length === 0) throw new Error('latitude mode needs a seed');
  }

  /**
   * The seed of an answer to `client`'s bearer `token`: the client's next seed for a token not seen before; the first
   * seed for an answer without an accepted token (a token request, a refused token).
   */
  seedFor(token: string | undefined, client: string | undefined): number {
    const { seeds } = this.options;
    if (token === undefined || client === undefined) return seeds[0];
    let seed = this.seedOfToken.get(token);
    if (seed === undefined) {
      const turn = this.turns.get(client) ?? 0;
      this.turns.set(client, turn + 1);
      this.seedOfToken.set(token, (seed = seeds[turn % seeds.length]));
    }
    return seed;
  }

  /**
   * Rewrites the answer in place, the same way for every answer of the operation and status (the seed and the field
   * decide, so a run replays). An answer the documented schema already refuses (a planted fault) is left as it is,
   * so that latitude never hides nor changes what a fault broke.
   */
  rewrite(exchange: Exchange, caller?: { token: string; client: string }): void {
    const { operationId, status, body } = exchange;
    if (!operationId || body === null || typeof body !== 'object') return;
    const accepts = () => this.documented.accepts(operationId, status, body);
    if (accepts() !== true) return;
    const seed = this.seedFor(caller?.token, caller?.client);
    // Per field of the operation's answer (array indices as *), so every answer of it is loosened alike (rewrites.ts).
    const decide = (kind: RewriteKind, path: string) => hash(`${seed} ${operationId} ${status} ${kind} ${patternOf(path)}`) < CHANCE;
    const { made, refused } = loosen(operationId, body, () => accepts() === true, decide);
    if (made.length + refused.length > 0) this.options.record?.({ seed, operation: operationId, status, made, refused });
  }
}
