// One round trip through the packages (and one call through the client's sandbox entry point) as another repository
// uses them, written once and run from an ES module (esm.mjs) and from CommonJS (cjs.cjs), which each pass the
// packages as they loaded them. Prints what happened as JSON for the test to compare.
const { existsSync } = require('node:fs');

module.exports = async function scenario(client, server, contract, sandbox) {
  const stubs = server.createConnectFiServer({
    authenticate: (token) => (token === 'good-token' ? { user: 'u1' } : null),
    handlers: {
      healthCheck: ({ requestId }) => ({ status: 200, body: { code: '0', data: { status: 'ok', dtsChecked: new Date(0).toISOString() }, requestId } }),
    },
  });
  const through = (token) => client.createConnectFiClient({
    baseUrl: 'https://stubs.invalid',
    token,
    maxRetries: 0,
    fetch: (url, init) => stubs.fetch(new Request(url, init)),
  });
  const health = await through('good-token').health.check();
  let unauthorized;
  try {
    await through('bad-token').customer.status('c-1');
  } catch (error) {
    unauthorized = { name: error.constructor.name, isConnectFiError: error instanceof client.ConnectFiError, status: error.status, code: error.code };
  }
  let webhook;
  try {
    client.parseWebhook('achStatusChanged', '{"not":"an ACH event"}');
  } catch (error) {
    webhook = { name: error.name, isWebhookParseError: error instanceof client.WebhookParseError };
  }
  // The contract kit judges the stubs' raw health answer, and the same answer with a wrongly typed field, with its
  // shipped response validator.
  const kit = contract.loadKit();
  const healthContract = kit.table.operations.find((o) => o.operationId === 'healthCheck');
  const validate = kit.validators[healthContract.responses['200']['application/json']];
  const answer = await (await stubs.fetch(new Request('https://stubs.invalid/health'))).json();
  const kitResult = {
    operations: kit.table.operations.length,
    bundleShipped: existsSync(kit.bundlePath),
    acceptsHealthAnswer: validate(answer),
    rejectsBrokenAnswer: !validate({ ...answer, data: { ...answer.data, status: 42 } }),
  };
  // The sandbox entry point in the same module format: its errors are the main entry's classes.
  let control;
  try {
    await new sandbox.SandboxControl({
      baseUrl: 'https://sandbox.invalid',
      token: 'good-token',
      maxRetries: 0,
      fetch: async () => new Response(JSON.stringify({ requestId: 'r1', code: 'recordNotFound', context: { resource: 'AchTransfer', id: 'x' }, message: 'Record not found' }), { status: 400, headers: { 'content-type': 'application/json' } }),
    }).transition({ resource: 'AchTransfer', id: 'x', to: 'Sent' });
  } catch (error) {
    control = { name: error.constructor.name, isBadRequestError: error instanceof client.BadRequestError, code: error.code };
  }
  return { health: health.status, unauthorized, webhook, contract: kitResult, control };
};
