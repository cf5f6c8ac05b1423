// The generated response validators: Ajv standalone functions compiled at generation time from the same plan as
// @connectfi/server's, so a provider is judged by exactly the code that judges the stubs' own answers.

export interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }[] | null;
}

export type Validators = Record<string, Validator>;
