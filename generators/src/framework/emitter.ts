// The contract between the generate command and the emitters: an emitter group is a pure function of the IR (and
// the bundle, for tools such as openapi-typescript and Ajv that read schemas themselves) to a list of files.
import type { ApiIR } from '../ir/types.ts';
import type { CompileRequest } from './compile.ts';

export interface GeneratedFile {
  /** Relative to the project root, with `/` separators, e.g. `generated/client/src/facade.ts`. */
  path: string;
  content: string;
  /**
   * A TypeScript module's `.d.ts`, when its emitter writes it: for a module of untyped JavaScript (Ajv's standalone
   * code), whose declarations the compile cannot emit from the module's text alone (framework/compile.ts).
   */
  declaration?: string;
}

export interface EmitContext {
  ir: ApiIR;
  /** The parsed bundle, `generated/openapi.json`. */
  spec: any;
  /** Absolute project root: emitters that need real node_modules (type-checking, compiling) resolve from here. */
  root: string;
  /**
   * The run's one compile (framework/compile.ts): resolves with this package's `.js` + `.d.ts` once every group has asked or
   * finished. Absent when a caller runs a group on its own (then compile alone: `compileOne` in compile.ts).
   */
  compile?(request: CompileRequest): Promise<GeneratedFile[]>;
  /**
   * A value computed once per run and shared by every group that asks with the same key (the openapi-typescript
   * types both packages carry). Absent when a caller runs a group on its own.
   */
  shared?<T>(key: string, compute: () => T): T;
}

/** `compute()` once per run for every group that asks with `key` (EmitContext.shared), or now when the run shares nothing. */
export function once<T>(context: Pick<EmitContext, 'shared'>, key: string, compute: () => T): T {
  return context.shared ? context.shared(key, compute) : compute();
}

export interface EmitterGroup {
  name: string;
  /** Directories (relative to the root) this group owns entirely: a file there that it no longer emits is stale. */
  owns: string[];
  /**
   * Directories besides the bundle and generators/src that the group reads (its hand-written runtime), relative to
   * the root. `npm run generate -- --cache` and `npm run dev` regenerate the group when these change; a group that
   * does not say is regenerated on any change under generators/.
   */
  inputs?: string[];
  emit(context: EmitContext): GeneratedFile[] | Promise<GeneratedFile[]>;
}
