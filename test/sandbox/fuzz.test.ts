// Property-based fuzzing (issue 13) of every operation the IR reads from the bundle, through plain HTTP:
// - valid-looking bodies (the documented examples, with fresh references and random values in their string fields)
//   and any token: never a 5xx, always a documented status, every error in the envelope (requestId, code, message);
// - invalid bodies (not JSON, not an object, a required property missing, a property of the wrong type) with a valid
//   token: the documented 400 with its envelope;
// - every multipart operation (document uploads): well-formed uploads with random bytes never 5xx and are never
//   refused as malformed; malformed ones (no file part, a file as text or twice, a wrong or missing boundary, a
//   truncated body, broken part headers, random bytes) the documented 400 with its envelope; a content-type that is
//   not multipart/form-data the runtime's 415, a body over the upload limit its 413, both with the envelope;
// - a missing or bad token on a secured operation: 401 with its envelope, whatever the body;
// - two tenants: every id tenant A was given, offered by tenant B to every operation (in bodies and paths), never
//   appears in B's answers.
// Bounded: FUZZ_RUNS runs per operation and property (default 12) and a time limit per property.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { deref } from '../support/bundle.ts';
import { ir, ref } from './support/bodies.ts';
import { clientFor } from './support/clients.ts';
import { startSandbox, type StartedSandbox } from './support/sandbox.ts';
import { encode, invalidUpload, UPLOAD_LIMIT, validUpload, wronglyTypedUpload } from './support/multipart-bodies.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const TIME_LIMIT_MS = 60_000;
const bundleText = readFileSync(join(projectRoot, 'generated/openapi.json'), 'utf8');
const bundle = JSON.parse(bundleText);
type Op = (typeof ir.operations)[number];
const ops = ir.operations;

/** The schema at a pointer of the bundle, following `$ref`s. */
function schemaAt(pointer: readonly (string | number)[]): any {
  let node: any = bundle;
  for (const key of pointer) node = node?.[key];
  return deref(bundle, node);
}

let sandbox: StartedSandbox;
let tokenA: string;
let tokenB: string;
beforeAll(async () => {
  sandbox = await startSandbox();
  const a = await clientFor(sandbox.url);
  tokenA = a.token;
  await a.control.createUser({ login: 'OTHERCO_api', password: 'Other-Passw0rd!' });
  tokenB = (await clientFor(sandbox.url, 'OTHERCO_api', 'Other-Passw0rd!')).token;
});
afterAll(async () => {
  await sandbox?.stop();
});

interface Sent {
  status: number;
  text: string;
  json: any;
}

async function send(op: Op, body: { raw: string | Uint8Array; type: string | undefined } | undefined, token: string | undefined, pathValue?: string | Record<string, string>): Promise<Sent> {
  const given = (name: string) => (typeof pathValue === 'string' ? pathValue : pathValue?.[name]);
  const path = op.path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(given(name) ?? String(op.parameters.find((p) => p.name === name)?.example ?? 'x')));
  const headers: Record<string, string> = token === undefined ? {} : { 'x-connectfi-token': token };
  if (body?.type) headers['content-type'] = body.type;
  const response = await fetch(`${sandbox.url}${path}`, { method: op.method.toUpperCase(), headers, body: body?.raw as BodyInit | undefined });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

/**
 * Declares a body over the upload limit and sends its first 64 KB: the server answers 413 from the declared
 * content-length at once, with `connection: close`, without parsing the rest. (A client that goes on writing the
 * whole body gets the same answer: the server reads and drops the rest first; the test below sends it whole.)
 */
function sendOversize(op: Op, raw: Uint8Array, type: string, token: string): Promise<Sent> {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(String(op.parameters.find((p) => p.name === name)?.example ?? 'x')));
  return new Promise((resolve, reject) => {
    const req = request(`${sandbox.url}${path}`, { method: op.method.toUpperCase(), headers: { 'x-connectfi-token': token, 'content-type': type, 'content-length': raw.length } });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode!, text, json: JSON.parse(text) });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.write(raw.subarray(0, 64 * 1024));
  });
}

function expectEnvelope(op: Op, sent: Sent, what: string) {
  expect(sent.json, `${op.operationId} ${what}: ${sent.status} ${sent.text.slice(0, 300)}`).toMatchObject({ requestId: expect.stringMatching(/^[0-9a-f]{32}$/), code: expect.any(String), message: expect.any(String) });
}

