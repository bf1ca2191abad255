import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import test from 'node:test';
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { buildSandbox } from '../../sandbox/app';
import { demoSigningKey } from '../../sandbox/auth/token-authority';
import { ActiveFaults, UnknownFaultError } from '../../sandbox/faults/active-faults';
import { faults, type FaultName } from '../../sandbox/faults/index';
import { sandbox, type Api } from './helpers';

/**
 * For each planted fault, a small scenario whose observable outcome must differ between the clean
 * sandbox and the sandbox with that fault. (Whether the suite notices is the suite's own proof, in tests/suite.)
 */
const SCENARIOS: Record<FaultName, (api: Api) => Promise<unknown>> = {
  'drop-pagination': async (api) => 'pagination' in (await api.call('searchCustomers', { searchType: 'ENTITY_ID', value: (await api.customer()).entityId, tenant: 'ACME_CORP' })).json(),
  'environment-down': async (api) => (await api.call('fetchCustomer', { entityId: 'nobody' })).statusCode,
  'text-content-type': async (api) => (await api.call('getUsageDetails', { pan: 'ZZZZZ9999Z' })).headers['content-type'],
  'error-status-mismatch': async (api) => (await api.call('markLien', { lienId: 'L1', transactionId: 'T1', source: 'PRE_AUTH', accountNumber: 'nope', lienAmount: 1, type: 'ADJUST', balanceCheck: false })).json().status,
  'wrong-business-code': async (api) => (await setCustomer(api, (await api.customer()).entityId, 'ACTIVE')).json().businessCode,
  'undocumented-status': async (api) => (await api.call('updateCustomer', { entityId: 'nobody', firstName: 'X' })).statusCode,
  'malformed-json-500': async (api) => [
    (await api.call('updateNominee', undefined, { raw: '{"nominees":', params: { entityId: 'x' } })).statusCode,
    (await api.call('updateNominee', { nominees: 'x' }, { params: { entityId: 'x' } })).statusCode,
  ],
  'same-status-allowed': async (api) => (await setCustomer(api, (await api.customer()).entityId, 'ACTIVE')).statusCode,
  'terminal-status-left': async (api) => {
    const { entityId } = await api.customer();
    await setCustomer(api, entityId, 'CLOSED');
    return (await setCustomer(api, entityId, 'ACTIVE', 'support')).statusCode;
  },
  'role-ignored': async (api) => {
    const card = await api.card();
    await setCustomer(api, card.entityId, 'FRAUD');
    await api.call('updateWalletStatus', { accountId: card.accountId, status: 'BLOCKED' });
    return [
      (await setCustomer(api, card.entityId, 'ACTIVE')).statusCode,
      (await api.call('updateWalletStatus', { accountId: card.accountId, status: 'ACTIVE' })).statusCode,
    ];
  },
  'wallet-transition-refused': async (api) => (await api.call('updateWalletStatus', { accountId: (await api.card()).accountId, status: 'LOCKED' })).statusCode,
  'expired-token-accepted': async (api) => {
    const expired = await new SignJWT({ tenant: 'ACME_CORP', role: 'partner' }).setProtectedHeader({ alg: 'RS256' }).setSubject('acme-partner')
      .setIssuedAt(1_700_000_000).setExpirationTime(1_700_003_600).sign(demoSigningKey());
    return (await api.call('fetchCustomer', { entityId: 'nobody' }, { headers: { authorization: `Bearer ${expired}` } })).statusCode;
  },
  'any-signature-accepted': async (api) => {
    const foreign = await new SignJWT({ tenant: 'ACME_CORP', role: 'partner' }).setProtectedHeader({ alg: 'RS256' }).setSubject('acme-partner')
      .setIssuedAt().setExpirationTime('1h').sign(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    return (await api.call('fetchCustomer', { entityId: 'nobody' }, { headers: { authorization: `Bearer ${foreign}` } })).statusCode;
  },
  'tenant-header-ignored': async (api) => [
    (await api.call('fetchCustomer', { entityId: 'nobody' }, { tenant: null })).statusCode,
    (await api.call('fetchCustomer', { entityId: 'nobody' }, { tenant: 'GLOBEX' })).statusCode,
  ],
  'tenant-data-shared': async (api) => {
    const { entityId } = await api.customer();
    return (await api.call('fetchCustomer', { entityId }, { as: 'globex' })).statusCode;
  },
  'limit-format-unchecked': async (api) => {
    const { entityId, kitNo } = await api.card();
    const body = { entityId, kit: kitNo, userOverridden: { international: { values: [{ type: 'ATM', maxTransaction: '-1' }] } } };
    return (await api.call('updateCardPreferences', body)).statusCode;
  },
  'usage-pan-crash': async (api) => (await api.call('getUsageDetails', { pan: 'not-a-pan' })).statusCode,
  'required-field-unchecked': async (api) => {
    const { accountId } = await api.card({ balance: '100' });
    return (await api.call('markLien', { lienId: 'L1', source: 'S', accountNumber: accountId, lienAmount: 1, type: 'ADD', balanceCheck: false })).statusCode;
  },
  'wallet-refund-only-stuck': async (api) => {
    const { accountId } = await api.card();
    await api.call('updateWalletStatus', { accountId, status: 'REFUND_ONLY' });
    return (await api.call('updateWalletStatus', { accountId, status: 'ACTIVE' })).statusCode;
  },
  'card-already-locked-error': async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    return (await setCard(api, card, 'LOCKED')).statusCode;
  },
  'card-already-wrong-message': async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    return (await setCard(api, card, 'LOCKED')).json().result?.message;
  },
  'refusal-wrong-code': async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    return (await setCard(api, card, 'BLOCKED')).json().businessCode;
  },
  'card-status-entity-unchecked': async (api) => {
    const card = await api.card();
    return (await api.call('updateCardStatus', { kitNo: card.kitNo, status: 'LOCKED' })).statusCode;
  },
  'delivery-status-unlisted': async (api) => (await api.call('trackCardDelivery', { kitNo: (await api.card()).kitNo })).json().result?.deliveryStatus,
  'wallet-refusal-corporate-code': async (api) => {
    const card = await api.card();
    await api.call('updateWalletStatus', { accountId: card.accountId, status: 'CLOSED' });
    return (await api.call('updateWalletStatus', { accountId: card.accountId, status: 'ACTIVE' })).json().businessCode;
  },
  'card-unlock-any': async (api) => {
    const card = await api.card();
    await setCard(api, card, 'BLOCKED');
    return (await setCard(api, card, 'UNLOCKED')).statusCode;
  },
  'preferences-on-locked-card': async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    return (await preferences(api, card.kitNo, [{ type: 'ATM', enabled: false }])).statusCode;
  },
  'upper-limit-as-business-error': async (api) => (await preferences(api, (await api.card()).kitNo, [{ type: 'ATM', maxTransaction: '21' }])).statusCode,
  'upper-limit-unenforced': async (api) => (await preferences(api, (await api.card()).kitNo, [{ type: 'ATM', maxTransaction: '21' }])).statusCode,
  'preferences-reset-unsent': async (api) => {
    const card = await api.card();
    await preferences(api, card.kitNo, [{ type: 'ATM', maxTransaction: '3' }]);
    await preferences(api, card.kitNo, [{ type: 'POS', maxTransaction: '4' }]);
    const [listed] = (await api.call('fetchAllCards', { entityId: card.entityId })).json().result;
    return listed.preferences.international.values.find((p: { type: string }) => p.type === 'ATM').maxTransaction;
  },
  'nominee-shares-unchecked': async (api) => (await nominees(api, [{ name: 'A', relationship: 'Son', percentShare: 90 }])).statusCode,
  'minor-without-guardian': async (api) => (await nominees(api, [{ name: 'A', relationship: 'Son', percentShare: 100, minor: true }])).statusCode,
  'lien-adjust-as-delta': async (api) => heldAfter(api, [['ADD', 100], ['ADJUST', 150]]),
  'lien-remove-honours-amount': async (api) => heldAfter(api, [['ADD', 100], ['REMOVE', 30]]),
  'lien-above-balance': async (api) => heldAfter(api, [['ADD', 5000]]),
  'lien-not-held': async (api) => heldAfter(api, [['ADD', 100]]),
  'usage-ignores-loads': async (api) => {
    const card = await api.card({ balance: '75' });
    return (await api.call('getUsageDetails', { pan: card.customer.pan })).json().result.baseCurrencyConsumptions[0].transactionTypes.LOAD.overall.amount;
  },
  'usage-unknown-ok': async (api) => (await api.call('getUsageDetails', { pan: 'ZZZZZ9999Z' })).statusCode,
  'profile-overwrites-unsent': async (api) => {
    const { entityId } = await api.customer();
    await api.call('updateCustomer', { entityId, firstName: 'New' });
    return (await api.call('fetchCustomer', { entityId })).json().result.lastName;
  },
  'search-wrong-customer': async (api) => {
    await api.customer({ firstName: 'Rao', lastName: 'Asha' });
    return (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'Rao', tenant: 'ACME_CORP' })).json().result.length;
  },
  'alert-threshold-unchecked': async (api) => (await api.call('createAlertConfig', { ...ALERT_KEY, thresholdAmount: -1 })).statusCode,
  'alert-update-not-persisted': async (api) => {
    await api.call('createAlertConfig', { ...ALERT_KEY, thresholdAmount: 10 });
    await api.call('updateAlertConfig', { ...ALERT_KEY, thresholdAmount: 20 });
    return (await api.call('fetchAlertConfig', ALERT_KEY)).json().thresholdAmount;
  },
  'token-any-secret': async (api) =>
    (await api.app.inject({ method: 'POST', url: '/auth/token', payload: { clientId: 'acme-partner', clientSecret: 'wrong', grantType: 'client_credentials' } })).statusCode,
  'duplicate-txn-accepted': async (api) => {
    const card = await api.card();
    await api.load(card.entityId, '5', { txnRef: 'DUP' });
    await api.load(card.entityId, '5', { txnRef: 'DUP' });
    return (await api.balance(card.entityId)).totalBalance;
  },
  'tracking-unknown-kit-ok': async (api) => (await api.call('trackCardDelivery', { kitNo: '404' })).statusCode,
  'token-short-lifetime': async (api) =>
    (await api.app.inject({ method: 'POST', url: '/auth/token', payload: { clientId: 'acme-partner', clientSecret: 'acme-partner-secret', grantType: 'client_credentials' } })).json().expires_in,
  'auth-skipped-on-track': async (api) => (await api.app.inject({ method: 'POST', url: '/prepaid/corporate/v1/card/live-tracking/search', payload: { kitNo: '1' } })).statusCode,
  'status-unknown-customer-ok': async (api) => (await setCustomer(api, 'nobody', 'LOCKED')).statusCode,
  'customer-status-not-persisted': async (api) => {
    const { entityId } = await api.customer();
    await setCustomer(api, entityId, 'CREDIT_FREEZE');
    return (await api.call('fetchCustomer', { entityId })).json().result.status;
  },
  'profile-update-not-saved': async (api) => {
    const { entityId } = await api.customer();
    await api.call('updateCustomer', { entityId, firstName: 'Newname' });
    return (await api.call('fetchCustomer', { entityId })).json().result.firstName;
  },
  'customer-dob-shifted': async (api) => (await api.call('fetchCustomer', { entityId: (await api.customer()).entityId })).json().result.dob,
  'fetch-wrong-code': async (api) => (await api.call('fetchCustomer', { entityId: 'nobody' })).json().businessCode,
  'search-page-one-based': async (api) => {
    await api.customer({ lastName: 'Pager' });
    return (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'Pager', tenant: 'ACME_CORP' })).json().result.length;
  },
  'search-tenant-error-unnamed': async (api) => (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'X' })).json().fieldErrors,
  'search-tenant-optional': async (api) => (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'X' })).statusCode,
  'nominee-first-share-only': async (api) =>
    (await nominees(api, [{ name: 'A', relationship: 'Son', percentShare: 60 }, { name: 'B', relationship: 'Son', percentShare: 40 }])).statusCode,
  'alert-update-unknown-ok': async (api) => (await api.call('updateAlertConfig', { ...ALERT_KEY, accountNumber: '1', thresholdAmount: 5 })).statusCode,
  'lien-unknown-ok': async (api) => {
    const card = await api.card({ balance: '10' });
    return (await api.call('markLien', { lienId: 'NONE', transactionId: 'T', source: 'PRE_AUTH', accountNumber: card.accountId, lienAmount: 1, type: 'REMOVE', balanceCheck: false })).statusCode;
  },
  'card-unlock-not-persisted': async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    await setCard(api, card, 'UNLOCKED');
    return (await api.call('fetchAllCards', { entityId: card.entityId })).json().result[0].cardStatus;
  },
  'card-activation-not-persisted': async (api) => {
    const card = await api.card();
    const activation = await api.call('activateCard', { kitNo: card.kitNo });
    return [activation.statusCode, (await api.call('fetchAllCards', { entityId: card.entityId })).json().result[0].cardStatus];
  },
  'card-activation-any-status': async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    const activation = await api.call('activateCard', { kitNo: card.kitNo });
    return [activation.statusCode, (await api.call('fetchAllCards', { entityId: card.entityId })).json().result[0].cardStatus];
  },
  'card-activation-refused-as-400': async (api) => (await api.call('activateCard', { kitNo: (await api.card()).kitNo })).statusCode,
  'card-block-from-locked': async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    return (await setCard(api, card, 'BLOCKED')).statusCode;
  },
  'card-listed-without-wallet': async (api) => (await api.call('fetchAllCards', { entityId: (await api.card()).entityId })).json().result[0].wallets.length,
  'preferences-wrong-message': async (api) => (await preferences(api, (await api.card()).kitNo, [{ type: 'ATM', enabled: true }])).json().result,
  'mobile-unchecked': async (api) => {
    const card = await api.card();
    return (await api.call('updateCardPreferences', { kit: card.kitNo, mobile: { value: '12345' }, userOverridden: { international: { values: [{ type: 'ATM', enabled: true }] } } })).statusCode;
  },
  'tracking-wrong-kit': async (api) => (await api.call('trackCardDelivery', { kitNo: (await api.card()).kitNo })).json().result.kitNo,
  'gateway-502': async (api) => (await api.call('trackCardDelivery', { kitNo: '1' })).statusCode,
  'overdraft-allowed': async (api) => (await api.load((await api.card()).entityId, '5', { type: 'DEBIT', origin: 'POS' })).statusCode,
  'load-credits-twice': async (api) => {
    const card = await api.card();
    await api.load(card.entityId, '5');
    return (await api.balance(card.entityId)).totalBalance;
  },
  'lien-nonpositive-accepted': async (api) => heldAfter(api, [['ADD', -5]]),
  'debit-freeze-spends': async (api) => movedIn(api, 'wallet', 'DEBIT_FREEZE', 'DEBIT'),
  'credit-freeze-loads': async (api) => movedIn(api, 'customer', 'CREDIT_FREEZE', 'CREDIT'),
  'refund-only-spends': async (api) => movedIn(api, 'wallet', 'REFUND_ONLY', 'DEBIT'),
  'locked-transacts': async (api) => movedIn(api, 'customer', 'LOCKED', 'CREDIT'),
  'refunds-ignore-status': async (api) => movedIn(api, 'wallet', 'FRAUD', 'REFUND'),
  'active-refund-refused': async (api) => movedIn(api, 'wallet', 'ACTIVE', 'REFUND'),
  'refused-movement-charged': async (api) => movedIn(api, 'wallet', 'LOCKED', 'CREDIT'),
  'status-refusal-as-400': async (api) => movedIn(api, 'wallet', 'LOCKED', 'CREDIT'),
  'history-misses-refund': async (api) => {
    const card = await api.card({ balance: '50' });
    await api.load(card.entityId, '5', { type: 'REFUND', origin: 'POS' });
    return (await api.call('fetchTransactions', { entityId: card.entityId })).json().result.length;
  },
  'post-balance-sign': async (api) => {
    const card = await api.card({ balance: '10' });
    return (await api.load(card.entityId, '4', { type: 'DEBIT', origin: 'POS' })).json().result.postBalance;
  },
  'available-ignores-lien': async (api) => heldAfter(api, [['ADD', 100]]),
  'lien-ignored-by-debit': async (api) => {
    const card = await api.card({ balance: '100' });
    await api.call('markLien', { lienId: 'L1', transactionId: 'T1', source: 'PRE_AUTH', accountNumber: card.accountId, lienAmount: 60, type: 'ADD', balanceCheck: true });
    return (await api.load(card.entityId, '50', { type: 'DEBIT', origin: 'POS' })).statusCode;
  },
  'duplicate-txn-race': async (api) => {
    const card = await api.card();
    const answers = await Promise.all([api.load(card.entityId, '5', { txnRef: 'RACE' }), api.load(card.entityId, '5', { txnRef: 'RACE' })]);
    return { statuses: answers.map((a) => a.statusCode).sort(), total: (await api.balance(card.entityId)).totalBalance };
  },
  'duplicate-by-content': async (api) => {
    const card = await api.card();
    await api.load(card.entityId, '5');
    return (await api.load(card.entityId, '5')).statusCode;
  },
  'debit-at-balance-refused': async (api) => (await api.load((await api.card({ balance: '10' })).entityId, '10', { type: 'DEBIT', origin: 'POS' })).statusCode,
  'lien-remove-ignored': async (api) => heldAfter(api, [['ADD', 100], ['REMOVE', 100]]),
  'lookup-latest-transaction': async (api) => {
    const card = await api.card();
    const first = (await api.load(card.entityId, '5')).json().result.externalTransactionId;
    await api.load(card.entityId, '7');
    return (await lookup(api, first)).json().result.amount;
  },
  'transaction-lookup-404': async (api) => (await lookup(api, 'nope')).statusCode,
  'upper-limit-writable': async (api) => {
    const card = await api.card();
    await preferences(api, card.kitNo, [{ type: 'ATM', upperLimitMaxTransaction: '99' }]);
    const [listed] = (await api.call('fetchAllCards', { entityId: card.entityId })).json().result;
    return listed.preferences.international.values.find((p: { type: string }) => p.type === 'ATM').upperLimitMaxTransaction;
  },
  'usage-dob-mobile-ignored': async (api) => {
    const { pan } = await api.customer({ pan: 'ABCPD1234E', dateOfBirth: '10/10/1990' });
    return (await api.call('getUsageDetails', { pan, dob: '11/11/1991' })).statusCode;
  },
  'usage-dob-unparsed': async (api) => {
    const { pan } = await api.customer({ pan: 'ABCPD1234E', dateOfBirth: '10/10/1990' });
    return (await api.call('getUsageDetails', { pan, dob: '10/10/1990' })).statusCode;
  },
  'nominee-share-range-unchecked': async (api) => (await nominees(api, [{ name: 'A', relationship: 'Son', percentShare: 101 }])).json().type,
  'alert-recipients-unchecked': async (api) => (await api.call('createAlertConfig', { ...ALERT_KEY, thresholdAmount: 5, emailRecipients: ['not-an-email'] })).statusCode,
  'profile-format-unchecked': async (api) => (await api.call('updateCustomer', { entityId: (await api.customer()).entityId, pan: 'abcde1234f' })).statusCode,
  'dob-calendar-unchecked': async (api) => (await api.call('updateCustomer', { entityId: (await api.customer()).entityId, dob: '31/02/2001' })).statusCode,
  'search-past-end-last-page': async (api) => {
    await api.customer({ lastName: 'Pager' });
    return (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'Pager', tenant: 'ACME_CORP' }, { query: { pageNo: '3' } })).json().result.length;
  },
  'search-page-size-unchecked': async (api) =>
    (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'Pager', tenant: 'ACME_CORP' }, { query: { pageSize: '0' } })).statusCode,
  'balance-missing-entity-constraint': async (api) => (await api.call('fetchCardBalance', {})).json().type,
};

