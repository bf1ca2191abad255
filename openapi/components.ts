/**
 * The contract's schemas by name, one file per area under openapi/components/ (like openapi/operations/): the
 * component schemas of openapi/m2p-prepaid-v2.json (npm run build:contract). The enums are exported for the harness.
 */
import type { Schema } from './schema-types';
import { commonSchemas } from './components/common';
import { authenticationSchemas } from './components/authentication';
import { customerSchemas } from './components/customer';
import { corporateAlertSchemas } from './components/corporate-alert';
import { walletSchemas } from './components/wallet';
import { cardSchemas } from './components/card';

export { CUSTOMER_STATUSES } from './components/common';
export { SEARCH_TYPES } from './components/customer';
export { PREFERENCE_TYPES } from './components/card';
export { TRANSACTION_ORIGINS, TRANSACTION_TYPES, type TransactionOrigin, type TransactionType } from './components/wallet';

export const schemas: Record<string, Schema> = { ...commonSchemas, ...authenticationSchemas, ...customerSchemas, ...corporateAlertSchemas, ...walletSchemas, ...cardSchemas };
