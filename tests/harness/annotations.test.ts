import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import test from 'node:test';
import { annotate, annotation, annotationsOf, hasAnnotation } from '../../harness/reporting/annotations';
import { sources } from './source-files';

test('a payload is written once in its encoding and read back typed; once keeps a repeat out', () => {
  const info = { annotations: [] as { type: string; description?: string }[] };
  annotate(info, 'exchange', { operationId: 'markLien', status: 409, businessCode: 'PPCUST_079', shape: 'aaaaaaaaaaaa' });
  annotate(info, 'known-deviation', { requirement: 'CONTRACT-BC-001', operation: 'markLien', status: 409, reason: 'TICKET-1' });
  annotate(info, 'violation', 'WALLET-LIEN-001', { once: true });
  annotate(info, 'violation', 'WALLET-LIEN-001', { once: true });
  assert.equal(info.annotations[0].description, 'markLien 409 PPCUST_079 shape:aaaaaaaaaaaa', 'an exchange keeps its one-line note');
  assert.deepEqual(annotationsOf(info.annotations, 'exchange'), [{ operationId: 'markLien', status: 409, businessCode: 'PPCUST_079', shape: 'aaaaaaaaaaaa' }]);
  assert.deepEqual(annotationsOf(info.annotations, 'known-deviation')[0].reason, 'TICKET-1');
  assert.deepEqual(annotationsOf(info.annotations, 'violation'), ['WALLET-LIEN-001']);
  assert.ok(hasAnnotation(info.annotations, 'violation') && !hasAnnotation(info.annotations, 'setup-violation'));
  assert.deepEqual(annotationsOf([{ type: 'exchange', description: 'not a note' }], 'exchange'), [], 'a line its codec cannot read is left out');
  assert.deepEqual(annotation('tags', '@A-001'), { type: 'tags', description: '@A-001' });
});

test('only harness/reporting/annotations.ts writes an annotation, and the runner reads none by its type string', () => {
  const root = join(import.meta.dirname, '..', '..');
  const files = ['harness', 'runner', 'specs'].flatMap((folder) => sources(join(root, folder)));
  const offending = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const shown = relative(root, file);
    if (shown === join('harness', 'reporting', 'annotations.ts')) return [];
    // Playwright's own annotations ('skip', 'fail') are Playwright's protocol, not ours.
    const own = [...text.matchAll(/annotations\.push\(|\ba\.type === '(?!skip'|fail')[a-z.-]+'/g)];
    return own.map((match) => `${shown}: ${match[0]}`);
  });
  assert.deepEqual(offending, []);
});
