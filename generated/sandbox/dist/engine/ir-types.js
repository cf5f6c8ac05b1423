// What the spec states about behaviour, as data the sandbox (and the docs, lint and contract kit) execute or show:
// the resources the API keeps, what each operation does to them, the vendor's sandbox triggers and the
// prerequisites of each call. The IR carries these facts, read once from the bundle's `x-connectfi-*` extensions
// (see openapi/README.md "Sandbox behaviour"); no consumer reads those extensions itself.
export {};
