/**
 * Test data. Personal data comes from a faker seeded per test (hash of the run seed and the test's title path), so
 * a failing test replays with the same customer under the same SEED. Request bodies follow the contract's request
 * schemas (tests/harness/data.test.ts validates them). Setup calls are verified like any other exchange, so a
 * broken success envelope fails the test wherever it appears.
 */
import type { Faker } from '@faker-js/faker';
// The en_IN entry point loads one locale (with its en/base fallbacks); the package root loads all of them,
// which costs every worker about 300 ms, and Playwright starts a new worker after each failed test.
import { faker as indianFaker } from '@faker-js/faker/locale/en_IN';
import { createHash, randomBytes } from 'node:crypto';
import { CUSTOMER_STATUSES, PREFERENCE_TYPES, type TransactionOrigin, type TransactionType } from '../../openapi/components';
import type { TestInfo } from '@playwright/test';
import { declaredIds, reportName } from '../reporting/covers';
import type { ApiClient } from '../environment/client';
import type { Target } from '../environment/env';
import type { Exchange } from '../reporting/exchange';
import { INDIAN_STATES } from './indian-states';
import { expectedSide } from '../verdicts/interpretations';
import { applied, type Balance, type HistoryItem, type Ledger } from '../money/ledger';
import { countryCodeAccepted, countryCodeTries } from './onboarding-country-code';
import { expectRule, verify } from '../verdicts/verify';

/**
 * The seed of one test: the run seed and the test's title path, hashed, so tests differ from each other but each
 * is the same in every run with the same SEED.
 */
export function testSeed(runSeed: string, titlePath: readonly string[]): number {
  return createHash('sha256').update(`${runSeed}\u0000${titlePath.join('\u0000')}`).digest().readUInt32BE(0);
}

/**
 * The running test's seed: {@link testSeed} of its title path with its own title named with its IDs (harness/reporting/covers.ts,
 * reportName), as titles read before the IDs moved to tags. A run so replays the data of one made before that, and a
 * regression diff across the change sees no answer it made differ.
 */
export function seedOfTest(runSeed: string, info: Pick<TestInfo, 'titlePath' | 'title' | 'tags'>): number {
  return testSeed(runSeed, [...info.titlePath.slice(0, -1), reportName(declaredIds(info.tags), info.title)]);
}

/**
 * The worker's faker with Indian data, reseeded. Tests in a worker run one at a time, so reseeding the one
 * instance at the start of each test gives every test its own replayable sequence.
 */
export function seededFaker(seed: number): Faker {
  indianFaker.seed(seed);
  return indianFaker;
}

// The contract's enums (openapi/components.ts), not a second copy of them.
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** A mobile as the contract sends it. */
export interface Mobile {
  value: string;
  countryCode: number;
}

/** The body of createCustomer (components CreateCustomerRequest). */
export interface NewCustomerBody {
  firstName: string;
  lastName: string;
  /** dd/MM/yyyy */
  dateOfBirth: string;
  gender: 'MALE' | 'FEMALE' | 'OTHER';
  email: string;
  mobile: Mobile;
  pan: string;
  aadhaar: string;
  /** Identifiers a customer may be onboarded with, and searched by (customer/fetchCustomerListBySearch). */
  voterId?: string;
  kycToken?: string;
  customerEntityId?: string;
  address: { address1: string; city: string; state: string; country: string; pin: string };
  kycType: 'FULL_KYC' | 'MIN_KYC' | 'NO_KYC';
}

/** A customer the test created, and the body that created it. */
export interface CreatedCustomer {
  entityId: string;
  /** Absent when the creation's answer had none (no page documents that answer). */
  customerId?: string;
  body: NewCustomerBody;
}

/** A card issued to a customer, with its wallet. */
export interface IssuedCard {
  customer: CreatedCustomer;
  /** The fields a test reads only for itself are absent when the issuance's answer had none; see {@link needed}. */
  applicationNumber?: string;
  kitNo: string;
  accountId: string;
  currency: string;
  maskedCardNumber?: string;
  cardStatus: string;
}

