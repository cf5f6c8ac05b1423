// JSON pointers (RFC 6901) as the IR's segment arrays, on the server runtime's segment codec: generators, scripts and the
// shipped server decode alike.
import { decodeSegment, encodeSegment } from '../../runtime/server/json-pointer.ts';
import type { SchemaPointer } from './types.ts';

export { decodeSegment, encodeSegment };

/** `#/components/schemas/A~1B` (or `/components/...`) -> ['components', 'schemas', 'A/B']. */
export const pointerOf = (ref: string): SchemaPointer => ref.replace(/^#/, '').split('/').slice(1).map(decodeSegment);

/** ['paths', '/a/{id}', 'get'] -> `/paths/~1a~1{id}/get`. */
export const pointerText = (segments: SchemaPointer) => segments.map((s) => `/${encodeSegment(s)}`).join('');
