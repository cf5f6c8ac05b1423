// The contract between the generate command and the emitters: an emitter group is a pure function of the IR (and
// the bundle, for tools such as openapi-typescript and Ajv that read schemas themselves) to a list of files.
import type { Project } from 'ts-morph';
import type { ApiIR } from '../ir/types.ts';

export interface GeneratedFile {
  /** Relative to the project root, with `/` separators, e.g. `generated/client/src/facade.ts`. */
  path: string;
  content: string;
}

export interface EmitContext {
  ir: ApiIR;
  /** The parsed bundle, `generated/openapi.json`. */
  spec: any;
  /** Absolute project root: emitters that need real node_modules (type-checking, compiling) resolve from here. */
  root: string;
  /** The one ts-morph Project of the run; source files created in it stay in memory until the run writes them. */
  project: Project;
}

export interface EmitterGroup {
  name: string;
  /** Directories (relative to the root) this group owns entirely: a file there that it no longer emits is stale. */
  owns: string[];
  emit(context: EmitContext): GeneratedFile[] | Promise<GeneratedFile[]>;
}
