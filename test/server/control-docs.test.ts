// The sandbox control API in the docs site: its own section (tag group "Sandbox control API") in the docs copy,
// with SandboxControl samples, while connectFi's bundle never holds a control path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addControlSection, controlSample } from '../../scripts/lib/docs/control-section.ts';
import { buildSite, siteSpec } from '../../scripts/lib/docs/site.ts';
import { listOperations } from '../../scripts/lib/operations.ts';
import { projectRoot, sandboxBundleJson } from '../../scripts/lib/paths.ts';
import { loadBundle } from '../support/bundle.ts';
import { typeCheckSamples } from '../support/type-check-samples.ts';

const control = JSON.parse(readFileSync(sandboxBundleJson, 'utf8'));
const controlPaths = Object.keys(control.paths);

describe('the sandbox control API in the docs', () => {
  it('is a section of its own with every control operation, its samples and badges', () => {
    const spec = addControlSection(siteSpec(loadBundle()), control);
    const group = spec['x-tagGroups'].find((g: any) => g.name === 'Sandbox control API');
    expect(group.tags).toEqual(control.tags.map((t: any) => t.name));
    expect(controlPaths.length).toBe(6);
    for (const path of controlPaths) {
      const op = spec.paths[path].post;
      expect(op.tags).toEqual(group.tags);
      expect(op['x-codeSamples'][0].source).toContain("from '@connectfi/client/sandbox'");
      expect(op['x-codeSamples'][0].source).toMatch(/await control\.[a-z][A-Za-z]*\(/);
      expect(op['x-badges'].map((b: any) => b.name)).toEqual(['Sandbox only', 'Fidelity: designed']);
    }
    expect(buildSite(loadBundle(), { control })).toContain('Sandbox control API');
  });

  it("never mixes into connectFi's bundle", () => {
    const bundle = loadBundle();
    expect(Object.keys(bundle.paths).filter((p) => p.startsWith('/sandbox'))).toEqual([]);
    expect((bundle.tags ?? []).map((t: any) => t.name)).not.toContain('Sandbox control');
  });

  it("refuses a control path or component that means something else in connectFi's API", () => {
    const clashing = structuredClone(control);
    clashing.paths = { '/auth/get-token': clashing.paths[controlPaths[0]] };
    expect(() => addControlSection(siteSpec(loadBundle()), clashing)).toThrow(/both define the path \/auth\/get-token/);
    const redefined = structuredClone(control);
    redefined.components.schemas.Amount = { type: 'string' };
    expect(() => addControlSection(siteSpec(loadBundle()), redefined)).toThrow(/components\.schemas\.Amount/);
  });

  it('shows TypeScript samples that type-check against @connectfi/client/sandbox, and a misuse does not', () => {
    const ops = listOperations(control);
    const samples = Object.fromEntries(ops.map((op) => [op.operationId, controlSample(op)]));
    samples['broken-on-purpose'] = controlSample(ops[0]).replace(`control.${ops[0].action}(`, `control.${ops[0].action}Typo(`);
    const output = typeCheckSamples('control-samples', samples, { '@connectfi/client/sandbox': [join(projectRoot, 'generated/client/src/sandbox/index.ts')] });
    const findings = output.split('\n').filter((l) => /error TS/.test(l));
    expect(findings).toEqual([expect.stringMatching(new RegExp(`broken-on-purpose\\.ts\\(.*Property '${ops[0].action}Typo' does not exist`))]);
  }, 120_000);
});
