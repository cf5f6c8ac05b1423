// The ES module consumer: `import` of the packages (and the client's sandbox entry point) by name.
import * as client from '@connectfi/client';
import * as sandbox from '@connectfi/client/sandbox';
import * as server from '@connectfi/server';
import * as contract from '@connectfi/contract';
import { createRequire } from 'node:module';

const scenario = createRequire(import.meta.url)('./scenario.cjs');
const resolved = { client: import.meta.resolve('@connectfi/client'), sandbox: import.meta.resolve('@connectfi/client/sandbox'), server: import.meta.resolve('@connectfi/server'), contract: import.meta.resolve('@connectfi/contract') };
console.log(JSON.stringify({ resolved, ...(await scenario(client, server, contract, sandbox)) }));
