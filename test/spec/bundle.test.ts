// generated/openapi.{yaml,json} is what every tool consumes, so it must be exactly what openapi/ bundles to.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventedKeys, renderLifecycles } from '../../scripts/lib/bundle-spec.ts';
import { bin, projectRoot } from '../../scripts/lib/paths.ts';

describe('the bundle', () => {
  it('is fresh: npm run bundle -- --check passes', () => {
    const run = spawnSync(bin('tsx'), [join(projectRoot, 'scripts/bundle.ts'), '--check'], { encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toContain('are fresh');
    expect(run.status).toBe(0);
  });

  it('refuses component keys the bundler invented', () => {
    expect(inventedKeys({ components: { schemas: { Address: { title: 'Address' }, 'Address-2': {}, Phone: { title: 'PhoneNumber' } } } })).toEqual([
      'components.schemas.Address-2: two source files share the name Address',
      'components.schemas.Phone: title "PhoneNumber" differs from the key',
    ]);
  });

  it('renders a lifecycle table into the status description, replacing an older one', () => {
    const spec = { components: { schemas: { S: { description: 'Status.', enum: ['A', 'B'], 'x-connectfi-lifecycle': { initial: ['A'], terminal: ['B'], transitions: [{ from: 'A', to: 'B', trigger: 'done' }] } } } } };
    renderLifecycles(spec);
    renderLifecycles(spec);
    expect(spec.components.schemas.S.description).toBe('Status.\n\n**Lifecycle** (generated from `x-connectfi-lifecycle`):\n\nInitial: `A` · Terminal: `B`\n\n| From | To | Trigger |\n|---|---|---|\n| A | B | done |\n');
  });
});