/** A card preference as fetchAllCards reports it, with the product's read-only upper limits. */
export interface Preference {
  type: PreferenceType;
  enabled: boolean;
  maxTransaction: string;
  maxTransactionAmountPerDay: string;
  perTransactionLimit: string;
  upperLimitMaxTransaction: string;
  upperLimitMaxTransactionAmountPerDay: string;
}

export type PreferenceType = (typeof PREFERENCE_TYPES)[number];
export type PreferenceScope = 'domestic' | 'international';

/** A preference to change: its type and only the fields sent. */
export type PreferenceChange = { type: PreferenceType } & Partial<Omit<Preference, 'type' | 'upperLimitMaxTransaction' | 'upperLimitMaxTransactionAmountPerDay'>>;

/** A low-balance alert configuration the test created. */
export interface CreatedAlertConfig {
  key: AlertConfigKey;
  /** The configuration as the API answered it. */
  config: Record<string, unknown>;
}

export interface AlertConfigKey {
  corporateId: string;
  accountNumber: string;
  alertType: 'CORPORATE_LOW_BALANCE_ALERT';
}

/** Items per fetchTransactions page the suite asks for: a test's wallet has a handful. */
const HISTORY_PAGE = 50;

/** What a wallet load answered. */
export interface LoadResult {
  txnRef: string;
  externalTransactionId: string;
  preBalance: string;
  postBalance: string;
  transactionStatus: string;
}


/** Per-process part of unique identifiers (see {@link DataFactory.uniqueId}). */
const PROCESS_NONCE = randomBytes(3).toString('hex');
let sequence = 0;

/**
 * Builds request bodies and creates test data through the API; one per test (the `data` fixture).
 * Setup calls are verified, naming the requirement the setup itself relies on (e.g. DATA-CUSTOMER-001), so a
 * failed setup says which rule broke instead of failing later without a reason.
 */
export class DataFactory {
  constructor(
    readonly faker: Faker,
    private readonly target: Target,
    /** The client setup calls go through; body builders work without one. */
    private readonly api?: ApiClient,
  ) {}

  // ── Values ────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * An identifier no earlier run used (txnRef, applicationNumber, lienId). Not from the seed on purpose: a replayed
   * run against a persistent environment would otherwise hit its own earlier idempotency keys.
   */
  uniqueId(prefix: string): string {
    sequence += 1;
    return `${prefix}-${Date.now().toString(36)}-${PROCESS_NONCE}-${sequence}`.toUpperCase();
  }

