// What the runtime needs to know about one operation. The generator writes one of these per operation
// (src/operations.ts), so the runtime's behaviour per operation is data, not code.
export {};
