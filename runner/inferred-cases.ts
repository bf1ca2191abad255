/**
 * The matrix cells (status transitions and status effects) and limit rows whose expected outcome rests on inference (provenance `inferred`, each with its
 * assumption): certification does not let such a test alone block a MUST (runner/certification.ts).
 */
import { loadEffectMatrices } from '../harness/matrices/effects';
import { loadLimitFiles } from '../harness/matrices/limits';
import { loadMatrices } from '../harness/matrices/matrices';

export function inferredCaseIds(): Set<string> {
  const cells = loadMatrices().flatMap((m) => m.cells.filter((cell) => cell.provenance === 'inferred').map((cell) => cell.id));
  const effects = loadEffectMatrices().flatMap((m) => m.cells.filter((cell) => cell.provenance === 'inferred').map((cell) => cell.id));
  const rows = loadLimitFiles().flatMap((file) => file.rows.filter((row) => row.provenance === 'inferred').map((row) => row.id));
  return new Set([...cells, ...effects, ...rows]);
}
