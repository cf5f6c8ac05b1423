// The CommonJS consumer: `require()` of the packages by name.
const client = require('@connectfi/client');
const server = require('@connectfi/server');
const contract = require('@connectfi/contract');
const scenario = require('./scenario.cjs');

const resolved = { client: require.resolve('@connectfi/client'), server: require.resolve('@connectfi/server'), contract: require.resolve('@connectfi/contract') };
scenario(client, server, contract).then((result) => console.log(JSON.stringify({ resolved, ...result })));
