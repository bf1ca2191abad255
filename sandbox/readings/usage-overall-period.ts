import { defineReading } from './reading';

/** A switch: usage details ask it for a currency with loads (sandbox/domain/usage.ts); overall then stays 0. */
export default defineReading({ name: 'usage-overall-period=separate' });
