// The breaking-change gate through its CLI: each breaking kind alone fails it (exit 1) and is named with its
// operation or webhook; additions and description edits pass with their level; a major version bump lets a
// breaking change through. Redocly names a change in a shared schema once, at the first operation that uses it
// (GET /payments here), with the schema in brackets. Expectations are written from the semver policy, not read back from the tool.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleJson } from '../../scripts/lib/paths.ts';
import { runDiff } from './support/run-diff.ts';
import { smallBundle } from './support/small-bundle.ts';

type Mutation = (b: any) => void;
const s = (b: any) => b.components.schemas;

async function mutated(mutation: Mutation) {
  const revision = smallBundle();
  mutation(revision);
  return runDiff(smallBundle(), revision);
}

const breaking: [string, Mutation, { where: string; what: RegExp }][] = [
  ['a removed response field', (b) => delete s(b).Payment.properties.memo, { where: 'GET /payments', what: /response 200 field `\[\]\.memo` removed \(Payment\.memo\)/ }],
  [
    'a new required request field',
    (b) => {
      s(b).PaymentRequest.properties.currency = { type: 'string' };
      s(b).PaymentRequest.required.push('currency');
    },
    { where: 'POST /payments', what: /request body now required: `currency`/ },
  ],
  [
    'a narrowed request enum',
    (b) => {
      s(b).PaymentRequest.properties.rail.enum = ['ach'];
    },
    { where: 'POST /payments', what: /request body enum `rail`: values removed "wire"/ },
  ],
  ['a removed operation', (b) => delete b.paths['/payments'].get, { where: 'GET /payments', what: /operation removed/ }],
  ['a removed path', (b) => delete b.paths['/health'], { where: 'GET /health', what: /operation removed/ }],
  ['a widened response enum', (b) => s(b).Payment.properties.status.enum.push('returned'), { where: 'GET /payments', what: /response 200 enum `\[\]\.status`: values added "returned"/ }],
  ['a removed webhook payload field', (b) => delete s(b).PaymentEvent.properties.note, { where: 'webhook paymentStatus', what: /payload field `note` removed/ }],
  ['a widened webhook enum', (b) => s(b).PaymentEvent.properties.status.enum.push('returned'), { where: 'webhook paymentStatus', what: /payload enum `status`: values added "returned"/ }],
  [
    'a webhook payload field no longer required',
    (b) => {
      s(b).PaymentEvent.required = ['id'];
    },
    { where: 'webhook paymentStatus', what: /no longer required: `status`/ },
  ],
  ['a removed webhook', (b) => delete b.webhooks.paymentStatus, { where: 'webhook paymentStatus', what: /webhook removed/ }],
  [
    'a renamed webhook (connectfi rule)',
    (b) => {
      b.webhooks.paymentStatusChanged = b.webhooks.paymentStatus;
      delete b.webhooks.paymentStatus;
    },
    { where: 'webhook paymentStatus', what: /webhook `paymentStatus` removed/ },
  ],
  [
    'fewer decimals accepted on a request amount (connectfi rule)',
    (b) => {
      s(b).PaymentRequest.properties.amount['x-amountPrecision'] = 0;
    },
    { where: 'POST /payments', what: /request body `amount`: at most 0 decimals \(was 2\)/ },
  ],
  [
    'more decimals sent in a response amount (connectfi rule)',
    (b) => {
      s(b).Payment.properties.amount['x-amountPrecision'] = 4;
    },
    { where: 'GET /payments', what: /response 200 `\[\]\.amount`: at most 4 decimals \(was 2\)/ },
  ],
  [
    'a format added to a request field (connectfi rule)',
    (b) => {
      s(b).PaymentRequest.properties.reference.format = 'uuid';
    },
    { where: 'POST /payments', what: /request body `reference`: format none -> uuid/ },
  ],
];

describe('npm run diff: each breaking change alone fails the gate', () => {
  for (const [name, mutation, expected] of breaking) {
    it.concurrent(name, async () => {
      const run = await mutated(mutation);
      expect(run.status, run.stderr).toBe(1);
      expect(run.report!.level).toBe('major');
      expect(run.report!.gate.pass).toBe(false);
      const majors = run.report!.changes.filter((c) => c.level === 'major');
      expect(
        majors.some((c) => c.where === expected.where && expected.what.test(c.what)),
        JSON.stringify(majors, null, 1),
      ).toBe(true);
    });
  }
});

