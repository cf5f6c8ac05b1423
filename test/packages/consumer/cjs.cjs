// The CommonJS consumer: `require()` of the packages (and the client's sandbox entry point) by name.
const client = require('@connectfi/client');
const sandbox = require('@connectfi/client/sandbox');
const server = require('@connectfi/server');
const contract = require('@connectfi/contract');
const scenario = require('./scenario.cjs');

const resolved = { client: require.resolve('@connectfi/client'), sandbox: require.resolve('@connectfi/client/sandbox'), server: require.resolve('@connectfi/server'), contract: require.resolve('@connectfi/contract') };
scenario(client, server, contract, sandbox).then((result) => console.log(JSON.stringify({ resolved, ...result })));
