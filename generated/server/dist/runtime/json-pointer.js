// JSON pointer segments (RFC 6901), the way Ajv's instancePath writes them: the one codec, for the server's runtime
// and for the generators (generators/src/ir/pointer.ts builds the IR's pointers on it).
export const encodeSegment = (name) => String(name).replace(/~/g, "~0").replace(/\//g, "~1");
export const decodeSegment = (segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~");
/** `/a/b~1c` -> ['a', 'b/c']. */
export const segmentsOf = (pointer) => pointer.split("/").slice(1).map(decodeSegment);