function expectDocumented(op: Op, sent: Sent, what: string) {
  expect(sent.status, `${op.operationId} ${what}: ${sent.text.slice(0, 300)}`).toBeLessThan(500);
  expect(
    op.responses.map((r) => r.status),
    `${op.operationId} ${what}: ${sent.status} undocumented: ${sent.text.slice(0, 300)}`,
  ).toContain(String(sent.status));
  if (sent.status >= 400) expectEnvelope(op, sent, what);
}

const jsonOps = ops.filter((op) => op.requestBody?.contentType === 'application/json');
const secured = ops.filter((op) => op.security.length);
const multipartOps = ops.filter((op) => op.requestBody?.contentType === 'multipart/form-data');
/** The codes of the 400 a malformed input gets: the schema's verdict, or the parser's. */
const REFUSED_AS_INVALID = ['requestValidateError', 'invalidMultipart'];

/**
 * Path values that meet the operation's prerequisites (`x-connectfi-prerequisites`: the record a path parameter names
 * exists): each such record is created by the operation the behaviour data says creates its resource, with its
 * documented example, so an upload can reach its 200.
 */
async function existingPathValues(op: Op, token: string): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const { exists } of op.prerequisites) {
    const [key, placeholder] = Object.entries(exists?.where ?? {})[0] ?? [];
    const param = /^\{path\.(\w+)\}$/.exec(String(placeholder))?.[1];
    const creator = ops.find((o) => o.behaviour?.kind === 'create' && o.behaviour.resource === exists?.resource);
    if (!param || !creator) continue;
    const example = (creator.requestBody?.examples[0]?.value ?? undefined) as Record<string, unknown> | undefined;
    const body = example && { raw: JSON.stringify({ ...example, ...('reference' in example ? { reference: ref('mp') } : {}) }), type: 'application/json' };
    const sent = await send(creator, body, token);
    const id = sent.json?.data?.[key!] ?? sent.json?.data?.[param];
    expect(typeof id, `${creator.operationId} for ${op.operationId}'s ${param}: ${sent.text.slice(0, 300)}`).toBe('string');
    values[param] = id;
  }
  return values;
}

/** The documented example with a fresh reference and random values in some of its top-level string fields. */
function validishBody(op: Op) {
  const example = (op.requestBody!.examples[0]?.value ?? {}) as Record<string, unknown>;
  const strings = Object.keys(example).filter((k) => typeof example[k] === 'string' && k !== 'reference');
  return fc.record({ replace: fc.subarray(strings, { maxLength: Math.min(2, strings.length) }), value: fc.string({ maxLength: 40 }) }).map(({ replace, value }) => {
    const body: Record<string, unknown> = { ...JSON.parse(JSON.stringify(example)) };
    if ('reference' in body) body.reference = ref('fz');
    for (const k of replace) body[k] = value;
    return body;
  });
}

/** Bodies the documented 400 must refuse: derived from the operation's schema, not from a hand list. */
function invalidBody(op: Op) {
  const schema = schemaAt(op.requestBody!.schema);
  const example = (op.requestBody!.examples[0]?.value ?? {}) as Record<string, unknown>;
  const options: fc.Arbitrary<{ raw: string; why: string }>[] = [
    fc.constantFrom('{', '{"a":', 'not json', '').map((raw) => ({ raw, why: `malformed JSON ${JSON.stringify(raw)}` })),
    fc.constantFrom(42, 'text', [1, 2], null, true).map((v) => ({ raw: JSON.stringify(v), why: `not an object: ${JSON.stringify(v)}` })),
  ];
  const required: string[] = (schema?.required ?? []).filter((k: string) => k in example);
  if (required.length) {
    options.push(
      fc.constantFrom(...required).map((k) => {
        const body: Record<string, unknown> = { ...example, ...('reference' in example ? { reference: ref('fz') } : {}) };
        delete body[k];
        return { raw: JSON.stringify(body), why: `required ${k} missing` };
      }),
    );
  }
  const typed = Object.entries<any>(schema?.properties ?? {})
    .map(([k, s]) => [k, schemaAt([...op.requestBody!.schema, 'properties', k]) ?? s] as const)
    .filter(([, s]) => typeof s?.type === 'string');
  if (typed.length) {
    options.push(
      fc.constantFrom(...typed).map(([k, s]) => {
        const wrong = s.type === 'string' ? { not: 'a string' } : s.type === 'object' ? 'not an object' : s.type === 'array' ? 'not an array' : 'not a scalar';
        return { raw: JSON.stringify({ ...example, ...('reference' in example ? { reference: ref('fz') } : {}), [k]: wrong }), why: `${k} of the wrong type` };
      }),
    );
  }
  return fc.oneof(...options);
}

