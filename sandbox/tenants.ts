/**
 * The reference sandbox's demo tenants: their API clients, products and corporates.
 * They must match `.env.reference`, which is what the suite reads when no environment is chosen.
 * These are demo values of the sandbox itself, not secrets of any real environment.
 */

export type Role = 'partner' | 'support';

export interface ApiClient {
  clientId: string;
  clientSecret: string;
  role: Role;
}

/** The seven preference types of the Update Card Transaction Preferences page (card/updateCardPreferences). */
export const PREFERENCE_TYPES = ['ATM', 'E-com', 'POS', 'ContactLess', 'Cash-PoS', 'Tokenization', 'Recurring Transactions'] as const;
export type PreferenceType = (typeof PREFERENCE_TYPES)[number];

/** Product-level bounds, read-only for partners (card/updateCardPreferences: "upperLimit* fields are read-only max bounds"). */
export interface UpperLimit {
  upperLimitMaxTransaction: number;
  upperLimitMaxTransactionAmountPerDay: number;
}

export interface Product {
  productId: string;
  productName: string;
  productType: 'GPR' | 'Forex';
  currency: string;
  currencyNumeric: number;
  cardNetwork: 'VISA' | 'RUPAY' | 'MASTERCARD';
  /** First four digits of the masked card number, e.g. `5231XXXXXXXX0015` (fetchAllCards example). */
  binPrefix: string;
  upperLimits: Record<PreferenceType, UpperLimit>;
}

export interface CorporateAccount {
  corporateId: string;
  accountNumber: string;
}

export interface Tenant {
  tenantId: string;
  clients: ApiClient[];
  products: Product[];
  corporates: CorporateAccount[];
}

const limits = (maxTransaction: number, maxAmountPerDay: number): UpperLimit => ({
  upperLimitMaxTransaction: maxTransaction,
  upperLimitMaxTransactionAmountPerDay: maxAmountPerDay,
});

const GPR_INR: Product = {
  productId: 'GPR_INR',
  productName: 'GPR Prepaid Card',
  productType: 'GPR',
  currency: 'INR',
  currencyNumeric: 356,
  cardNetwork: 'RUPAY',
  binPrefix: '5231',
  upperLimits: {
    ATM: limits(20, 100000),
    'E-com': limits(20, 100000),
    POS: limits(20, 100000),
    ContactLess: limits(20, 100000),
    'Cash-PoS': limits(10, 50000),
    Tokenization: limits(20, 100000),
    'Recurring Transactions': limits(10, 50000),
  },
};

const FOREX_USD: Product = {
  productId: 'FOREX_USD',
  productName: 'Forex Travel Card',
  productType: 'Forex',
  currency: 'USD',
  currencyNumeric: 840,
  cardNetwork: 'VISA',
  binPrefix: '4761',
  upperLimits: {
    ATM: limits(10, 5000),
    'E-com': limits(20, 10000),
    POS: limits(20, 10000),
    ContactLess: limits(20, 1000),
    'Cash-PoS': limits(5, 1000),
    Tokenization: limits(20, 10000),
    'Recurring Transactions': limits(10, 5000),
  },
};

export const TENANTS: readonly Tenant[] = [
  {
    tenantId: 'ACME_CORP',
    clients: [
      { clientId: 'acme-partner', clientSecret: 'acme-partner-secret', role: 'partner' },
      { clientId: 'acme-support', clientSecret: 'acme-support-secret', role: 'support' },
    ],
    products: [GPR_INR, FOREX_USD],
    corporates: [{ corporateId: 'CORP123', accountNumber: '17568190551480014' }],
  },
  {
    tenantId: 'GLOBEX',
    clients: [{ clientId: 'globex-partner', clientSecret: 'globex-partner-secret', role: 'partner' }],
    products: [GPR_INR, FOREX_USD],
    corporates: [{ corporateId: 'CORP123', accountNumber: '17568190551480014' }],
  },
];

export function findTenant(tenantId: string): Tenant | undefined {
  return TENANTS.find((tenant) => tenant.tenantId === tenantId);
}

/** The tenant and role an API client belongs to; client ids are unique across tenants. */
export function findClient(clientId: string): { tenant: Tenant; client: ApiClient } | undefined {
  for (const tenant of TENANTS) {
    const client = tenant.clients.find((c) => c.clientId === clientId);
    if (client) return { tenant, client };
  }
  return undefined;
}