const ALERT_KEY = { corporateId: 'CORP123', accountNumber: '17568190551480014', alertType: 'CORPORATE_LOW_BALANCE_ALERT' };

/** A movement of 5 on a funded card whose customer or wallet was put in `status` first: its answer and the balance after. */
async function movedIn(api: Api, who: 'customer' | 'wallet', status: string, type: string) {
  const card = await api.card({ balance: '50' });
  if (who === 'customer' && status !== 'ACTIVE') await setCustomer(api, card.entityId, status);
  if (who === 'wallet' && status !== 'ACTIVE') await api.call('updateWalletStatus', { accountId: card.accountId, status });
  const answer = (await api.load(card.entityId, '5', { type, origin: type === 'CREDIT' ? 'LOAD' : 'POS' })).statusCode;
  return [answer, (await api.balance(card.entityId)).totalBalance];
}

const setCustomer = (api: Api, entityId: string, status: string, as: 'partner' | 'support' = 'partner') =>
  api.call('updateCustomerStatus', { entityId, status }, { as });
const setCard = (api: Api, card: { entityId: string; kitNo: string }, status: string) =>
  api.call('updateCardStatus', { entityId: card.entityId, kitNo: card.kitNo, status });
const preferences = (api: Api, kit: string, values: unknown[]) => api.call('updateCardPreferences', { kit, userOverridden: { international: { values } } });
const nominees = async (api: Api, list: unknown[]) => api.call('updateNominee', { nominees: list }, { params: { entityId: (await api.customer()).entityId } });

