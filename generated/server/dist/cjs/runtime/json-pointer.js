"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.segmentsOf = exports.decodeSegment = exports.encodeSegment = void 0;
// JSON pointer segments (RFC 6901), the way Ajv's instancePath writes them: one codec for the server's runtime.
const encodeSegment = (name) => name.replace(/~/g, '~0').replace(/\//g, '~1');
exports.encodeSegment = encodeSegment;
const decodeSegment = (segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
exports.decodeSegment = decodeSegment;
/** `/a/b~1c` -> ['a', 'b/c']. */
const segmentsOf = (pointer) => pointer.split('/').slice(1).map(exports.decodeSegment);
exports.segmentsOf = segmentsOf;
