/**
 * Serves the reference sandbox over HTTP:
 *   tsx sandbox/main.ts [--port N] [--host H] [--faults a,b] [--readings point=side,…]
 * Port defaults to SANDBOX_PORT or 4010, host to 127.0.0.1, faults to SANDBOX_FAULTS, readings (the other documented
 * sides of interpretation points, sandbox/readings/) to SANDBOX_READINGS. LATITUDE_SEED=<n>[,<n>…] starts latitude
 * mode (sandbox/latitude/), LATITUDE_LOG=<file> names the file its rewrites are appended to.
 * An unknown fault or reading exits with code 2 and says which exist.
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSandbox } from './app';
import { UnknownFaultError } from './faults/active-faults';
import type { LatitudeLine } from './latitude/latitude';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    faults: { type: 'string' },
    readings: { type: 'string' },
  },
});

const port = Number(values.port ?? process.env.SANDBOX_PORT ?? 4010);
const host = values.host ?? '127.0.0.1';
const list = (value: string | undefined) => (value ?? '').split(',').map((f) => f.trim()).filter(Boolean);
const faults = list(values.faults ?? process.env.SANDBOX_FAULTS);
const readings = list(values.readings ?? process.env.SANDBOX_READINGS);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${values.port ?? process.env.SANDBOX_PORT}`);
  process.exit(2);
}
const seeds = list(process.env.LATITUDE_SEED);
if (seeds.some((seed) => !/^[0-9]+$/.test(seed))) {
  console.error(`Invalid LATITUDE_SEED: ${process.env.LATITUDE_SEED} (a non-negative integer, or several separated by commas)`);
  process.exit(2);
}
const log = process.env.LATITUDE_LOG;
// One JSON line per answer, appended at once: whoever started the sandbox may stop it at any moment.
const record = log ? (line: LatitudeLine) => appendFileSync(log, `${JSON.stringify(line)}\n`) : undefined;
const latitude = seeds.length ? { seeds: seeds.map(Number), record } : undefined;

let app;
try {
  app = buildSandbox({ faults, readings, latitude });
} catch (error) {
  if (error instanceof UnknownFaultError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

// Before listening: whoever starts us may stop us as soon as it reads the line below, and must get a clean exit.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

await app.listen({ port, host });
// The bound port, which differs from the one asked for when that was 0 (any free port).
const address = app.server.address();
const boundPort = typeof address === 'object' && address ? address.port : port;
console.log(`Reference sandbox listening on http://${host}:${boundPort} (faults: ${faults.length ? faults.join(', ') : 'none'}; readings: ${readings.length ? readings.join(', ') : 'the reference sides'}${latitude ? `; latitude seeds ${latitude.seeds.join(', ')}` : ''})`);

