/**
 * Report-wide attachments of the Allure report (Allure 3 "global attachments"): the coverage of the run, and the
 * certification summary when there is one, readable beside the tests without leaving the report. Written into the
 * results folder before the report is generated, in the format allure-js writes (`<uuid>-globals.json`).
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface GlobalAttachment {
  name: string;
  path: string;
  contentType: string;
}

export function attachToAllureReport(resultsDir: string, attachments: readonly GlobalAttachment[]): void {
  if (!existsSync(resultsDir)) return;
  const timestamp = Date.now();
  const entries = attachments.map(({ name, path, contentType }) => {
    const source = `${randomUUID()}-attachment${extname(path)}`;
    copyFileSync(path, join(resultsDir, source));
    return { name, source, type: contentType, timestamp };
  });
  writeFileSync(join(resultsDir, `${randomUUID()}-globals.json`), JSON.stringify({ attachments: entries, errors: [] }));
}
