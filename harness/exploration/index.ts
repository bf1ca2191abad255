/**
 * The exploration's import surface for its spec (specs/exploration/): apart from harness/index.ts, so that the
 * workers of every other spec do not load fast-check and the model (about 75 ms a worker start).
 */
export { explore } from './explore';
export { EXPLORE_METADATA, exploreSettings } from './settings';
