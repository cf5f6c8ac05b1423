// The CommonJS consumer: `require()` of both packages (and the client's sandbox entry point) by name.
const client = require('@connectfi/client');
const sandbox = require('@connectfi/client/sandbox');
const server = require('@connectfi/server');
const scenario = require('./scenario.cjs');

const resolved = { client: require.resolve('@connectfi/client'), sandbox: require.resolve('@connectfi/client/sandbox'), server: require.resolve('@connectfi/server') };
scenario(client, server, sandbox).then((result) => console.log(JSON.stringify({ resolved, ...result })));
