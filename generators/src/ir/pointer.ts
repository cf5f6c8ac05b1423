// JSON pointers (RFC 6901) as the IR's segment arrays: one decoder and one encoder for every generator and script.
import type { SchemaPointer } from './types.ts';

export const decodeSegment = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
export const encodeSegment = (segment: string | number) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1');

/** `#/components/schemas/A~1B` (or `/components/...`) -> ['components', 'schemas', 'A/B']. */
export const pointerOf = (ref: string): SchemaPointer => ref.replace(/^#/, '').split('/').slice(1).map(decodeSegment);

/** ['paths', '/a/{id}', 'get'] -> `/paths/~1a~1{id}/get`. */
export const pointerText = (segments: SchemaPointer) => segments.map((s) => `/${encodeSegment(s)}`).join('');
