"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = ucs2length;
// String length in Unicode code points, as JSON Schema's minLength/maxLength count it; the generated webhook
// validators call this instead of Ajv's runtime module, so the client needs no Ajv.
function ucs2length(text) {
    let length = 0;
    for (let pos = 0; pos < text.length; length++) {
        const code = text.charCodeAt(pos++);
        if (code >= 0xd800 && code <= 0xdbff && pos < text.length && (text.charCodeAt(pos) & 0xfc00) === 0xdc00)
            pos++;
    }
    return length;
}
