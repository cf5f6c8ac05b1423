// The client README's TypeScript blocks as one module, type-checked with the consumer (types.ts) against the
// installed tarball: a README example that stops compiling fails the tarball test. Each block becomes a function
// body; its imports are replaced by one import of everything the README uses, and the values a reader supplies
// (their app, their data) are declared here.
const PLACEHOLDERS = `declare const cfi: ReturnType<typeof createConnectFiClient>;
declare const express: { raw(options: object): unknown };
declare const app: { post(path: string, middleware: unknown, handler: (req: { body: Uint8Array }, res: { sendStatus(status: number): void }) => void): void };
declare const transfer: Parameters<typeof cfi.ach.create>[0];
declare const body: Parameters<typeof cfi.ach.query>[0];
declare const controller: AbortController;
declare const id: string;
declare const rows: Parameters<typeof buildAchBatchFile>[0];
declare const pan: string, cvv: string, publicKeyPem: string, baseUrl: string, sandboxUrl: string, login: string, password: string;
`;

export function readmeProgram(readme: string, packageName: string): string {
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (!blocks.length) throw new Error(`the ${packageName} README has no \`\`\`ts block`);
  // Imports of the package and of its subpath entry points (`${packageName}/sandbox`), by specifier.
  const imported = new Map<string, Set<string>>([[packageName, new Set(['createConnectFiClient', 'buildAchBatchFile'])]]);
  for (const m of blocks.flatMap((b) => [...b.matchAll(/^import \{([^}]*)\} from '([^']+)';$/gm)])) {
    if (m[2] !== packageName && !m[2].startsWith(`${packageName}/`)) continue;
    const names = imported.get(m[2]) ?? imported.set(m[2], new Set()).get(m[2])!;
    for (const name of m[1].split(',')) names.add(name.trim());
  }
  const imports = [...imported].map(([specifier, names]) => `import { ${[...names].sort().join(', ')} } from '${specifier}';\n`).join('');
  const functions = blocks.map((block, i) => `export async function readmeBlock${i}() {\n${block.replace(/^import .*;\n/gm, '')}}\n`);
  return `${imports}${PLACEHOLDERS}\n${functions.join('\n')}`;
}
