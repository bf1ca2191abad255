/** One in-memory state per tenant: a tenant never sees another tenant's data (integration-guide/multi-tenancy). */
import type { FaultSwitches } from '../faults/active-faults';
import { findTenant } from '../tenants';
import { emptyTenantState, type TenantState } from './model';

export class TenantStates {
  private readonly states = new Map<string, TenantState>();

  /** The tenant's state, made on first use. Callers pass a tenant the token vouched for, so it exists. */
  of(tenantId: string, faults: FaultSwitches): TenantState {
    // The planted fault `tenant-data-shared`: every tenant gets the first tenant's state. Asked on every request of
    // another tenant, the only requests it changes.
    const first = this.states.keys().next().value;
    if (first !== undefined && first !== tenantId && faults.active('tenant-data-shared')) return this.states.get(first)!;
    let state = this.states.get(tenantId);
    if (!state) {
      const tenant = findTenant(tenantId);
      if (!tenant) throw new Error(`Unknown tenant ${tenantId}`);
      state = emptyTenantState(tenant);
      this.states.set(tenantId, state);
    }
    return state;
  }

  /** Every tenant's state made so far: the suite's leak scan reads what the run stored (tests/suite/leak-scan.test.ts). */
  all(): TenantState[] {
    return [...this.states.values()];
  }
}
