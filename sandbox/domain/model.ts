/**
 * What the sandbox keeps per tenant. Plain data; the rules live in the other domain modules.
 * Money is kept in minor units (paise, cents) so sums never drift.
 */
import type { AccountStatus, CardStatus } from '../rules/status-rules';
import type { PreferenceType, Tenant } from '../tenants';

export interface Mobile {
  value: string;
  countryCode?: number;
}

export interface Address {
  address1?: string;
  address2?: string;
  city?: string;
  state?: string;
  country?: string;
  pin?: string;
}

export type Gender = 'MALE' | 'FEMALE' | 'OTHER';

export interface Nominee {
  name: string;
  relationship: string;
  percentShare: number;
  minor?: boolean;
  guardian?: { name: string; relationship: string; mobile?: Mobile };
  [field: string]: unknown;
}

export interface Customer {
  entityId: string;
  customerId: string;
  status: AccountStatus;
  firstName: string;
  lastName: string;
  gender?: Gender;
  /** ISO yyyy-MM-dd; the operations convert to and from their own formats. */
  dob?: string;
  email?: string;
  pan?: string;
  mobile?: Mobile;
  aadhaar?: string;
  voterId?: string;
  kycToken?: string;
  customerEntityId?: string;
  kycType?: string;
  permanentAddress?: Address;
  communicationAddress?: Address;
  cbsAccountNumber?: string;
  cif?: string;
  customerRiskDetails?: Record<string, unknown>;
  nationalIdentity?: Record<string, unknown>;
  customerAdditionalDetails?: Record<string, string>;
  nominees: Nominee[];
  kitNos: string[];
}

/** One preference type's settings; limits are strings, as in the card/updateCardPreferences example. */
export interface Preference {
  type: PreferenceType;
  enabled: boolean;
  maxTransaction: string;
  maxTransactionAmountPerDay: string;
  perTransactionLimit: string;
  /** Upper limits are the product's; only the planted fault `upper-limit-writable` gives a card its own. */
  upperLimits?: { upperLimitMaxTransaction?: string; upperLimitMaxTransactionAmountPerDay?: string };
}

export type PreferenceScope = 'domestic' | 'international';
export type Preferences = Record<PreferenceScope, Record<PreferenceType, Preference>>;

export interface Card {
  kitNo: string;
  entityId: string;
  productId: string;
  applicationNumber: string;
  maskedCardNumber: string;
  status: CardStatus;
  statusUpdatedAt: Date;
  issuedAt: Date;
  accountIds: string[];
  preferences: Preferences;
}

export interface Wallet {
  accountId: string;
  entityId: string;
  kitNo: string;
  currency: string;
  status: AccountStatus;
  totalMinor: number;
  /** lienId → amount held, in minor units. */
  liens: Map<string, number>;
}

/** A credit with txnOrigin LOAD, kept for the LRS usage figures (customer/getUsageDetails). */
export interface LoadRecord {
  entityId: string;
  currency: string;
  amountMinor: number;
  at: Date;
}

/** One applied money movement, as Fetch Transaction History lists it (amount negative for a debit). */
export interface TransactionRecord {
  entityId: string;
  accountId: string;
  /** Signed, in minor units: negative for a debit. */
  amountMinor: number;
  preMinor: number;
  postMinor: number;
  transactionType: string;
  txnOrigin: string;
  txnRef: string;
  externalTransactionId: string;
  time: Date;
}

export interface AlertConfig {
  corporateId: string;
  accountNumber: string;
  alertType: string;
  thresholdAmount: number;
  emailRecipients: string[];
  mobileRecipients: string[];
}

export interface TenantState {
  tenant: Tenant;
  customers: Map<string, Customer>;
  cards: Map<string, Card>;
  wallets: Map<string, Wallet>;
  txnRefs: Set<string>;
  loads: LoadRecord[];
  transactions: TransactionRecord[];
  alerts: Map<string, AlertConfig>;
}

export function emptyTenantState(tenant: Tenant): TenantState {
  return {
    tenant,
    customers: new Map(),
    cards: new Map(),
    wallets: new Map(),
    txnRefs: new Set(),
    loads: [],
    transactions: [],
    alerts: new Map(),
  };
}
