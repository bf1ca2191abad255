import { defineReading } from './reading';

/**
 * A switch: createCustomer asks it (sandbox/domain/customers.ts, onboardingMobile); the mobile's countryCode must then
 * be the onboarding guide's string "+91", and the number 91 is refused.
 */
export default defineReading({ name: 'create-customer-country-code=plus-string' });