const lookup = (api: Api, externalTransactionId: string) => api.call('fetchTransactionByExternalId', undefined, { params: { externalTransactionId } });

async function heldAfter(api: Api, steps: Array<['ADD' | 'ADJUST' | 'REMOVE', number]>) {
  const card = await api.card({ balance: '1000' });
  for (const [type, lienAmount] of steps) {
    await api.call('markLien', { lienId: 'L1', transactionId: `T-${type}`, source: 'PRE_AUTH', accountNumber: card.accountId, lienAmount, type, balanceCheck: true });
  }
  const { heldAmount, availableBalance } = await api.balance(card.entityId);
  return { heldAmount, availableBalance };
}

test('the registry lists every fault module, each with a name, a one-line reason and requirement IDs', () => {
  const files = readdirSync(new URL('../../sandbox/faults/', import.meta.url))
    .filter((file) => !['fault.ts', 'index.ts', 'active-faults.ts', 'fault-consultations.ts'].includes(file))
    .map((file) => file.replace(/\.ts$/, ''));
  assert.deepEqual(faults.map((f) => f.name).sort(), files.sort());
  for (const fault of faults) {
    assert.ok(fault.reason.length > 10 && !fault.reason.includes('\n'), fault.name);
    assert.ok((fault.trips.length > 0 || fault.environment) && fault.trips.every((id) => /^[A-Z]+(-[A-Z0-9]+)*-\d{3}$/.test(id)), fault.name);
  }
});

test('an unknown fault name is refused, naming it and the known ones', () => {
  assert.throws(() => buildSandbox({ faults: ['no-such-fault'] }), (error: unknown) => {
    assert.ok(error instanceof UnknownFaultError);
    assert.match(error.message, /no-such-fault/);
    assert.match(error.message, /drop-pagination/);
    return true;
  });
  assert.deepEqual(new ActiveFaults([' drop-pagination ', '']).names, ['drop-pagination']);
});

for (const fault of faults) {
  test(`fault "${fault.name}" changes what the sandbox answers`, async () => {
    const scenario = SCENARIOS[fault.name];
    const clean = await scenario(sandbox());
    const faulty = await scenario(sandbox({ faults: [fault.name] }));
    assert.notDeepEqual(faulty, clean);
  });
}

test('with every API fault planted at once the sandbox still answers without crashing', async () => {
  // Environment faults stand for a gateway, not the API: with one planted nothing reaches the API behind it.
  const apiFaults = faults.filter((f) => !f.environment);
  const api = sandbox({ faults: apiFaults.map((f) => f.name) });
  for (const fault of apiFaults) await SCENARIOS[fault.name](api);
});
