// JSON pointer segments (RFC 6901), the way Ajv's instancePath writes them: the one codec, for the server's runtime
// and for the generators (generators/src/ir/pointer.ts builds the IR's pointers on it).
const encodeSegment = (name) => String(name).replace(/~/g, "~0").replace(/\//g, "~1");
const decodeSegment = (segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~");
const segmentsOf = (pointer) => pointer.split("/").slice(1).map(decodeSegment);
export {
  decodeSegment,
  encodeSegment,
  segmentsOf
};