  /** A last name no other customer has: a faker name plus letters unique to this process and call. */
  uniqueName(): string {
    sequence += 1;
    // Letters only: names with digits may be refused by a real environment's validation.
    const suffix = `${Date.now().toString(36)}${PROCESS_NONCE}${sequence.toString(36)}`.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]);
    return `${this.faker.person.lastName()}${suffix[0].toUpperCase()}${suffix.slice(1)}`;
  }

  /** A 10-digit Indian mobile number starting 6-9. */
  mobileNumber(): string {
    return this.faker.helpers.fromRegExp(/[6-9][0-9]{9}/);
  }

  mobile(): Mobile {
    return { value: this.mobileNumber(), countryCode: 91 };
  }

  /** An email on a reserved domain, so no notification of a real environment reaches a real mailbox. */
  email(firstName?: string, lastName?: string): string {
    return this.faker.internet.email({ firstName, lastName, provider: 'example.com' }).toLowerCase();
  }

  /** A PAN of an individual: 3 letters, P, a letter, 4 digits, a letter. */
  pan(): string {
    return this.faker.helpers.fromRegExp(/[A-Z]{3}P[A-Z][0-9]{4}[A-Z]/);
  }

  /**
   * A PAN no other customer has, of the same shape. Not from the seed, like {@link uniqueId}: a PAN identifies its
   * holder (a usage lookup is by PAN), so a replay of a run, or a run beside another with the same seed, must not meet
   * the customers those made.
   */
  uniquePan(): string {
    sequence += 1;
    const digest = createHash('sha256').update(`${Date.now()}-${PROCESS_NONCE}-${sequence}`).digest();
    const letter = (i: number) => String.fromCharCode(65 + (digest[i] % 26));
    const digit = (i: number) => String(digest[i] % 10);
    return `${letter(0)}${letter(1)}${letter(2)}P${letter(3)}${digit(4)}${digit(5)}${digit(6)}${digit(7)}${letter(8)}`;
  }

  /** Twelve digits, not starting with 0 or 1 (UIDAI never issues those). */
  aadhaar(): string {
    return this.faker.helpers.fromRegExp(/[2-9][0-9]{11}/);
  }

  /** An Indian voter ID (EPIC): three letters and seven digits. */
  voterId(): string {
    return this.faker.helpers.fromRegExp(/[A-Z]{3}[0-9]{7}/);
  }

  /** A six-digit PIN code (faker's zipCode is not one). */
  pinCode(): string {
    return this.faker.helpers.fromRegExp(/[1-9][0-9]{5}/);
  }

  /** A date of birth between the given ages, as dd/MM/yyyy (createCustomer) or yyyy-MM-dd (nominees). */
  dateOfBirth(format: 'dd/MM/yyyy' | 'yyyy-MM-dd', age: { min: number; max: number } = { min: 21, max: 60 }): string {
    const date = this.faker.date.birthdate({ mode: 'age', ...age });
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()].map((n) => String(n).padStart(2, '0'));
    return format === 'dd/MM/yyyy' ? `${d}/${m}/${y}` : `${y}-${m}-${d}`;
  }

  address(): NewCustomerBody['address'] {
    return {
      address1: this.faker.location.streetAddress(),
      city: this.faker.location.city(),
      state: this.faker.helpers.arrayElement(INDIAN_STATES),
      country: 'India',
      pin: this.pinCode(),
    };
  }

  /** An entityId shaped like a real one (24 digits) that no customer has: real ones never start with 0. */
  unknownEntityId(): string {
    return `0${this.faker.string.numeric(23)}`;
  }

  /** A well-formed PAN no customer has (a fresh random one; 26^5 × 10^4 × 26 make a clash negligible). */
  unknownPan(): string {
    return this.pan();
  }

  /** A kit number shaped like a real one (9 digits) that no card has: real ones never start with 0. */
  unknownKitNo(): string {
    return `0${this.faker.string.numeric(8)}`;
  }

  /** An account number shaped like a real one (17 digits) that no wallet has. */
  unknownAccountNumber(): string {
    return `0${this.faker.string.numeric(16)}`;
  }

  /** A new unique lien ID. */
  lienId(): string {
    return this.uniqueId('LIEN');
  }

  // ── Bodies (no network) ───────────────────────────────────────────────────────────────────────────────────

  /** A valid createCustomer body (adult, full KYC). */
  newCustomerBody(overrides: Partial<NewCustomerBody> = {}): NewCustomerBody {
    const sex = this.faker.person.sexType();
    const firstName = this.faker.person.firstName(sex);
    const lastName = this.faker.person.lastName();
    return {
      firstName,
      lastName,
      dateOfBirth: this.dateOfBirth('dd/MM/yyyy'),
      gender: sex === 'female' ? 'FEMALE' : 'MALE',
      email: this.email(firstName, lastName),
      mobile: this.mobile(),
      pan: this.pan(),
      aadhaar: this.aadhaar(),
      address: this.address(),
      kycType: 'FULL_KYC',
      ...overrides,
    };
  }

  /** issueCard (IssueCardRequest). */
  issueCardBody(customer: Pick<CreatedCustomer, 'entityId'>, productId: string = this.target.productId) {
    return { applicationNumber: this.uniqueId('APP'), issuanceType: 'Single' as const, entityId: customer.entityId, productId };
  }

  /** loadWallet (LoadWalletRequest): a credit of the card's wallet unless told otherwise; the amount is a string. */
  transaction(
    card: IssuedCard,
    options: { amount: string; transactionType?: TransactionType; txnOrigin?: TransactionOrigin; txnRef?: string },
  ) {
    return {
      entityId: card.customer.entityId,
      accountId: card.accountId,
      amount: options.amount,
      txnRef: options.txnRef ?? this.uniqueId('TXN'),
      transactionType: options.transactionType ?? 'CREDIT',
      txnOrigin: options.txnOrigin ?? 'LOAD',
      description: 'conformance suite',
    };
  }

  /** markLien (LienRequest) on the card's wallet (a lien's accountNumber is the wallet's accountId). */
  lien(card: IssuedCard, options: { type: 'ADD' | 'ADJUST' | 'REMOVE'; lienAmount: number; lienId?: string; balanceCheck?: boolean }) {
    return {
      lienId: options.lienId ?? this.lienId(),
      transactionId: this.uniqueId('LTX'),
      // A reason the page names (PRE_AUTH, SECURITY_DEPOSIT, STAGED_DEBIT): an environment may refuse others.
      source: 'PRE_AUTH',
      accountNumber: card.accountId,
      lienAmount: options.lienAmount,
      type: options.type,
      balanceCheck: options.balanceCheck ?? true,
    };
  }

  /**
   * activateCard (ActivateCardRequest): the kit and its holder's mobile. The page's example sends the card's last six
   * digits, CVV and expiry instead; no operation the suite uses reads a CVV, and the page marks no field required.
   */
  activation(card: IssuedCard) {
    return { kitNo: card.kitNo, mobile: card.customer.body.mobile };
  }

  /** updateCardStatus (UpdateCardStatusRequest). */
  cardStatus(card: IssuedCard, status: 'LOCKED' | 'UNLOCKED' | 'BLOCKED') {
    // CUSTOMER_REQUEST is a documented reason code, and one that implies no closure (a "Card Closure" reason may).
    return { entityId: card.customer.entityId, kitNo: card.kitNo, status, reasonCode: 'CUSTOMER_REQUEST', reasonMsg: 'conformance suite' };
  }

  /** updateCardPreferences (UpdateCardPreferencesRequest): only the scopes and types given are sent. */
  preferences(card: IssuedCard, changes: Partial<Record<PreferenceScope, PreferenceChange[]>>) {
    const userOverridden = Object.fromEntries(Object.entries(changes).map(([scope, values]) => [scope, { values }]));
    return { entityId: card.customer.entityId, kit: card.kitNo, userOverridden };
  }

  /**
   * One adult nominee (Nominee); a test makes it a minor or drops the guardian by overriding fields. The share is sent
   * as given, a wrong type too (a limit row's value).
   */
  nominee(overrides: { percentShare: unknown } & Record<string, unknown>) {
    return {
      name: this.faker.person.fullName(),
      relationship: this.faker.helpers.arrayElement(['SPOUSE', 'FATHER', 'MOTHER', 'BROTHER', 'SISTER']),
      dob: this.dateOfBirth('yyyy-MM-dd', { min: 25, max: 70 }),
      minor: false,
      mobile: this.mobile(),
      ...overrides,
    };
  }

  /** The corporate's low-balance alert (AlertConfigKey), from the target's CORPORATE_ID and account. */
  alertConfigKey(): AlertConfigKey {
    return { corporateId: this.target.corporateId, accountNumber: this.target.corporateAccountNumber, alertType: 'CORPORATE_LOW_BALANCE_ALERT' };
  }

  /** createAlertConfig / updateAlertConfig (AlertConfigRequest). */
  alertConfigBody(thresholdAmount: number = this.faker.number.int({ min: 1_000, max: 100_000 })) {
    return { ...this.alertConfigKey(), thresholdAmount, emailRecipients: [this.email()], mobileRecipients: [this.mobileNumber()] };
  }

  // ── Data created through the API ──────────────────────────────────────────────────────────────────────────

  /** Creates a customer through createCustomer (DATA-CUSTOMER-001). */
  async customer(overrides: Partial<NewCustomerBody> = {}): Promise<CreatedCustomer> {
    const body = this.newCustomerBody({ pan: this.uniquePan(), ...overrides });
    const exchange = await this.createCustomer(body);
    const { result } = verify<{ result?: { entityId?: string; customerId?: string } }>(exchange, { status: 200, requirements: ['DATA-CUSTOMER-001'] }, { setupOf: 'DATA-CUSTOMER-001' });
    // Every later request names the customer by it; customerId only the search by CUSTOMER_ID needs (it asks for it).
    return { entityId: needed('DATA-CUSTOMER-001', 'the entityId of the created customer', result?.entityId), customerId: result?.customerId, body };
  }

  /**
   * Sends createCustomer with the mobile's countryCode spelt each way the run accepts (interpretation point
   * create-customer-country-code, harness/data/onboarding-country-code.ts) until one is not refused with a 400, and returns
   * that exchange for the caller to verify. A refusal it goes past is verified as a 400, so its envelope is judged too.
   * The body keeps the number, as every other operation is sent it.
   */
  async createCustomer(body: NewCustomerBody): Promise<Exchange> {
    if (!this.api) throw new Error('this DataFactory has no API client: it can build bodies but not create data');
    const tries = countryCodeTries(this.target.baseUrl);
    for (const [index, { side, countryCode }] of tries.entries()) {
      const exchange = await this.api.call('createCustomer', { body: { ...body, mobile: { ...body.mobile, countryCode } } });
      const status = exchange.response?.status;
      if (status === 400 && index < tries.length - 1) {
        verify(exchange, { status: 400, requirements: ['DATA-CUSTOMER-001'] }, { setupOf: 'DATA-CUSTOMER-001' });
        continue;
      }
      if (status === 200) countryCodeAccepted(this.target.baseUrl, side);
      return exchange;
    }
    throw new Error('create-customer-country-code has no side to try');
  }

  /** The customer as fetchCustomer returns it (DATA-CUSTOMER-002). */
  async fetchCustomer(customer: Pick<CreatedCustomer, 'entityId'>): Promise<FetchedCustomer> {
    return (await this.run<{ result: FetchedCustomer }>('fetchCustomer', { entityId: customer.entityId }, 'DATA-CUSTOMER-002')).result;
  }

  /** The customer's status as fetchCustomer reads it. */
  async customerStatus(customer: Pick<CreatedCustomer, 'entityId'>): Promise<string> {
    return (await this.fetchCustomer(customer)).status;
  }

  /**
   * A card ready to use: issued (see {@link issuedCard}) and, where the environment issues cards ALLOCATED, activated
   * (see {@link activate}). ACTIVE either way; on the ACTIVE side it costs no request more than the issuance.
   */
  async card(customer?: CreatedCustomer, productId: string = this.target.productId): Promise<IssuedCard> {
    const card = await this.issuedCard(customer, productId);
    if (card.cardStatus !== 'ALLOCATED') return card;
    await this.activate(card);
    return { ...card, cardStatus: 'ACTIVE' };
  }

  /**
   * Issues a card (and its wallet) through issueCard, to a new customer unless one is given, and leaves it as issued
   * (DATA-CARD-001). Its status, from the issuance's answer, must be the side of interpretation point
   * issued-card-status the run accepts: ACTIVE, or ALLOCATED until activated.
   */
  async issuedCard(customer?: CreatedCustomer, productId: string = this.target.productId): Promise<IssuedCard> {
    const owner = customer ?? (await this.customer());
    const { result } = await this.run<{ result?: Partial<Omit<IssuedCard, 'customer'>> }>('issueCard', this.issueCardBody(owner, productId), 'DATA-CARD-001');
    const { applicationNumber, maskedCardNumber } = result ?? {};
    // Later requests name the card by its kit and its wallet by accountId, usage is read per currency, and the status
    // decides whether to activate.
    const kitNo = needed('DATA-CARD-001', 'the kitNo of the issued card', result?.kitNo);
    const accountId = needed('DATA-CARD-001', 'the accountId of the issued card', result?.accountId);
    const currency = needed('DATA-CARD-001', 'the currency of the issued card', result?.currency);
    const cardStatus = needed('DATA-CARD-001', 'the cardStatus of the issued card', result?.cardStatus);
    expectRule('DATA-CARD-001', 'the status of a newly issued card (interpretation point issued-card-status)', cardStatus, expectedSide('issued-card-status', cardStatus), { setupOf: 'DATA-CARD-001' });
    return { customer: owner, applicationNumber, kitNo, accountId, currency, maskedCardNumber, cardStatus };
  }

  /**
   * Activates an ALLOCATED card through activateCard: 200 "Card Activated Successfully", then fetchAllCards must read
   * it ACTIVE (CARD-ACTIVATE-001). https://dev.m2p.app/docs/prepaidv2/api-library/card/activateCard
   */
  async activate(card: IssuedCard): Promise<void> {
    const { result } = await this.run<{ result: { message: string } }>('activateCard', this.activation(card), 'CARD-ACTIVATE-001');
    const step = { setupOf: 'CARD-ACTIVATE-001' };
    expectRule('CARD-ACTIVATE-001', 'the message of an activation', result.message, 'Card Activated Successfully', step);
    expectRule('CARD-ACTIVATE-001', 'the status a later read returns after activation', await this.cardStatusOf(card), 'ACTIVE', step);
  }

  /** A new card moved from ACTIVE to LOCKED or BLOCKED (CARD-STATUS-001). */
  async cardIn(status: 'LOCKED' | 'BLOCKED'): Promise<IssuedCard> {
    const card = await this.card();
    await this.run('updateCardStatus', this.cardStatus(card, status), 'CARD-STATUS-001');
    return { ...card, cardStatus: status };
  }

  /** The card as fetchAllCards lists it (DATA-CARD-001). */
  async listedCard(card: IssuedCard): Promise<ListedCard> {
    const { result } = await this.run<{ result: ListedCard[] }>('fetchAllCards', { entityId: card.customer.entityId }, 'DATA-CARD-001');
    const listed = result.find((c) => c.kitNo === card.kitNo);
    if (!listed) throw new Error(`fetchAllCards does not list kit ${card.kitNo} of customer ${card.customer.entityId}`);
    return listed;
  }

  /** The card's status as fetchAllCards reads it. */
  async cardStatusOf(card: IssuedCard): Promise<string> {
    return (await this.listedCard(card)).cardStatus;
  }

  /** The card's preferences per scope, as fetchAllCards reads them. */
  async preferenceSets(card: IssuedCard): Promise<Record<PreferenceScope, Preference[]>> {
    const { preferences } = await this.listedCard(card);
    return { domestic: preferences?.domestic?.values ?? [], international: preferences?.international?.values ?? [] };
  }

  /** One preference of the card, as fetchAllCards reads it. */
  async preference(card: IssuedCard, scope: PreferenceScope, type: PreferenceType): Promise<Preference> {
    const found = (await this.preferenceSets(card))[scope].find((p) => p.type === type);
    if (!found) throw new Error(`fetchAllCards lists no ${scope} ${type} preference for kit ${card.kitNo}`);
    return found;
  }

  /** Credits the card's wallet through loadWallet (DATA-LOAD-001). */
  async load(card: IssuedCard, amount: string): Promise<LoadResult> {
    return (await this.run<{ result: LoadResult }>('loadWallet', this.transaction(card, { amount }), 'DATA-LOAD-001')).result;
  }

  /** A new card whose wallet holds `amount`. */
  async fundedCard(amount: string): Promise<IssuedCard> {
    const card = await this.card();
    await this.load(card, amount);
    return card;
  }

  /** The balances of the card's wallet, as fetchCardBalance reports them (DATA-LOAD-001 reads balances so). */
  async balance(card: IssuedCard): Promise<Balance> {
    const { result } = await this.run<{ result: { wallets: Balance[] } }>('fetchCardBalance', { entityId: card.customer.entityId, kitNo: card.kitNo }, 'DATA-LOAD-001');
    const wallet = result.wallets.find((w) => w.accountId === card.accountId);
    if (!wallet) throw new Error(`fetchCardBalance reports no wallet ${card.accountId} for kit ${card.kitNo}`);
    return wallet;
  }

  /**
   * The wallet's transaction history, every page of fetchTransactions (DATA-LOAD-001 reads history so). The order of
   * the items is not relied on: the page does not give it.
   */
  async history(card: IssuedCard): Promise<HistoryItem[]> {
    const items: HistoryItem[] = [];
    const body = { entityId: card.customer.entityId, accountId: card.accountId };
    for (let pageNo = 0; ; pageNo++) {
      const { result: page } = await this.run<{ result: HistoryItem[] }>('fetchTransactions', body, 'DATA-LOAD-001', { pageNo, pageSize: HISTORY_PAGE });
      items.push(...page.filter((item) => item.accountId === undefined || item.accountId === card.accountId));
      if (page.length < HISTORY_PAGE) return items;
    }
  }

  /** The wallet's balances and the successful items of its history, read one after the other (harness/money/ledger.ts). */
  async ledger(card: IssuedCard): Promise<Ledger> {
    const balance = await this.balance(card);
    return { accountId: card.accountId, balance, applied: (await this.history(card)).filter(applied) };
  }

  /** The wallet's status, as checkWalletBalance reports it (WALLET-STATUS-001 reads the status so). */
  async walletStatus(card: IssuedCard): Promise<string> {
    const body = { entityId: card.customer.entityId, accountId: card.accountId };
    return (await this.run<{ result: { status: string } }>('checkWalletBalance', body, 'WALLET-STATUS-001')).result.status;
  }

  /** Creates (or re-creates) the corporate's low-balance alert configuration (ALERT-001). */
  async alertConfig(): Promise<CreatedAlertConfig> {
    const body = this.alertConfigBody();
    const config = await this.run<Record<string, unknown>>('createAlertConfig', body, 'ALERT-001');
    return { key: this.alertConfigKey(), config };
  }

  /**
   * Calls an operation for setup and verifies it answered 200, naming the requirement the setup relies on: a finding
   * blocks the test, unless the test declares that requirement (it is then the test's own subject).
   */
  private async run<Body>(operationId: string, body: unknown, requirement: string, query?: Record<string, number>): Promise<Body> {
    if (!this.api) throw new Error('this DataFactory has no API client: it can build bodies but not create data');
    return verify<Body>(await this.api.call(operationId, { body, query }), { status: 200, requirements: [requirement] }, { setupOf: requirement });
  }
}

