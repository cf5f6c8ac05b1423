// The route table's shape: what the generator knows about each operation, as data the runtime interprets. The
// generated `routes.ts` is one `RouteSpec` per operation; validators are Ajv standalone functions compiled at
// generation time.
export {};