const badToken = fc.oneof(
  fc.constant(undefined),
  fc.constant(''),
  fc.string({ minLength: 1, maxLength: 80 }).filter((t) => /^[\x21-\x7e]+$/.test(t)),
  fc.stringMatching(/^[0-9a-f]{64}$/),
);

// Bounded in runs and time; a failure prints its seed and path (fast-check's report) to replay it.
const property = (_label: string): fc.Parameters<unknown> => ({ numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false, endOnFailure: true });

describe('fuzz', () => {
  it(`every JSON operation (${jsonOps.length}): valid-looking bodies and any token, never 5xx, always documented`, async () => {
    for (const op of jsonOps) {
      await fc.assert(
        fc.asyncProperty(validishBody(op), fc.oneof(fc.constant(tokenA), fc.constant(tokenB), badToken), async (body, token) => {
          const sent = await send(op, { raw: JSON.stringify(body), type: 'application/json' }, token);
          expectDocumented(op, sent, `body ${JSON.stringify(body).slice(0, 200)}`);
        }),
        property(op.operationId),
      );
    }
  }, 600_000);

  it('every JSON operation: invalid bodies answer the documented 400 with its envelope', async () => {
    for (const op of jsonOps) {
      await fc.assert(
        fc.asyncProperty(invalidBody(op), async ({ raw, why }) => {
          const sent = await send(op, { raw, type: 'application/json' }, tokenA);
          expect(sent.status, `${op.operationId}, ${why}: ${sent.text.slice(0, 300)}`).toBe(400);
          expectDocumented(op, sent, why);
        }),
        property(op.operationId),
      );
    }
  }, 600_000);

  it(`every multipart operation (${multipartOps.length}): well-formed uploads with random bytes, never 5xx, never refused as malformed`, async () => {
    expect(multipartOps.length).toBeGreaterThan(0);
    const statuses = new Set<number>();
    for (const op of multipartOps) {
      const existing = await existingPathValues(op, tokenA);
      await fc.assert(
        fc.asyncProperty(validUpload(op.requestBody!.fileFields), fc.boolean(), async (upload, toExisting) => {
          const sent = await send(op, upload, tokenA, toExisting ? existing : undefined);
          statuses.add(sent.status);
          expectDocumented(op, sent, upload.why);
          if (toExisting) expect(sent.status, `${op.operationId}, ${upload.why} to ${JSON.stringify(existing)}: ${sent.text.slice(0, 300)}`).toBe(200);
          expect(REFUSED_AS_INVALID, `${op.operationId}, ${upload.why}: ${sent.text.slice(0, 300)}`).not.toContain(sent.json?.code);
        }),
        property(op.operationId),
      );
    }
    expect([...statuses].sort()).toEqual([200, 400]); // both the upload and the missing document were reached
  }, 600_000);

  it('every multipart operation: malformed uploads answer the documented 400 with its envelope', async () => {
    for (const op of multipartOps) {
      await fc.assert(
        fc.asyncProperty(invalidUpload(op.requestBody!.fileFields), async (upload) => {
          const sent = await send(op, upload, tokenA);
          expect(sent.status, `${op.operationId}, ${upload.why}: ${sent.text.slice(0, 300)}`).toBe(400);
          expectDocumented(op, sent, upload.why);
          expect(REFUSED_AS_INVALID, `${op.operationId}, ${upload.why}: ${sent.text.slice(0, 300)}`).toContain(sent.json.code);
        }),
        property(op.operationId),
      );
    }
  }, 600_000);

  it('every multipart operation: another content-type answers 415, a body over the upload limit 413, with the envelope', async () => {
    for (const op of multipartOps) {
      await fc.assert(
        fc.asyncProperty(wronglyTypedUpload(op.requestBody!.fileFields), async (upload) => {
          const sent = await send(op, upload, tokenA);
          expect(sent.status, `${op.operationId}, ${upload.why}: ${sent.text.slice(0, 300)}`).toBe(415);
          expectEnvelope(op, sent, upload.why);
          expect(sent.json.code).toBe('unsupportedMediaType');
        }),
        property(op.operationId),
      );
      const boundary = '----fuzzOversize';
      const big = encode(boundary, [{ name: op.requestBody!.fileFields[0], filename: 'big.bin', data: new Uint8Array(UPLOAD_LIMIT + 1) }]);
      const sent = await sendOversize(op, big, `multipart/form-data; boundary=${boundary}`, tokenA);
      expect(sent.status, `${op.operationId}, a file over the upload limit: ${sent.text.slice(0, 300)}`).toBe(413);
      expectEnvelope(op, sent, 'oversize');
      expect(sent.json.code).toBe('payloadTooLarge');
      // The whole body, as fetch and @connectfi/client write it before they read: the 413 too, never a reset socket.
      const whole = await send(op, { raw: big, type: `multipart/form-data; boundary=${boundary}` }, tokenA);
      expect([whole.status, whole.json?.code], `${op.operationId}, a whole body over the upload limit`).toEqual([413, 'payloadTooLarge']);
    }
  }, 600_000);

  it(`every secured operation (${secured.length}): a missing or bad token answers 401 with its envelope`, async () => {
    for (const op of secured) {
      await fc.assert(
        fc.asyncProperty(badToken, fc.boolean(), async (token, withExample) => {
          const body = op.requestBody?.contentType === 'application/json' ? { raw: JSON.stringify(withExample ? (op.requestBody.examples[0]?.value ?? {}) : { junk: 1 }), type: 'application/json' } : undefined;
          const sent = await send(op, body, token);
          expect(sent.status, `${op.operationId} token ${JSON.stringify(token)}: ${sent.text.slice(0, 300)}`).toBe(401);
          expectEnvelope(op, sent, 'bad token');
        }),
        property(op.operationId),
      );
    }
  }, 600_000);

  it("no operation shows tenant B anything of tenant A's", async () => {
    // A uses every operation with its documented example; every id A is given is collected.
    const idsOfA = new Set<string>();
    const collect = (node: unknown, key = ''): void => {
      // Values the spec itself shows (a static answer's designed data, an echoed example id) belong to no tenant.
      if (typeof node === 'string' && /Id$/.test(key) && node.length >= 8 && !bundleText.includes(JSON.stringify(node))) idsOfA.add(node);
      else if (Array.isArray(node)) for (const n of node) collect(n, key.replace(/s$/, ''));
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) collect(v, k);
    };
    for (const op of jsonOps) {
      const example = (op.requestBody!.examples[0]?.value ?? {}) as Record<string, unknown>;
      const sent = await send(op, { raw: JSON.stringify({ ...example, ...('reference' in example ? { reference: ref('ta') } : {}) }), type: 'application/json' }, tokenA);
      if (sent.status === 200) collect(sent.json?.data);
    }
    expect(idsOfA.size).toBeGreaterThanOrEqual(5); // customers, transfers, cards... (creations whose prerequisites the examples meet)
    const ids = [...idsOfA];
    // B offers A's ids to every operation: in each query batch, in each id-named body field, and in each path.
    for (const op of ops)
      await fc.assert(
        fc.asyncProperty(fc.subarray(ids, { minLength: 1, maxLength: Math.min(20, ids.length) }), async (offered) => {
          let body: { raw: string; type: string } | undefined;
          if (op.requestBody?.contentType === 'application/json') {
            const value: Record<string, unknown> = { ...((op.requestBody.examples[0]?.value as Record<string, unknown>) ?? {}) };
            for (const k of Object.keys(value)) {
              if (/Ids$/.test(k)) value[k] = offered;
              else if (/Id$/.test(k)) value[k] = offered[0];
            }
            if (op.pattern.kind === 'query') for (const k of op.pattern.batchKeys) if (/Ids$/.test(k)) value[k] = offered;
            if ('reference' in value) value.reference = ref('tb');
            body = { raw: JSON.stringify(value), type: 'application/json' };
          }
          const sent = await send(op, body, tokenB, offered[0]);
          expect(sent.status).toBeLessThan(500);
          // An error may name what B sent (a whole JSON string, as sent) (`cardNotFound` for the id B offered); nothing else of A's may appear, and a
          // success shows none of A's ids at all.
          const sentText = `${body?.raw ?? ''} ${JSON.stringify(offered[0])}`; // the path carries offered[0]
          const leaked = ids.filter((id) => sent.text.includes(JSON.stringify(id)) && (sent.status === 200 || !sentText.includes(JSON.stringify(id))));
          expect(leaked, `${op.operationId} showed B ids of A: ${sent.text.slice(0, 300)}`).toEqual([]);
        }),
        property(op.operationId),
      );
  }, 600_000);
});
