import assert from 'node:assert/strict';
import test from 'node:test';
import type { Exploration } from '../../harness/exploration/explore';
import { explorationMarkdown } from '../../runner/exploration-markdown';

const base: Exploration = { seed: 7, sequences: 12, interrupted: false, operations: { loadWallet: 3 }, outcomes: { 'WALLET-EFFECT-CELL-001 applied': 3 } };

test('a finding reads without the suite: each rule with its title, the prediction and the answer, each step with what the model expected and its curl, the replay line', () => {
  const text = explorationMarkdown(
    {
      ...base,
      finding: {
        rule: 'WALLET-EFFECT-001',
        also: ['CUST-EFFECT-001'],
        predicted: 'applied (WALLET-EFFECT-CELL-001)',
        received: 'refused (409)',
        steps: [
          { command: 'customer status → LOCKED', verdict: 'the model expected applied, by CUST-STATUS-001; the environment gave applied (200)', curls: ["curl -X POST 'https://x/y' -H 'Authorization: Bearer ****'"] },
          { command: 'credit 10.00', curls: ['curl two'] },
        ],
        replay: 'npm run explore -- --seed 7 --path 3:1 --commands AB',
      },
    },
    'sandbox',
  );
  assert.match(text, /## Finding: WALLET-EFFECT-001, CUST-EFFECT-001/);
  assert.match(text, /- \*\*CUST-EFFECT-001\*\* \(documented\): An ACTIVE customer's wallet takes every movement/);
  assert.match(text, /predicted \*\*applied \(WALLET-EFFECT-CELL-001\)\*\*; the environment answered \*\*refused \(409\)\*\*/);
  assert.match(text, /1\. customer status → LOCKED: the model expected applied, by CUST-STATUS-001; the environment gave applied \(200\)\n {3}`curl -X POST/);
  assert.match(text, /2\. credit 10\.00/);
  assert.match(text, /Replay: `npm run explore -- --seed 7 --path 3:1 --commands AB`/);
});

test('no finding says so; an environment error says nothing was learnt', () => {
  assert.match(explorationMarkdown(base, 'sandbox'), /No finding: every answer agreed with the model/);
  const broken = explorationMarkdown({ ...base, environmentError: 'connection reset' }, 'sandbox');
  assert.match(broken, /\*\*Environment error\*\*: connection reset\. Nothing was learnt/);
  assert.doesNotMatch(broken, /No finding/);
});
