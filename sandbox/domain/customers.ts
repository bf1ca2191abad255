/** Customers: create (test data), fetch, profile update and status update. */
import { customerNotFound } from '../http/business-errors';
import { constraintViolation } from '../http/problems';
import type { AccountStatus } from '../rules/status-rules';
import type { Ctx } from './context';
import { enforceAccountTransition } from './account-transitions';
import { lingeringStatus } from './status-gate';
import { cardsOf, requireCustomer, sameMobile, walletsOf } from './lookup';
import type { Address, Customer, Gender, Mobile } from './model';
import { ddMmYyyyFromIso, genderFromProfile, genderToProfile, isCalendarDate, isoFromDdMmYyyy, normaliseDob } from './profile-format';

export interface CreateCustomerRequest {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender: Gender;
  email: string;
  /** The country code as the number 91 or the string "+91" (interpretation point create-customer-country-code). */
  mobile: { value: string; countryCode?: number | string };
  pan: string;
  aadhaar?: string;
  voterId?: string;
  kycToken?: string;
  customerEntityId?: string;
  address?: Address;
  kycType: string;
}

/** Inferred: no API Library page; onboarding's required fields, and the customer starts ACTIVE. */
export function createCustomer(ctx: Ctx, request: CreateCustomerRequest) {
  checkCalendarDate(ctx, 'dateOfBirth', request.dateOfBirth);
  const mobile = onboardingMobile(ctx, request.mobile);
  const customer: Customer = {
    entityId: ctx.ids.entityId(ctx.now()),
    customerId: ctx.ids.customerId(),
    status: 'ACTIVE',
    firstName: request.firstName,
    lastName: request.lastName,
    gender: request.gender,
    dob: ctx.faults.active('customer-dob-shifted') ? nextDay(isoFromDdMmYyyy(request.dateOfBirth)) : isoFromDdMmYyyy(request.dateOfBirth),
    email: request.email,
    pan: request.pan,
    mobile,
    aadhaar: request.aadhaar,
    voterId: request.voterId,
    kycToken: request.kycToken,
    customerEntityId: request.customerEntityId,
    kycType: request.kycType,
    permanentAddress: request.address,
    nominees: [],
    kitNos: [],
  };
  ctx.state.customers.set(customer.entityId, customer);
  return { entityId: customer.entityId, customerId: customer.customerId, status: customer.status };
}

export interface FetchCustomerRequest {
  entityId?: string;
  mobile?: Mobile;
  pan?: string;
  panNumber?: string;
  dob?: string;
}

/** customer/fetchCustomer: every criterion given must match; none given is a field error (inferred). */
export function fetchCustomer(ctx: Ctx, request: FetchCustomerRequest) {
  const pan = request.pan ?? request.panNumber;
  if (request.entityId === undefined && request.mobile === undefined && pan === undefined) {
    throw constraintViolation([{ field: 'entityId', message: 'entityId, mobile or pan must be given' }]);
  }
  const customer = [...ctx.state.customers.values()].find(
    (c) =>
      (request.entityId === undefined || c.entityId === request.entityId) &&
      (request.mobile === undefined || sameMobile(c.mobile, request.mobile)) &&
      (pan === undefined || c.pan === pan) &&
      (request.dob === undefined || c.dob === normaliseDob(request.dob)),
  );
  if (!customer) throw customerNotFound(request.entityId ?? pan ?? request.mobile?.value ?? '');
  return customerView(ctx, customer);
}

/** The fetchCustomer response: dob yyyy-MM-dd and gender MALE, as in that page's example. */
function customerView(ctx: Ctx, customer: Customer) {
  return {
    id: customer.entityId,
    entityId: customer.entityId,
    customerId: customer.customerId,
    firstName: customer.firstName,
    lastName: customer.lastName,
    email: customer.email,
    pan: customer.pan,
    dob: customer.dob,
    gender: customer.gender,
    status: customer.status,
    communication: { mobile: customer.mobile, email: customer.email },
    permanentAddress: customer.permanentAddress,
    accounts: cardsOf(ctx, customer).map((card) => ({
      entityId: customer.entityId,
      card: {
        kit: card.kitNo,
        cardNumber: card.maskedCardNumber,
        nameOnCard: `${customer.firstName} ${customer.lastName}`.trim(),
        kitStatus: { status: card.status, lastUpdated: card.statusUpdatedAt.toISOString() },
      },
      wallets: walletsOf(ctx, card).map((wallet) => ({
        accountId: wallet.accountId,
        wallet: { walletBaseCurrency: { currencyCodeISO: wallet.currency } },
      })),
    })),
  };
}

export interface UpdateCustomerRequest {
  entityId: string;
  status?: AccountStatus;
  firstName?: string;
  lastName?: string;
  gender?: 'Male' | 'Female' | 'Others';
  dob?: string;
  email?: string;
  pan?: string;
  permanentAddress?: Address;
  communicationAddress?: Address;
  communication?: { mobile?: Mobile; email?: string };
  cbsAccountNumber?: string;
  cif?: string;
  customerId?: string;
  customerRiskDetails?: Record<string, unknown>;
  nationalIdentity?: Record<string, unknown>;
  customerAdditionalDetails?: Record<string, string>;
}

