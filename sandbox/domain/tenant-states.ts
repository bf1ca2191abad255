/** One in-memory state per tenant: a tenant never sees another tenant's data (integration-guide/multi-tenancy). */
import { findTenant } from '../tenants';
import { emptyTenantState, type TenantState } from './model';

export class TenantStates {
  private readonly states = new Map<string, TenantState>();

  /** `shared` is the planted fault `tenant-data-shared`: every tenant gets the first tenant's state. */
  constructor(private readonly shared = false) {}

  /** The tenant's state, made on first use. Callers pass a tenant the token vouched for, so it exists. */
  of(tenantId: string): TenantState {
    if (this.shared && this.states.size > 0) return this.states.values().next().value!;
    let state = this.states.get(tenantId);
    if (!state) {
      const tenant = findTenant(tenantId);
      if (!tenant) throw new Error(`Unknown tenant ${tenantId}`);
      state = emptyTenantState(tenant);
      this.states.set(tenantId, state);
    }
    return state;
  }
}