/**
 * A value the suite reads from a set-up step's answer to go on: a finding under `requirementId` when it is absent. The
 * answer's schema may not require it (the docs did not give it: a warning, which goes on), and a test cannot go on
 * without it: a set-up step is blocked by the finding (unjudged: a run that cannot name its customers judged nothing);
 * `onInference` for a value only one test needs, of an answer no page documents, makes that test "not judged here"
 * instead (INTERPRETING.md). The test that owns the step stops with it.
 * @example const entityId = needed('DATA-CUSTOMER-001', 'the entityId of the created customer', result?.entityId);
 */
export function needed<T>(requirementId: string, what: string, value: T | undefined | null, { onInference = false } = {}): T {
  const present = value !== undefined && value !== null && value !== '';
  expectRule(requirementId, what, present ? 'present' : (value ?? 'absent'), 'present', { setupOf: requirementId, ...(onInference && { onInference }) });
  // The test that owns the step got a warning and would go on: it cannot without the value.
  if (!present) throw new Error(`${what} is absent, so the test cannot go on (${requirementId})`);
  return value;
}

/** A customer as fetchCustomer returns it (the fields the suite reads). */
export interface FetchedCustomer {
  entityId: string;
  firstName: string;
  lastName: string;
  status: string;
  email?: string;
  pan?: string;
  /** yyyy-MM-dd */
  dob?: string;
  gender?: string;
  communication?: { mobile?: Partial<Mobile>; email?: string };
  permanentAddress?: Partial<NewCustomerBody['address']>;
}

/** A card as fetchAllCards lists it (the fields the suite reads). */
export interface ListedCard {
  kitNo: string;
  cardStatus: string;
  maskedCardNumber: string;
  wallets: { accountId: string; currency: string; balance: number; status: string }[];
  preferences?: Partial<Record<PreferenceScope, { values: Preference[] }>>;
}
