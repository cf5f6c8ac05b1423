// Types that turn one openapi-typescript `operations[...]` entry into a handler's signature: what it receives (the
// validated body, parameters, principal) and the union of the answers the spec documents. An undocumented status
// or a body of the wrong shape is a compile error in the handler.
export {};
