/**
 * The faults one sandbox runs with. Business rules ask `faults.active(name)`; the response hook calls
 * `rewrite`; request validation asks `waives`. With no faults every answer is `false` or a no-op.
 */
import type { Exchange, Fault } from './fault';
import { FAULT_NAMES, faults as REGISTRY, type FaultName } from './index';

export class UnknownFaultError extends Error {
  constructor(readonly unknown: string[]) {
    super(`Unknown fault${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known faults: ${FAULT_NAMES.join(', ')}`);
  }
}

export class ActiveFaults {
  private readonly faults: readonly Fault[];

  /** @throws UnknownFaultError when a name is not in the registry. */
  constructor(names: readonly string[] = []) {
    const wanted = names.map((name) => name.trim()).filter(Boolean);
    const unknown = wanted.filter((name) => !FAULT_NAMES.includes(name as FaultName));
    if (unknown.length) throw new UnknownFaultError(unknown);
    this.faults = REGISTRY.filter((fault) => wanted.includes(fault.name));
  }

  get names(): string[] {
    return this.faults.map((fault) => fault.name);
  }

  active(name: FaultName): boolean {
    return this.faults.some((fault) => fault.name === name);
  }

  get rewritesResponses(): boolean {
    return this.faults.some((fault) => fault.rewrite);
  }

  rewrite(exchange: Exchange): void {
    for (const fault of this.faults) fault.rewrite?.(exchange);
  }

  /** True when an active fault lets a contract violation on `field` of `operationId` through. */
  waives(operationId: string, field: string, keyword: string): boolean {
    return this.faults.some(
      ({ waives }) =>
        waives?.operations.includes(operationId) && waives.fields.includes(field) && (!waives.keywords || waives.keywords.includes(keyword)),
    );
  }
}
