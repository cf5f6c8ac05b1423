// The generated response validators: Ajv standalone functions compiled at generation time from the same plan as
// @connectfi/server's, so a provider is judged by exactly the code that judges the stubs' own answers.
export {};
