// Every TypeScript sample the docs show compiles against the generated client: the code sample of each operation and
// webhook, and each ```ts block of the guides. They are written into a throwaway TS project that imports
// `@connectfi/client` (mapped to the generated package's source) and checked with tsc.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typescriptSample } from '../../scripts/lib/docs/code-samples.ts';
import { guidesDir } from '../../scripts/lib/docs/site.ts';
import { loadGuides } from '../../scripts/lib/docs/guides.ts';
import { listOperations } from '../../scripts/lib/operations.ts';
import { bin, projectRoot } from '../../scripts/lib/paths.ts';
import { loadBundle } from '../support/bundle.ts';
import { typeCheckSamples } from '../support/type-check-samples.ts';

const clientEntry = join(projectRoot, 'generated/client/src/index.ts');

/** The ```ts blocks of a Markdown text. */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

/** tsc's findings for the samples in a fresh project (empty when all compile). */
const typeCheck = (samples: Record<string, string>) => typeCheckSamples('docs-samples', samples, { '@connectfi/client': [clientEntry] });

describe('TypeScript in the docs', () => {
  const operations = listOperations(loadBundle());
  const samples: Record<string, string> = {};
  for (const op of operations) samples[`op-${op.operationId}`] = typescriptSample(op);
  for (const guide of loadGuides(guidesDir))
    tsBlocks(`${guide.title}\n${guide.body}\n`).forEach((block, i) => {
      samples[`guide-${guide.file.replace(/\.md$/, '')}-${i + 1}`] = block;
    });

  it('every operation sample and every guide snippet type-checks against @connectfi/client, and a misuse does not', () => {
    expect(Object.keys(samples).filter((n) => n.startsWith('op-'))).toHaveLength(operations.length);
    // A deliberately wrong sample in the same project proves the check can fail, at the cost of no second tsc run.
    const op = operations.find((o) => o.kind === 'operation')!;
    const broken = typescriptSample(op).replace(`cfi.${op.group}.${op.action}(`, `cfi.${op.group}.${op.action}Typo(`);
    const findings = typeCheck({ ...samples, 'broken-on-purpose': broken })
      .split('\n')
      .filter((l) => /error TS/.test(l));
    expect(findings.filter((l) => !l.includes('broken-on-purpose.ts('))).toEqual([]);
    expect(findings).toEqual([expect.stringMatching(new RegExp(`broken-on-purpose\\.ts\\(.*error TS\\d+: Property '${op.action}Typo' does not exist`))]);
    console.log(`docs: ${Object.keys(samples).length} TypeScript samples type-checked`);
  });

  it("the encryption guide's snippet runs as is, and what it encrypts decrypts back to the card data and account number", () => {
    const [name, source] = Object.entries(samples).find(([, src]) => src.includes('encryptCardData('))!;
    const dir = join(projectRoot, 'test-results', 'docs-snippet-run');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.ts`), source);
    const run = spawnSync(bin('tsx'), [join(dir, `${name}.ts`)], { encoding: 'utf8', cwd: projectRoot });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(['342 344', '1234567890123456|202211|123', '1234567890']);
  });
});
