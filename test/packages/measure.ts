// `npx tsx test/packages/measure.ts`: the figures issue 11 asks for, measured on the tarballs as a consumer gets
// them (not a test: figures vary with the machine; compare the ratios within one run).
// - each tarball's packed and unpacked size;
// - a consumer's `tsc` with skipLibCheck false (median of 3): our client vs openapi-fetch over openapi-typescript's
//   types alone, on the same two calls;
// - the client's browser bundle, minified and gzipped, for a program that imports createConnectFiClient only, and
//   for the whole entry point.
import { copyFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { installConsumer, makeTemp, packAll, run } from './support.ts';

const temp = makeTemp();
try {
  const packed = packAll(temp);
  const consumer = installConsumer(temp, packed);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

  console.log('tarballs (packed / unpacked):');
  for (const { name, tarball } of packed) {
    const listing = run('tar', ['-tzvf', tarball], temp).split('\n').filter(Boolean);
    const unpacked = listing.reduce((sum, line) => sum + Number(line.split(/\s+/)[2]), 0);
    console.log(`  ${name}: ${kib(statSync(tarball).size)} / ${kib(unpacked)} (${listing.length} files)`);
  }

  copyFileSync(join(consumer, 'node_modules/@connectfi/client/dist/schema.d.ts'), join(consumer, 'perf/schema.d.ts'));
  const tsc = join(consumer, 'node_modules/typescript/bin/tsc');
  const measure = (project: string) => {
    const runs = [0, 1, 2]
      .map(() => {
        const out = run('node', [tsc, '-p', project, '--extendedDiagnostics'], consumer);
        const field = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1]);
        return { total: field('Total time'), check: field('Check time'), types: field('Types') };
      })
      .sort((a, b) => a.total - b.total);
    return runs[1];
  };
  const ours = measure('perf/tsconfig.ours.json');
  const baseline = measure('perf/tsconfig.baseline.json');
  console.log('consumer type-check, skipLibCheck false (median of 3):');
  console.log(`  @connectfi/client:                 ${ours.total.toFixed(2)} s total, ${ours.check.toFixed(2)} s check, ${ours.types} types`);
  console.log(`  openapi-fetch + openapi-typescript: ${baseline.total.toFixed(2)} s total, ${baseline.check.toFixed(2)} s check, ${baseline.types} types`);
  console.log(`  ratio: ${(ours.total / baseline.total).toFixed(2)}x total time, ${(ours.types / baseline.types).toFixed(2)}x types`);

  const bundle = async (contents: string) => {
    const result = await build({
      stdin: { contents, resolveDir: consumer, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].contents;
    return `${kib(code.length)} minified, ${kib(gzipSync(code).length)} gzipped`;
  };
  console.log('client bundle (esbuild, browser, openapi-fetch included):');
  console.log(`  createConnectFiClient only: ${await bundle("import { createConnectFiClient } from '@connectfi/client'; console.log(createConnectFiClient);")}`);
  console.log(`  whole entry point:          ${await bundle("export * from '@connectfi/client';")}`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
