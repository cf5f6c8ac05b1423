// The same program with openapi-fetch over openapi-typescript's types alone (schema.d.ts, copied from the client's
// dist by measure.ts): what the type-check of our client is compared with.
import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

const client = createClient<paths>({ baseUrl: 'https://sandbox.connectfi.invalid', headers: { 'x-connectfi-token': 'token' } });
export const health = await client.GET('/health');
export const customer = await client.GET('/customer/status/{customerId}', { params: { path: { customerId: 'c-1' } } });
