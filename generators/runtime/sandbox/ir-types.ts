// The IR's behaviour types (resources, triggers, prerequisites). In the repository this re-exports the generators'
// own file; the sandbox emitter writes that file's text here in the package, so both always agree.
export type * from '../../src/ir/behaviour-types.ts';
