// One round trip through both packages as another repository uses them, written once and run from an ES module
// (esm.mjs) and from CommonJS (cjs.cjs), which each pass the packages as they loaded them. Prints what happened as
// JSON for the test to compare.
module.exports = async function scenario(client, server) {
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
  return { health: health.status, unauthorized, webhook };
};
