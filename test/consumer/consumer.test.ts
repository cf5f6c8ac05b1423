// The consumer fixture type-checks on its own (its tsconfig, package-name imports only) and its round trip works.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, projectRoot } from '../../scripts/lib/paths.ts';
import { roundTrip } from './src/round-trip.ts';

describe('a consumer of @connectfi/client and @connectfi/server', () => {
  it('type-checks with its own tsconfig', () => {
    const run = spawnSync(bin('tsc'), ['-p', join(projectRoot, 'test/consumer/tsconfig.json')], { encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toBe('');
    expect(run.status).toBe(0);
  });

  it('runs one call of each kind from the client facade against a server built from the stubs', async () => {
    expect(await roundTrip()).toEqual({
      health: 'ok',
      passwordChanged: true,
      businessError: { status: 400, code: 'wrongOldPassword', className: expect.stringMatching(/Error$/) },
      validationError: { status: 400, code: 'requestValidateError', className: 'RequestValidateError', firstPath: '/newPassword' },
      webhookStatus: 'waiting_review',
    });
  });
});
