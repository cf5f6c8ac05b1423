// The declarations emitters write instead of leaving them to the compile are the ones TypeScript emits: for the
// client's modules of Ajv standalone code (standalone-declarations.ts) and for openapi-typescript's types
// (framework/schema-types.ts). Each module here goes through a real Program (the lib files, type inference,
// declaration emit) and the two texts are compared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { clientSrc } from '../../generators/src/emitters/client/paths.ts';
import { standaloneDeclarations } from '../../generators/src/emitters/client/standalone-declarations.ts';
import { standaloneModule } from '../../generators/src/emitters/client/standalone.ts';
import { emitSchemaTypes, onlyDeclarations } from '../../generators/src/framework/schema-types.ts';
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

describe('the declarations of openapi-typescript types', () => {
  it.each(['generated/openapi.json', 'generated/sandbox-openapi.json'])('are the types themselves for %s, as TypeScript emits them', async (bundle) => {
    const spec = JSON.parse(readFileSync(join(projectRoot, bundle), 'utf8'));
    const file = await emitSchemaTypes({ spec }, 'generated/probe/src/schema.ts');
    expect(file.declaration).toBeDefined();
    expect(file.declaration).toBe(inferredDeclarations(file.content));
  });

  it('are left to the compile when the text holds anything else', () => {
    expect(onlyDeclarations('export interface paths {\n    "/a": {};\n}\nexport type $defs = Record<string, never>;\n')).toBe(true);
    expect(onlyDeclarations('export const paths = {};\n')).toBe(false);
    expect(onlyDeclarations('export interface paths {\n    // a note\n    "/a": {};\n}\n')).toBe(false);
  });
});
