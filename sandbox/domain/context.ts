/** What every domain operation gets: the caller's tenant state and role, the faults, the clock and ids. */
import type { Caller } from '../auth/token-authority';
import type { FaultSwitches } from '../faults/active-faults';
import type { IdSource } from './ids';
import type { TenantState } from './model';

export interface Ctx {
  state: TenantState;
  caller: Caller;
  faults: FaultSwitches;
  now: () => Date;
  ids: IdSource;
}
