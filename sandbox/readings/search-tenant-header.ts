import { defineReading } from './reading';

/** A switch: the guard asks it for a search whose X-TENANT-ID is missing or another tenant's (sandbox/auth/guard.ts). */
export default defineReading({ name: 'search-tenant-header=body-only' });
