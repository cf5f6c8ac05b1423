// The CommonJS consumer: `require()` of both packages by name.
const client = require('@connectfi/client');
const server = require('@connectfi/server');
const scenario = require('./scenario.cjs');

const resolved = { client: require.resolve('@connectfi/client'), server: require.resolve('@connectfi/server') };
scenario(client, server).then((result) => console.log(JSON.stringify({ resolved, ...result })));
