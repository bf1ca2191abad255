/**
 * Interpretation point create-customer-country-code (fixtures/interpretations.json): createCustomer's only page, the
 * onboarding guide, writes a mobile's countryCode as the string "+91", every other request example as the number 91.
 * The suite sends the side the profile picks. With none picked it sends the number first and, when that is refused
 * with a 400, the guide's string; the side an environment accepted is sent to it first for the rest of the worker, so a
 * faithful environment on either side pays one refused request per worker at most. By environment, since a worker of
 * the proof serves many sandboxes (harness/environment/test-routes.ts), each maybe on another side.
 */
import { sawSide, sidesThisRunAccepts } from '../verdicts/interpretations';

const POINT = 'create-customer-country-code';

/** How each side spells the country code on the wire. */
const SPELLINGS: Readonly<Record<string, number | string>> = { integer: 91, 'plus-string': '+91' };

/** The side each environment (by base URL) accepted in this worker. */
const accepted = new Map<string, string>();

/** The sides to try, each with its spelling, in order: the one this worker saw the environment accept first. */
export function countryCodeTries(environment: string): { side: string; countryCode: number | string }[] {
  const sides = sidesThisRunAccepts(POINT);
  const acceptedHere = accepted.get(environment);
  const ordered = acceptedHere && sides.includes(acceptedHere) ? [acceptedHere, ...sides.filter((s) => s !== acceptedHere)] : sides;
  return ordered.map((side) => {
    const countryCode = SPELLINGS[side];
    if (countryCode === undefined) throw new Error(`${POINT} has a side "${side}" with no spelling in harness/data/onboarding-country-code.ts`);
    return { side, countryCode };
  });
}

/** Notes that the environment accepted a customer whose countryCode was spelt the side's way. */
export function countryCodeAccepted(environment: string, side: string): void {
  accepted.set(environment, side);
  sawSide(POINT, side);
}
