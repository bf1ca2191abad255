/**
 * Reading a folder of JSON data files (matrices, effect matrices, limit rows, schemas): every file with the suffix, in
 * name order, so what is loaded and in what order does not depend on the file system.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parsed files of `dir` whose names end with `suffix`, by name; their shape is the caller's to have checked. */
export function readJsonFiles<T>(dir: string, suffix = '.json'): T[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(suffix))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T);
}
