// The spec's conditions, one implementation for every package: in the repository this re-exports the shared file;
// copyRuntime writes that file's text here in the package (framework/package.ts).
export * from '../shared/condition.ts';
