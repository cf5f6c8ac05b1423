// The type-check measurement's program with @connectfi/client: two calls (measure.ts times `tsc` on it).
import { createConnectFiClient } from '@connectfi/client';

const cfi = createConnectFiClient({ baseUrl: 'https://sandbox.connectfi.invalid', token: 'token' });
export const health = await cfi.health.check();
export const customer = await cfi.customer.status('c-1');
