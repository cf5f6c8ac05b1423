// Every operation of the bundle answers in the sandbox: each documented request example, sent as is by a fresh
// client, gets a documented answer (200, or a documented 4xx error with its envelope) — never 500 or 501. Response
// validation is on in the sandbox, so an answer outside the contract would be a 500 here.
import { describe, expect, it } from 'vitest';
import { ir } from './support/bodies.ts';
import { sandboxForSuite } from './support/clients.ts';

const sandbox = sandboxForSuite();

function request(op: (typeof ir.operations)[number]) {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(String(op.parameters.find((p) => p.name === name)?.example ?? 'x')));
  const headers: Record<string, string> = op.security.length ? { 'x-connectfi-token': sandbox.token } : {};
  const example = op.requestBody?.examples[0]?.value;
  if (!op.requestBody) return { path, init: { method: op.method.toUpperCase(), headers } };
  if (op.requestBody.contentType === 'multipart/form-data') {
    const form = new FormData();
    for (const [k, v] of Object.entries((example ?? {}) as Record<string, unknown>)) {
      if (op.requestBody.fileFields.includes(k)) form.append(k, new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), 'f.jpg');
      else form.append(k, String(v));
    }
    for (const f of op.requestBody.fileFields) if (!form.has(f)) form.append(f, new Blob([new Uint8Array([1])], { type: 'image/jpeg' }), 'f.jpg');
    return { path, init: { method: op.method.toUpperCase(), headers, body: form } };
  }
  return { path, init: { method: op.method.toUpperCase(), headers: { ...headers, 'content-type': op.requestBody.contentType }, body: JSON.stringify(example ?? {}) } };
}

describe('every operation', () => {
  it.each(ir.operations.map((op) => [op.operationId, op] as const))('%s answers its documented example within the contract', async (_, op) => {
    const { path, init } = request(op);
    const response = await fetch(`${sandbox.url}${path}`, init as RequestInit);
    const text = await response.text();
    expect(response.status, text).not.toBeGreaterThanOrEqual(500);
    const documented = op.responses.map((r) => r.status);
    expect(documented, `${response.status} is not documented for ${op.operationId}: ${text}`).toContain(String(response.status));
    if (response.status >= 400) {
      const body = JSON.parse(text);
      const codes = op.errors.map((e) => e.code);
      expect([...codes, 'requestValidateError', 'unauthorized'], text).toContain(body.code);
    }
  });
});
