// String length in Unicode code points, as JSON Schema's minLength/maxLength count it; the generated webhook
// validators call this instead of Ajv's runtime module, so the client needs no Ajv.
export default function ucs2length(text) {
	let length = 0;
	for (let pos = 0; pos < text.length; length++) {
		const code = text.charCodeAt(pos++);
		if (code >= 55296 && code <= 56319 && pos < text.length && (text.charCodeAt(pos) & 64512) === 56320) pos++;
	}
	return length;
}
