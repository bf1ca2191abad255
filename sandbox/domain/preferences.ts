/**
 * Card transaction preferences (card/updateCardPreferences, seed 004): per scope (domestic, international)
 * and per type. Rules: the card must be ACTIVE; only the preferences sent change; a limit above the
 * product's upper limit is rejected.
 */
import { cardNotActive, invalidRequest } from '../http/business-errors';
import { constraintViolation, type FieldError } from '../http/problems';
import { PREFERENCE_TYPES, type PreferenceType, type Product } from '../tenants';
import type { Ctx } from './context';
import type { Card, Preference, PreferenceScope, Preferences } from './model';

const SCOPES: readonly PreferenceScope[] = ['domestic', 'international'];

/** Inferred defaults of a new card: domestic on, international off, limits at half the upper limits. */
export function defaultPreferences(product: Product): Preferences {
  const scope = (enabled: boolean) =>
    Object.fromEntries(
      PREFERENCE_TYPES.map((type) => {
        const upper = product.upperLimits[type];
        const preference: Preference = {
          type,
          enabled,
          maxTransaction: String(Math.floor(upper.upperLimitMaxTransaction / 2)),
          maxTransactionAmountPerDay: String(Math.floor(upper.upperLimitMaxTransactionAmountPerDay / 2)),
          perTransactionLimit: String(Math.floor(upper.upperLimitMaxTransactionAmountPerDay / 4)),
        };
        return [type, preference];
      }),
    ) as Record<PreferenceType, Preference>;
  return { domestic: scope(true), international: scope(false) };
}

/** The preferences as fetchAllCards shows them, with the read-only upper limits beside each type. */
export function preferencesView(card: Card, product: Product) {
  const scope = (name: PreferenceScope) => ({
    values: PREFERENCE_TYPES.map((type) => {
      const { upperLimits, ...preference } = card.preferences[name][type];
      return {
        ...preference,
        upperLimitMaxTransaction: String(product.upperLimits[type].upperLimitMaxTransaction),
        upperLimitMaxTransactionAmountPerDay: String(product.upperLimits[type].upperLimitMaxTransactionAmountPerDay),
        ...upperLimits,
      };
    }),
  });
  return { domestic: scope('domestic'), international: scope('international') };
}

interface PreferenceOverride {
  type: PreferenceType;
  enabled?: boolean;
  maxTransaction?: string;
  maxTransactionAmountPerDay?: string;
  perTransactionLimit?: string;
  /** Read-only (seed 004): ignored, unless the planted fault `upper-limit-writable` stores them. */
  upperLimitMaxTransaction?: string;
  upperLimitMaxTransactionAmountPerDay?: string;
}

export interface UpdatePreferencesRequest {
  entityId?: string;
  kit?: string;
  userOverridden: Partial<Record<PreferenceScope, { values: PreferenceOverride[] }>>;
}

export function updateCardPreferences(ctx: Ctx, request: UpdatePreferencesRequest) {
  const card = findCard(ctx, request);
  // seed 004: "Card must be in ACTIVE status to update preferences" → 409 PPCUST_036.
  if (card.status !== 'ACTIVE' && !ctx.faults.active('preferences-on-locked-card')) throw cardNotActive(card.status);

  const product = ctx.state.tenant.products.find((p) => p.productId === card.productId)!;
  if (!ctx.faults.active('upper-limit-unenforced')) {
    const errors = upperLimitViolations(request, product);
    // The fault keeps the rejection and changes only its answer: a business error that names no field.
    if (errors.length && ctx.faults.active('upper-limit-as-business-error')) throw cardNotActive(card.status);
    if (errors.length) throw constraintViolation(errors);
  }

  if (ctx.faults.active('preferences-reset-unsent')) card.preferences = defaultPreferences(product);
  for (const scope of SCOPES) {
    for (const override of request.userOverridden[scope]?.values ?? []) {
      const current = card.preferences[scope][override.type];
      // Only the fields sent change; upperLimit* in a request are read-only and ignored (seed 004).
      card.preferences[scope][override.type] = {
        type: override.type,
        enabled: override.enabled ?? current.enabled,
        maxTransaction: override.maxTransaction ?? current.maxTransaction,
        maxTransactionAmountPerDay: override.maxTransactionAmountPerDay ?? current.maxTransactionAmountPerDay,
        perTransactionLimit: override.perTransactionLimit ?? current.perTransactionLimit,
        upperLimits: ctx.faults.active('upper-limit-writable') ? writtenUpperLimits(override, current) : current.upperLimits,
      };
    }
  }
  return { message: 'Preferences updated successfully.' };
}

/** The planted fault `upper-limit-writable`: the upperLimit* sent become the card's own. */
function writtenUpperLimits(override: PreferenceOverride, current: Preference): Preference['upperLimits'] {
  const { upperLimitMaxTransaction, upperLimitMaxTransactionAmountPerDay } = override;
  const written = Object.fromEntries(Object.entries({ upperLimitMaxTransaction, upperLimitMaxTransactionAmountPerDay }).filter(([, v]) => v !== undefined));
  return Object.keys(written).length ? { ...current.upperLimits, ...written } : current.upperLimits;
}

/** The card by kit and/or entityId; both given must agree. Unknown → 409 PPCUST_010 (inferred). */
function findCard(ctx: Ctx, request: UpdatePreferencesRequest): Card {
  const card = request.kit !== undefined
    ? ctx.state.cards.get(request.kit)
    : [...ctx.state.cards.values()].find((c) => c.entityId === request.entityId);
  if (!card || (request.entityId !== undefined && card.entityId !== request.entityId)) {
    throw invalidRequest(`No card for kit ${request.kit ?? '-'} and entity ${request.entityId ?? '-'}`);
  }
  return card;
}

/**
 * seed 004: "Setting a value higher than the upper limit will be rejected". maxTransaction is bounded by
 * upperLimitMaxTransaction; both amounts by upperLimitMaxTransactionAmountPerDay (inferred for perTransactionLimit:
 * one transaction cannot exceed the day's total). Answered as Spring's @Max would: a field error per value.
 */
function upperLimitViolations(request: UpdatePreferencesRequest, product: Product): FieldError[] {
  const errors: FieldError[] = [];
  for (const scope of SCOPES) {
    (request.userOverridden[scope]?.values ?? []).forEach((override, index) => {
      const upper = product.upperLimits[override.type];
      const bounds: Array<[keyof PreferenceOverride, number]> = [
        ['maxTransaction', upper.upperLimitMaxTransaction],
        ['maxTransactionAmountPerDay', upper.upperLimitMaxTransactionAmountPerDay],
        ['perTransactionLimit', upper.upperLimitMaxTransactionAmountPerDay],
      ];
      for (const [field, max] of bounds) {
        const value = override[field];
        if (value !== undefined && Number(value) > max) {
          errors.push({ field: `userOverridden.${scope}.values[${index}].${field}`, message: `must be less than or equal to ${max}` });
        }
      }
    });
  }
  return errors;
}
