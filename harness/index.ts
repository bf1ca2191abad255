/**
 * The one import surface for specs: fixtures, verification, data, metadata and types.
 * @example
 * import { test, verify } from '../../harness';
 * test(...covering(['CUST-STATUS-002'], 'ACTIVE → ACTIVE is rejected with PPCUST_032'), async ({ api, data }) => {
 *   const customer = await data.customer();
 *   verify(await api.call('updateCustomerStatus', { body: { entityId: customer.entityId, status: 'ACTIVE' } }),
 *     { status: 409, businessCode: 'PPCUST_032', requirements: ['CUST-STATUS-002'] });
 * });
 */
export { expect } from '@playwright/test';
export { ALERT_FIELDS, alertFields, changeAlertConfig, INTERFERENCE, readBackOf, type AlertChange, type AlertChangePlan, type AlertFields, type ReadBack } from './data/alert-change';
export type { Actor } from './contract/actor';
export { allureMetadata, metaFromLabels, type TestMeta, type AllureMetadata } from './reporting/allure-labels';
export { EnvironmentError, TokenCache } from './environment/auth';
export { expectOutcome, expectValue, type Expectation, type ProblemType, checks, type Check, type CheckContext } from './checks/index';
export { ApiClient, ExchangeLog, type AuthChoice, type CallOptions } from './environment/client';
export { contract, operation, operations, documentedResponse, type Operation, type DocumentedResponse } from './contract/contract';
export { toCurl } from './reporting/curl';
export {
  DataFactory,
  needed,
  seededFaker,
  seedOfTest,
  testSeed,
  type AlertConfigKey,
  type CreatedAlertConfig,
  type CreatedCustomer,
  type CustomerStatus,
  type FetchedCustomer,
  type IssuedCard,
  type ListedCard,
  type LoadResult,
  type Mobile,
  type NewCustomerBody,
  type Preference,
  type PreferenceChange,
  type PreferenceScope,
  type PreferenceType,
} from './data/data';
export { concurrently } from './environment/concurrently';
export { ConfigError, loadTarget, isProductionHost, type Credentials, type Target } from './environment/env';
export { deviationFor, deviationIds, expectationsPath, loadExpectations, type Expectations } from './profile/expectations';
export type { Deviation } from './verdicts/deviation';
export type { Exchange, RecordedRequest, RecordedResponse, TransportError } from './reporting/exchange';
export { test, type TestFixtures, type WorkerFixtures } from './fixtures';
export { covering, declaredIds, storyOfStatus, type Coverage } from './reporting/covers';
export { ENVIRONMENT, type Finding, type FindingKind } from './reporting/findings';
export { forgedToken } from './environment/forged-token';
export { acceptedSides, expectedSide, point, sawSide, sideExpectation, skipOnSide, type Picks, type Point } from './verdicts/interpretations';
export { businessCodeIn, businessCodeOf } from './contract/business-code';
export { judge, failureMessage } from './verdicts/judge';
export { expandRows, limitDeclaration, limitFile, limitTitle, presenceOf, resolveValue, type LimitCase, type LimitFile, type LimitRow } from './matrices/limits';
export { maskExchange, maskText, maskValue } from './reporting/mask';
export { amountText, minorUnits } from './contract/money';
export {
  cellFor,
  cellTests,
  cellDeclaration,
  cellTitle,
  loadMatrices,
  matrix,
  outcomeFor,
  pathTo,
  setupPath,
  type CellOutcome,
  type CellRule,
  type Matrix,
  type MatrixCell,
  type Step,
} from './matrices/matrices';
export { assertTargetReachable } from './environment/reachability';
export { describeMutation, mutations, requestSchema, validBody, type Mutation, type MutationKind } from './contract/request-bodies';
export { requirement, requirements, severityOf, STORIES, type Level, type Requirement, type Severity, type Story } from './reporting/requirements';
export { schemas, type SchemaVerdict } from './contract/schema-registry';
export { bringTo, exerciseCell, READ_BACK, type CellClients } from './matrices/transitions';
export type { CellObservation, EffectObservation } from './reporting/annotations';
export { CELL_AMOUNT, effectDeclaration, effectMatrix, effectTitle, loadEffectMatrices, MOVEMENTS, type EffectCell, type EffectMatrix, type Movement } from './matrices/effects';
export { exerciseEffect } from './matrices/status-effects';
export { addedItems, balanceMoved, expectHistoryAddsUp, type Balance, type HistoryItem, type Ledger } from './money/ledger';
export { expectRefused } from './verdicts/refusal';
export { ConformanceError, expectRule, verify } from './verdicts/verify';
