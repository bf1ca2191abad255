/**
 * The project's own command-line tools, started directly from node_modules/.bin rather than through `npx`, which
 * spends about 0.7 s of CPU finding the same file on every call: the project's tests start Playwright dozens of
 * times. `npm ci` puts them there; a missing one fails as plainly as npx would.
 */
import { join } from 'node:path';

/** The tools the runner and the tests start (a TypeScript script runs as `node --import tsx <script>`, cheaper than tsx's own command, which starts a second process). */
export type LocalTool = 'playwright' | 'allure';

/** The absolute path of a tool of the project's node_modules/.bin. */
export function localBin(tool: LocalTool): string {
  return join(import.meta.dirname, '..', 'node_modules', '.bin', tool);
}
