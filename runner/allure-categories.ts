/**
 * How Allure sorts failures: an environment that could not answer is not a contract violation.
 * The messages are written by harness/verify.ts (environment errors start with "ENVIRONMENT ERROR:",
 * each finding with its requirement ID in brackets).
 */
export const allureCategories = [
  {
    name: 'Environment errors (timeouts, gateway 5xx, connection failures, non-JSON bodies)',
    messageRegex: '[\\s\\S]*ENVIRONMENT ERROR:[\\s\\S]*',
    matchedStatuses: ['failed', 'broken'],
  },
  {
    name: 'Contract violations (status, content type, schema, envelope, business code)',
    messageRegex: '[\\s\\S]*\\[CONTRACT-[A-Z0-9]+-[0-9]+\\][\\s\\S]*',
    matchedStatuses: ['failed', 'broken'],
  },
  {
    name: 'Business-rule violations',
    messageRegex: '[\\s\\S]*\\[[A-Z]+-[A-Z]+-[0-9]+\\][\\s\\S]*',
    matchedStatuses: ['failed', 'broken'],
  },
  { name: 'Test defects (the suite itself broke)', matchedStatuses: ['broken'] },
];
