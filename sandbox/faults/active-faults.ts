/**
 * The faults one sandbox runs with. Each request asks through its own {@link RequestFaults}: business rules ask
 * `faults.active(name)`, the response hook calls `rewrite`, request validation asks `waives`. With no faults every
 * answer is `false` or a no-op. Every request also notes which faults it asked about, so that a clean run can tell
 * the proof which answers each fault can change (sandbox/faults/fault-consultations.ts).
 */
import { READING_NAMES, type ReadingName, readings as READINGS } from '../readings/index';
import type { Reading } from '../readings/reading';
import type { Exchange, Fault } from './fault';
import { FAULT_NAMES, faults as FAULTS, type FaultName } from './index';

export class UnknownFaultError extends Error {
  constructor(
    readonly unknown: string[],
    what: 'fault' | 'reading' = 'fault',
  ) {
    const known = what === 'fault' ? FAULT_NAMES : READING_NAMES;
    super(`Unknown ${what}${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known ${what}s: ${known.join(', ')}`);
  }
}

/** A switch the sandbox can be started with: a planted fault, or another documented side of an interpretation point. */
type Switch = Fault | Reading;
export type SwitchName = FaultName | ReadingName;

/** Every switch, for the recording run's dry runs and for validation waivers. */
const REGISTRY: readonly Switch[] = [...FAULTS, ...READINGS];

/** What the domain may ask of the faults and readings while it answers one request. */
export interface FaultSwitches {
  active(name: SwitchName): boolean;
}

/** The names given, trimmed, once every one is in `registry`. */
function known(names: readonly string[], registry: readonly string[], what: 'fault' | 'reading'): string[] {
  const wanted = names.map((name) => name.trim()).filter(Boolean);
  const unknown = wanted.filter((name) => !registry.includes(name));
  if (unknown.length) throw new UnknownFaultError(unknown, what);
  return wanted;
}

export class ActiveFaults {
  private readonly faults: readonly Switch[];

  /**
   * @param dryRunRewrites also try every registered rewrite on each response (without applying it), to learn which
   *   answers it would change: only for the proof's recording run, as it costs a copy of every response per fault.
   * @param readingNames other documented sides to take (sandbox/readings/), `<point>=<side>`.
   * @throws UnknownFaultError when a fault or reading name is not in its registry.
   */
  constructor(
    names: readonly string[] = [],
    private readonly dryRunRewrites = false,
    readingNames: readonly string[] = [],
  ) {
    const wanted = [...known(names, FAULT_NAMES, 'fault'), ...known(readingNames, READING_NAMES, 'reading')];
    this.faults = REGISTRY.filter((entry) => wanted.includes(entry.name));
  }

  get names(): string[] {
    return this.faults.map((fault) => fault.name);
  }

  get rewritesResponses(): boolean {
    return this.dryRunRewrites || this.faults.some((fault) => fault.rewrite);
  }

  /** True when an answer may have to wait: a latency fault is planted, or the recording run learns which requests would. */
  get delaysResponses(): boolean {
    return this.dryRunRewrites || this.faults.some((fault) => (fault as Fault).slow);
  }

  /** The faults as one request sees them. */
  forRequest(): RequestFaults {
    return new RequestFaults(this.faults, this.dryRunRewrites);
  }
}

export class RequestFaults implements FaultSwitches {
  /** Every fault this request asked about (or, dry-running rewrites, whose rewrite would change its response). */
  readonly consulted = new Set<string>();

  constructor(
    private readonly faults: readonly Switch[],
    private readonly dryRunRewrites: boolean,
  ) {}

  active(name: SwitchName): boolean {
    this.consulted.add(name);
    return this.faults.some((fault) => fault.name === name);
  }

  rewrite(exchange: Exchange): void {
    if (this.dryRunRewrites) {
      const before = JSON.stringify(exchange);
      for (const fault of REGISTRY.filter((f) => f.rewrite)) {
        const copy = structuredClone(exchange);
        fault.rewrite!(copy);
        if (JSON.stringify(copy) !== before) this.consulted.add(fault.name);
      }
    }
    for (const fault of this.faults) fault.rewrite?.(exchange);
  }

  /** How long the answer to `operationId` must wait, in ms, for the latency faults planted (0 without one). */
  delayOf(operationId: string | undefined): number {
    const slowing = (FAULTS as readonly Fault[]).filter((fault) => fault.slow && fault.slow.operationId === operationId);
    for (const fault of slowing) this.consulted.add(fault.name);
    return slowing.filter((fault) => this.faults.includes(fault)).reduce((sum, fault) => sum + fault.slow!.ms, 0);
  }

  /** True when an active fault lets a contract violation on `field` of `operationId` through. */
  waives(operationId: string, field: string, keyword: string): boolean {
    const waiving = (FAULTS as readonly Fault[]).filter(
      ({ waives }) =>
        waives?.operations.includes(operationId) && waives.fields.includes(field) && (!waives.keywords || waives.keywords.includes(keyword)),
    );
    for (const fault of waiving) this.consulted.add(fault.name);
    return waiving.some((fault) => this.faults.includes(fault));
  }
}
