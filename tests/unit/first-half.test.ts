import { importHalf } from './unit-test-files';

await importHalf(0);
