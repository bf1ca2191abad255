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
export { ALERT_FIELDS, alertFields, changeAlertConfig, INTERFERENCE, readBackOf, type AlertChange, type AlertChangePlan, type AlertFields, type ReadBack } from './alert-change';
export type { Actor } from './actor';
export { allureMetadata, metaFromLabels, type TestMeta, type AllureMetadata } from './allure-labels';
export { EnvironmentError, TokenCache } from './auth';
export { expectOutcome, expectValue, type Expectation, type ProblemType, checks, type Check, type CheckContext } from './checks/index';
export { ApiClient, ExchangeLog, type AuthChoice, type CallOptions } from './client';
export { contract, operation, operations, documentedResponse, type Operation, type DocumentedResponse } from './contract';
export { toCurl } from './curl';
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
} from './data';
export { ConfigError, loadTarget, isProductionHost, type Credentials, type Target } from './env';
export { deviationFor, deviationIds, expectationsPath, loadExpectations, type Deviation, type Expectations } from './expectations';
export type { Exchange, RecordedRequest, RecordedResponse, TransportError } from './exchange';
export { test, type TestFixtures, type WorkerFixtures } from './fixtures';
export { covering, declaredIds, storyOfStatus, type Coverage } from './covers';
export { ENVIRONMENT, type Finding, type FindingKind } from './findings';
export { forgedToken } from './forged-token';
export { acceptedSides, expectedSide, point, sawSide, sideExpectation, skipOnSide, type Picks, type Point } from './interpretations';
export { businessCodeIn, businessCodeOf } from './business-code';
export { judge, failureMessage } from './judge';
export { expandRows, limitDeclaration, limitFile, limitTitle, presenceOf, resolveValue, type LimitCase, type LimitFile, type LimitRow } from './limits';
export { maskExchange, maskText, maskValue } from './mask';
export { amountText, minorUnits } from './money';
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
} from './matrices';
export { assertTargetReachable } from './reachability';
export { describeMutation, mutations, requestSchema, validBody, type Mutation, type MutationKind } from './request-bodies';
export { requirement, requirements, severityOf, STORIES, type Level, type Requirement, type Severity, type Story } from './requirements';
export { schemas, type SchemaVerdict } from './schema-registry';
export { bringTo, exerciseCell, READ_BACK, type CellClients } from './transitions';
export type { CellObservation, EffectObservation } from './annotations';
export { CELL_AMOUNT, effectDeclaration, effectMatrix, effectTitle, loadEffectMatrices, MOVEMENTS, type EffectCell, type EffectMatrix, type Movement } from './effects';
export { exerciseEffect } from './status-effects';
export { addedItems, balanceMoved, expectHistoryAddsUp, type Balance, type HistoryItem, type Ledger } from './ledger';
export { expectRefused } from './refusal';
export { ConformanceError, expectRule, verify } from './verify';
