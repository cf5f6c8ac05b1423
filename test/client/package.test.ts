// The generated @connectfi/client, imported by name as a user does: the User-Agent names the package and its
// version, `listAll()` needs no argument, `.withResponse()` on a facade method, `parseWebhook` accepts a status it
// does not know yet but refuses a payload of the wrong shape, and the exports are exactly what api.md lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as client from '@connectfi/client';
import { APIError, ConnectFiError, WebhookParseError, createConnectFiClient, parseWebhook } from '@connectfi/client';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { fakeFetch, ok } from './support/fake-fetch.ts';

const packageDir = join(projectRoot, 'generated/client');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const bundle = JSON.parse(readFileSync(join(projectRoot, 'generated/openapi.json'), 'utf8'));
const apiMd = readFileSync(join(packageDir, 'api.md'), 'utf8');

describe('@connectfi/client', () => {
  it("sends a User-Agent naming the package and its version (the spec's info.version)", async () => {
    const { fetch, calls } = fakeFetch(() => ok({ status: 'ok' }));
    await createConnectFiClient({ baseUrl: 'https://cfi.test', token: 't', fetch }).health.check();
    expect(calls[0].headers['user-agent']).toBe(`@connectfi/client/${pkg.version}`);
    expect(pkg.version).toBe(bundle.info.version);
    expect(client.VERSION).toBe(pkg.version);
  });

  it('the low-level client sends the same User-Agent', async () => {
    const { fetch, calls } = fakeFetch(() => ok({ status: 'ok' }));
    await createConnectFiClient({ baseUrl: 'https://cfi.test', token: 't', fetch }).raw.GET('/health');
    expect(calls[0].headers['user-agent']).toBe(`@connectfi/client/${pkg.version}`);
  });

  it('listAll() works without an argument, paging from the first record', async () => {
    const { fetch, calls } = fakeFetch((req) => ok({ transactions: req.body.skipRecords === 0 ? [{ cFiTransactionId: 'a' }, { cFiTransactionId: 'b' }] : [{ cFiTransactionId: 'c' }], more: req.body.skipRecords === 0 }));
    const cfi = createConnectFiClient({ baseUrl: 'https://cfi.test', token: 't', fetch });
    const ids: string[] = [];
    for await (const record of cfi.ach.listAll()) ids.push(record.cFiTransactionId);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(calls.map((c) => c.body)).toEqual([
      { numberOfRecords: 1000, skipRecords: 0 },
      { numberOfRecords: 1000, skipRecords: 2 },
    ]);
  });

  it("a facade method's .withResponse() gives the status, headers and requestId", async () => {
    const { fetch } = fakeFetch(() => ok({ status: 'ok' }));
    const { data, response } = await createConnectFiClient({ baseUrl: 'https://cfi.test', token: 't', fetch }).health.check().withResponse();
    expect(data).toEqual({ status: 'ok' });
    expect(response.status).toBe(200);
    expect(response.requestId).toBe('3ec05680b7a611edaaa621b3360f38c0');
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('fails at construction on a malformed baseUrl or missing credentials, with a ConnectFiError', () => {
    expect(() => createConnectFiClient({ baseUrl: 'cfi.test', token: 't' })).toThrow(/baseUrl "cfi.test" is not an absolute URL/);
    expect(() => createConnectFiClient({ baseUrl: 'https://cfi.test' })).toThrow(ConnectFiError);
  });
});

describe('parseWebhook and enum values connectFi adds later', () => {
  const example = (name: string) => {
    const content = bundle.webhooks[name].post.requestBody.content['application/json'];
    return structuredClone(Object.values<any>(content.examples)[0].value);
  };

  it('accepts a status it does not know yet, and returns it as sent', () => {
    const payload = example('achStatusChanged');
    const known: string[] = bundle.components.schemas.AchTransferStatus.enum;
    expect(known).not.toContain('HeldForReview');
    payload.status = 'HeldForReview';
    expect(parseWebhook('achStatusChanged', JSON.stringify(payload)).status).toBe('HeldForReview');
  });

  it('still refuses a payload of the wrong shape, naming the field', () => {
    const wrongType = { ...example('achStatusChanged'), status: 42 };
    expect(() => parseWebhook('achStatusChanged', JSON.stringify(wrongType))).toThrow(/\/status must be string/);
    const { status: _dropped, ...missing } = example('achStatusChanged');
    expect(() => parseWebhook('achStatusChanged', JSON.stringify(missing))).toThrow(/must have required property 'status'/);
    expect(() => parseWebhook('achStatusChanged', '[]')).toThrow(WebhookParseError);
  });

  it('keeps single-value tags exact: a combo payload with an unknown transferType is refused', () => {
    const payload = example('comboStatusChanged');
    const body = payload.data ?? payload;
    expect(() => parseWebhook('comboStatusChanged', JSON.stringify(payload))).not.toThrow();
    body.transferType = 'teleport';
    expect(() => parseWebhook('comboStatusChanged', JSON.stringify(payload))).toThrow(WebhookParseError);
  });
});

describe('the public surface is what api.md lists', () => {
  /** Every export of one entry's types file, types included, as a consumer's compiler sees them. */
  function exportsOf(typesEntry: string): string[] {
    const file = join(packageDir, typesEntry);
    const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, noEmit: true });
    const checker = program.getTypeChecker();
    return checker
      .getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!)
      .map((s) => s.getName())
      .sort();
  }
  const exported = exportsOf('dist/index.d.ts');
  const sandboxExported = exportsOf('dist/sandbox/index.d.ts');
  const internals = ['operationMeta', 'openRoutes', 'errorFor', 'errorFromBody', 'ConnectFiCore', 'Transport', 'callSignal', 'redact', 'LOGIN_OPERATION', 'createWebhookParser'];

  it('exports no internals, from either entry point', async () => {
    const sandbox = await import('@connectfi/client/sandbox');
    for (const internal of internals) {
      expect(exported, internal).not.toContain(internal);
      expect(Object.keys(client), internal).not.toContain(internal);
      expect(sandboxExported, `sandbox ${internal}`).not.toContain(internal);
      expect(Object.keys(sandbox), `sandbox ${internal}`).not.toContain(internal);
    }
  });

  it('lists every export of @connectfi/client/sandbox in api.md', () => {
    const section = apiMd.slice(apiMd.indexOf('## @connectfi/client/sandbox'));
    expect(sandboxExported).toContain('SandboxControl');
    const listed = (name: string) => section.includes(`\`${name}\``) || section.includes(`\`${name}(`) || apiMd.includes(`\`${name}\``);
    expect(sandboxExported.filter((name) => !listed(name))).toEqual([]);
  });

  it('lists every export in api.md, and exports every error class api.md names', () => {
    expect(exported.length).toBeGreaterThan(100);
    expect(exported.filter((name) => !apiMd.includes(`\`${name}\``) && !apiMd.includes(`\`${name}(`))).toEqual([]);
    const errorTable = apiMd.slice(apiMd.indexOf('## Errors'), apiMd.indexOf('## Logging'));
    const classes = [...errorTable.matchAll(/^\| ([^|]+) \| `/gm)].flatMap((m) => [...m[1].matchAll(/`(\w+)`/g)].map((n) => n[1]));
    expect(classes.length).toBeGreaterThan(15);
    expect(classes.filter((name) => !exported.includes(name))).toEqual([]);
    for (const name of classes.filter((n) => n.endsWith('Error') && n !== 'ConnectFiError')) expect((client as Record<string, any>)[name].prototype, name).toBeInstanceOf(ConnectFiError);
    expect(new (client as any).BadRequestError({ status: 400, code: 'x', context: {}, message: 'm' })).toBeInstanceOf(APIError);
  });
});
