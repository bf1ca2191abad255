import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localBin } from './local-bin';

/** Matches the third-party analytics script tag Allure 3 writes into its pages. */
export const ANALYTICS_TAG = /<script[^>]*(googletagmanager|google-analytics|gtag)[^>]*>[\s\S]*?<\/script>\s*|<script>[^<]*(gtag\(|dataLayer)[^<]*<\/script>\s*/g;

/**
 * Generates the Allure HTML report from a results folder with the npm `allure` CLI, then removes the
 * analytics script tag: a report of a financial API must not call out to anyone when it is opened.
 * Returns the path of index.html.
 */
export function generateAllureReport(resultsDir: string, reportDir: string, categories: readonly object[] = []): string {
  // Allure writes into the folder as it finds it: files of an older report would be served beside the new one.
  rmSync(reportDir, { recursive: true, force: true });
  const scratch = mkdtempSync(join(tmpdir(), 'allure-categories-'));
  const categoriesFile = join(scratch, 'categories.json');
  writeFileSync(categoriesFile, JSON.stringify(categories));
  const run = spawnSync(localBin('allure'), ['generate', resultsDir, '-o', reportDir, '-c', 'allurerc.mjs'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ALLURE_FINDING_CATEGORIES: categoriesFile },
  });
  rmSync(scratch, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`allure generate failed: ${(run.stderr || run.stdout).trim().split('\n').pop()}`);
  for (const page of readdirSync(reportDir).filter((f) => f.endsWith('.html'))) {
    const path = join(reportDir, page);
    writeFileSync(path, readFileSync(path, 'utf8').replace(ANALYTICS_TAG, ''));
  }
  const index = join(reportDir, 'index.html');
  if (!existsSync(index)) throw new Error(`allure generate wrote no ${index}`);
  return index;
}
