/**
 * Which tests are matrix cells, and of which matrix: looked up by the case ID a test declares (harness/reporting/covers.ts) in
 * the matrices themselves (transitions in fixtures/matrices/, status effects in fixtures/effects/), never told by
 * the shape of the ID.
 */
import { loadEffectMatrices } from '../harness/matrices/effects';
import { loadMatrices } from '../harness/matrices/matrices';

let cache: ReadonlyMap<string, string> | undefined;

/** The matrix each cell ID belongs to, by the matrix's name (`customer-status`, `wallet-effects`). */
export function matrixOfCell(): ReadonlyMap<string, string> {
  cache ??= new Map([
    ...loadMatrices().flatMap((m) => m.cells.map((cell) => [cell.id, m.matrix] as const)),
    ...loadEffectMatrices().flatMap((m) => m.cells.map((cell) => [cell.id, m.effects] as const)),
  ]);
  return cache;
}

/** The matrix of the cell a test runs; undefined for a test that runs no cell. */
export function matrixOf(ids: readonly string[]): string | undefined {
  return ids.map((id) => matrixOfCell().get(id)).find((matrix) => matrix !== undefined);
}