/**
 * customer/updateCustomer: "Only provided fields are updated — omitted fields remain unchanged".
 * `status` is ignored here: the page says status changes belong on the Update Status endpoint (inferred).
 */
export function updateCustomer(ctx: Ctx, request: UpdateCustomerRequest) {
  const stored = requireCustomer(ctx, request.entityId);
  if (request.dob !== undefined) checkCalendarDate(ctx, 'dob', request.dob);
  // The planted fault `profile-update-not-saved` changes a copy: the answer shows the update, the store does not.
  const customer = ctx.faults.active('profile-update-not-saved') ? structuredClone(stored) : stored;
  if (ctx.faults.active('profile-overwrites-unsent')) clearProfile(customer);

  const { communication } = request;
  if (request.firstName !== undefined) customer.firstName = request.firstName;
  if (request.lastName !== undefined) customer.lastName = request.lastName;
  if (request.gender !== undefined) customer.gender = genderFromProfile(request.gender);
  if (request.dob !== undefined) customer.dob = isoFromDdMmYyyy(request.dob);
  if (request.email !== undefined) customer.email = request.email;
  if (communication?.email !== undefined) customer.email = communication.email;
  if (communication?.mobile !== undefined) customer.mobile = communication.mobile;
  if (request.pan !== undefined) customer.pan = request.pan;
  if (request.permanentAddress !== undefined) customer.permanentAddress = request.permanentAddress;
  if (request.communicationAddress !== undefined) customer.communicationAddress = request.communicationAddress;
  if (request.cbsAccountNumber !== undefined) customer.cbsAccountNumber = request.cbsAccountNumber;
  if (request.cif !== undefined) customer.cif = request.cif;
  if (request.customerId !== undefined) customer.customerId = request.customerId;
  if (request.customerRiskDetails !== undefined) customer.customerRiskDetails = request.customerRiskDetails;
  if (request.nationalIdentity !== undefined) customer.nationalIdentity = request.nationalIdentity;
  if (request.customerAdditionalDetails !== undefined) customer.customerAdditionalDetails = request.customerAdditionalDetails;

  // The page's 200 example echoes this subset of the profile, in the request's formats.
  return {
    entityId: customer.entityId,
    firstName: customer.firstName,
    lastName: customer.lastName,
    dob: customer.dob && ddMmYyyyFromIso(customer.dob),
    gender: customer.gender && genderToProfile(customer.gender),
    communication: { mobile: customer.mobile, email: customer.email },
  };
}

/**
 * The mobile of createCustomer, stored as every other operation sends it (countryCode a number). The sandbox takes one
 * side of interpretation point create-customer-country-code: the number 91 (the reference), or with the reading the
 * onboarding guide's string "+91"; the other side's spelling is refused as a field error.
 */
function onboardingMobile(ctx: Ctx, { value, countryCode }: CreateCustomerRequest['mobile']): Mobile {
  if (countryCode === undefined) return { value };
  const plusString = ctx.faults.active('create-customer-country-code=plus-string');
  if (plusString !== (typeof countryCode === 'string')) {
    throw constraintViolation([{ field: 'mobile.countryCode', message: plusString ? 'must be a string such as "+91"' : 'must be a number such as 91' }]);
  }
  return { value, countryCode: Number(String(countryCode).replace(/^\+/, '')) };
}

/**
 * The contract's pattern lets 31/02/2001 through; bean validation of a date field (inferred) refuses a day the
 * calendar does not have, so a date of birth is a real date or a 400 on that field.
 */
function checkCalendarDate(ctx: Ctx, field: string, date: string): void {
  if (!isCalendarDate(date) && !ctx.faults.active('dob-calendar-unchecked')) {
    throw constraintViolation([{ field, message: 'must be a valid date in dd/MM/yyyy' }]);
  }
}

/** The planted fault `profile-overwrites-unsent`: the update starts from an empty profile. */
function clearProfile(customer: Customer): void {
  customer.firstName = '';
  customer.lastName = '';
  for (const field of ['gender', 'dob', 'email', 'pan', 'mobile', 'permanentAddress', 'communicationAddress', 'cbsAccountNumber', 'cif'] as const) {
    delete customer[field];
  }
}

/** customer/updateAccountStatus; unknown customer → 409 PPCUST_002 (inferred from updateCustomer). */
export function updateCustomerStatus(ctx: Ctx, request: { entityId: string; status: AccountStatus }) {
  const customer = requireCustomer(ctx, request.entityId);
  enforceAccountTransition(ctx, 'customer', customer.status, request.status);
  const status = request.status;
  const lost = ctx.faults.active('customer-status-not-persisted') && status === 'CREDIT_FREEZE';
  lingeringStatus.delete(customer);
  if (customer.status === 'LOCKED' && status === 'ACTIVE' && ctx.faults.active('customer-unlock-keeps-gate')) lingeringStatus.set(customer, 'LOCKED');
  if (!lost) customer.status = status;
  return { entityId: customer.entityId, status };
}

/** The planted fault `customer-dob-shifted`: the ISO date one day later. */
function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
