// @ts-check
// `node scripts/run.mjs <command.ts> [args]`: runs one of the project's TypeScript commands (npm run build, lint,
// generate, ...) as one JavaScript file that esbuild bundled from it, the packages it imports left external. Under
// tsx every module of a command is resolved, read and source-mapped through loader hooks at each start: 0.4 to 0.9 s
// of CPU per command (generation loads ~120 modules), which `npm run build` paid three times. The bundle is kept in
// node_modules/.cache/connectfi/commands/ and made again when a file it was made from changes (or esbuild, or this
// file). Each module keeps its own `import.meta.url` (and dirname, filename): paths computed from it, createRequire
// and module resolution mean what they mean when the source runs under tsx. Plain JavaScript, so that it needs no
// loader itself.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, 'node_modules', '.cache', 'connectfi', 'commands');

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/run.mjs <command.ts> [args...]');
  process.exit(2);
}
const entry = resolve(command);
const name = relative(root, entry)
  .replace(/[\\/]/g, '__')
  .replace(/\.[cm]?ts$/, '');
// Named by the root too: a copy of the project that shares this node_modules (a test's) keeps bundles of its own,
// whose import.meta.url values point into it.
const rootKey = createHash('sha256').update(root).digest('hex').slice(0, 12);
const bundleFile = join(cacheDir, `${name}-${rootKey}.mjs`);
const manifestFile = join(cacheDir, `${name}-${rootKey}.json`);

/** One hash of what the bundle is made from: this file, esbuild's version, and each input's path and content. */
function fingerprint(/** @type {string[]} */ inputs) {
  const hash = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(createRequire(import.meta.url)('esbuild/package.json').version);
  for (const input of inputs)
    hash
      .update('\0')
      .update(input)
      .update('\0')
      .update(readFileSync(join(root, input)));
  return hash.digest('hex');
}

/** The manifest's hash still matches its inputs (none deleted or changed), and the bundle is there. */
function fresh() {
  try {
    const { inputs, hash } = JSON.parse(readFileSync(manifestFile, 'utf8'));
    return existsSync(bundleFile) && fingerprint(inputs) === hash;
  } catch {
    return false;
  }
}

/** Written beside, then renamed: a build that starts two commands (or two builds) never reads half a file. */
function writeAtomically(/** @type {string} */ file, /** @type {string} */ text) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

async function bundle() {
  const esbuild = await import('esbuild');
  const tsconfigRaw = readFileSync(join(root, 'tsconfig.json'), 'utf8');
  /** @type {import('esbuild').Plugin} */
  const ownImportMeta = {
    name: 'own-import-meta',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (file) => {
        if (file.path.includes(`${'/'}node_modules${'/'}`)) return undefined;
        const source = readFileSync(file.path, 'utf8');
        if (!source.includes('import.meta')) return undefined;
        // Replaced as expressions (esbuild's define), never inside strings: emitters write `import.meta.url` into
        // the code they generate.
        const { code } = esbuild.transformSync(source, {
          loader: /ts$/.test(file.path) ? 'ts' : 'js',
          format: 'esm',
          sourcefile: file.path,
          tsconfigRaw,
          define: {
            'import.meta.url': JSON.stringify(pathToFileURL(file.path).href),
            'import.meta.dirname': JSON.stringify(dirname(file.path)),
            'import.meta.filename': JSON.stringify(file.path),
          },
        });
        return { contents: code, loader: 'js', resolveDir: dirname(file.path) };
      });
    },
  };
  const result = await esbuild
    .build({
      entryPoints: [entry],
      absWorkingDir: root,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      // Function and class names stay what the sources call them, as under tsx.
      keepNames: true,
      metafile: true,
      write: false,
      outfile: bundleFile,
      logLevel: 'silent',
      plugins: [ownImportMeta],
    })
    .catch((/** @type {{ errors?: import('esbuild').Message[] }} */ failure) => {
      const messages = esbuild.formatMessagesSync(failure.errors ?? [], { kind: 'error', color: false });
      console.error(`${relative(root, entry)} does not build:\n${messages.join('\n') || String(failure)}`);
      process.exit(1);
    });
  // Relative to the root (absWorkingDir), as the manifest keeps them.
  const inputs = Object.keys(result.metafile.inputs).sort();
  mkdirSync(cacheDir, { recursive: true });
  writeAtomically(bundleFile, result.outputFiles[0].text);
  writeAtomically(manifestFile, `${JSON.stringify({ entry: relative(root, entry), inputs, hash: fingerprint(inputs) }, null, 1)}\n`);
}

if (!fresh()) await bundle();
// The command reads its own arguments from process.argv, as if started as `node <command.ts> [args]`.
process.argv.splice(1, process.argv.length - 1, entry, ...args);
await import(pathToFileURL(bundleFile).href);
