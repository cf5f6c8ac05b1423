// The ES module consumer: `import` of the packages by name.
import * as client from '@connectfi/client';
import * as server from '@connectfi/server';
import * as contract from '@connectfi/contract';
import { createRequire } from 'node:module';

const scenario = createRequire(import.meta.url)('./scenario.cjs');
const resolved = { client: import.meta.resolve('@connectfi/client'), server: import.meta.resolve('@connectfi/server'), contract: import.meta.resolve('@connectfi/contract') };
console.log(JSON.stringify({ resolved, ...(await scenario(client, server, contract)) }));
