// The ES module consumer: `import` of both packages by name.
import * as client from '@connectfi/client';
import * as server from '@connectfi/server';
import { createRequire } from 'node:module';

const scenario = createRequire(import.meta.url)('./scenario.cjs');
const resolved = { client: import.meta.resolve('@connectfi/client'), server: import.meta.resolve('@connectfi/server') };
console.log(JSON.stringify({ resolved, ...(await scenario(client, server)) }));
