// The declarations the client emitter writes for its modules of Ajv standalone code (standalone-declarations.ts)
// are the ones TypeScript infers from that code: each module here goes through a real Program (the lib files,
// type inference, declaration emit) and the two texts are compared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { clientSrc } from '../../generators/src/emitters/client/paths.ts';
import { standaloneDeclarations } from '../../generators/src/emitters/client/standalone-declarations.ts';
import { standaloneModule } from '../../generators/src/emitters/client/standalone.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';

/** What `tsc --declaration` writes for `code` as a module of its own. */
function inferredDeclarations(code: string): string {
  const file = join(projectRoot, 'test-results/standalone-probe/module.ts');
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, strict: true, declaration: true, emitDeclarationOnly: true, noCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const fromDisk = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, code, language) : fromDisk(name, language, ...rest));
  let declarations = '';
  host.writeFile = (_name, text) => {
    declarations = text;
  };
  ts.createProgram([file], options, host).emit(undefined, undefined, undefined, true);
  return declarations;
}

// The runtime helpers the modules import, declared so that the probe module stands alone.
const withoutImports = (code: string) => code.replace(/^import .*$/gm, '').replace(/^/, 'declare const fullFormats: any;\ndeclare const ucs2length: any;\n');

describe('the declarations of a module of Ajv standalone code', () => {
  it.each(['webhook-validators.ts', 'ach-batch-validator.ts'])('are what TypeScript infers for the committed %s', (name) => {
    const code = readFileSync(join(projectRoot, clientSrc(name)), 'utf8');
    expect(standaloneDeclarations(code, name)).toBe(inferredDeclarations(withoutImports(code)));
  });

  it('quote what is not an identifier and keep nested evaluated properties, as TypeScript does', () => {
    const spec = {
      openapi: '3.1.0',
      components: {
        schemas: {
          Odd: { type: 'object', properties: { 'x-dash': { type: 'string' }, '0': { type: 'string' }, plain: { type: 'string' } } },
          Plain: { type: 'string' },
        },
      },
    };
    const module = standaloneModule(clientSrc('probe.ts'), spec, { odd: ['components', 'schemas', 'Odd'], plain: ['components', 'schemas', 'Plain'] });
    expect(module.declaration).toContain('"x-dash": boolean;');
    expect(module.declaration).toBe(inferredDeclarations(withoutImports(module.content)));
  });

  it('stops on code of another shape instead of declaring it wrongly', () => {
    expect(() => standaloneDeclarations('export const v = validate1;function validate1(data){return true;}', 'probe.ts')).toThrow(/probe\.ts: validate1 does not have Ajv 8's validate signature/);
  });
});