const compatible: [string, Mutation, 'minor' | 'patch', RegExp][] = [
  [
    'an added optional request field',
    (b) => {
      s(b).PaymentRequest.properties.currency = { type: 'string' };
    },
    'minor',
    /request body field `currency` added/,
  ],
  [
    'an added response field',
    (b) => {
      s(b).Payment.properties.createdAt = { type: 'string' };
    },
    'minor',
    /response 200 field `(\[\]\.)?createdAt` added/,
  ],
  ['a widened request enum (connectfi rule: an addition is minor)', (b) => s(b).PaymentRequest.properties.rail.enum.push('rtp'), 'minor', /request body enum `rail`: values added "rtp"/],
  [
    'an added operation',
    (b) => {
      b.paths['/refunds'] = { post: { operationId: 'refund', responses: { 200: { description: 'ok' } } } };
    },
    'minor',
    /operation added/,
  ],
  [
    'a deprecated operation (connectfi rule)',
    (b) => {
      b.paths['/health'].get.deprecated = true;
    },
    'minor',
    /deprecated/,
  ],
  [
    'a description-only edit',
    (b) => {
      b.paths['/health'].get.description = 'Whether the service answers';
    },
    'patch',
    /`description` changed/,
  ],
];

describe('npm run diff: compatible changes pass with their level', () => {
  for (const [name, mutation, level, what] of compatible) {
    it.concurrent(name, async () => {
      const run = await mutated(mutation);
      expect(run.status, run.stderr).toBe(0);
      expect(run.report!.level).toBe(level);
      expect(run.report!.changes.filter((c) => c.level === 'major')).toEqual([]);
      expect(
        run.report!.changes.some((c) => c.level === level && what.test(c.what)),
        JSON.stringify(run.report!.changes, null, 1),
      ).toBe(true);
    });
  }

  it.concurrent('an unchanged bundle has no change at all', async () => {
    const run = await runDiff(smallBundle(), smallBundle());
    expect(run.status).toBe(0);
    expect(run.report!.level).toBe('none');
    expect(run.report!.changes).toEqual([]);
  });
});

describe.concurrent('npm run diff: the gate and the command line', () => {
  it('lets a breaking change through when the major version was bumped, and not for a minor bump', async () => {
    const revision = smallBundle();
    delete revision.components.schemas.Payment.properties.memo;
    revision.info.version = '1.3.0';
    expect((await runDiff(smallBundle(), structuredClone(revision))).status).toBe(1);
    revision.info.version = '2.0.0';
    const run = await runDiff(smallBundle(), revision);
    expect(run.status).toBe(0);
    expect(run.report!.gate.message).toMatch(/major version moved 1.2.0 -> 2.0.0/);
  });

  it('prints each change with its level in text mode, and the verdict', async () => {
    const revision = smallBundle();
    delete revision.components.schemas.Payment.properties.memo;
    revision.components.schemas.PaymentRequest.properties.currency = { type: 'string' };
    const run = await runDiff(smallBundle(), revision, ['--base', 'HEAD']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^major\s+GET \/payments\s+response 200 field `\[\]\.memo` removed/m);
    expect(run.stdout).toMatch(/^minor\s+POST \/payments\s+request body field `currency` added/m);
    expect(run.stdout).toMatch(/breaking changes and the major version did not move/);
  });

  it('--last-release compares with the newest v* tag, and passes saying so when there is none', async () => {
    const revision = smallBundle();
    delete revision.components.schemas.Payment.properties.memo;
    const tagged = await runDiff(smallBundle(), revision, ['--last-release', '--json'], 'v1.2.0');
    expect(tagged.status).toBe(1);
    expect(JSON.parse(tagged.stdout).base).toBe('v1.2.0');
    const untagged = await runDiff(smallBundle(), revision, ['--last-release']);
    expect(untagged.status).toBe(0);
    expect(untagged.stdout).toMatch(/diff gate skipped: no release tag \(v\*\) yet/);
  });

  it('refuses a missing --base and an unknown ref, saying what to give', async () => {
    const none = await runDiff(smallBundle(), smallBundle(), []);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/--base is required/);
    const unknown = await runDiff(smallBundle(), smallBundle(), ['--base', 'v9.9.9']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--base v9.9.9: no such commit, tag or branch/);
  });

  it('flags a response field removed from the real bundle, naming the operation', async () => {
    const real = JSON.parse(readFileSync(bundleJson, 'utf8'));
    const revision = structuredClone(real);
    // Pick a response schema property by walking the bundle, not by name, so the test survives spec edits.
    const [name, schema] = Object.entries<any>(revision.components.schemas).find(([key, sch]) => /Transfer$/.test(key) && sch.properties && Object.keys(sch.properties).length > 3)!;
    const field = Object.keys(schema.properties).find((key) => !(schema.required ?? []).includes(key)) ?? Object.keys(schema.properties)[0];
    delete schema.properties[field];
    schema.required = (schema.required ?? []).filter((key: string) => key !== field);
    const run = await runDiff(real, revision);
    expect(run.status, `${name}.${field}: ${run.stderr}`).toBe(1);
    expect(run.report!.changes.some((c) => c.level === 'major' && new RegExp(`field \`([^\`]*\\.)?${field}\` removed`).test(c.what) && /^(GET|POST|PUT|DELETE|PATCH) \//.test(c.where))).toBe(true);
  });
});
