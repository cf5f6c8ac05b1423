// Reading a request body within its size limit, and parsing it by media type: JSON, or multipart/form-data for
// uploads. The size is checked before anything is parsed: first the declared content-length, then while reading.
import { TOO_LARGE } from "./call.js";
import { malformedBody, payloadTooLarge, requestInvalid, unsupportedMediaType } from "./envelope.js";
const utf8 = new TextDecoder("utf-8", { fatal: true });
/** `application/json; charset=utf-8` -> `application/json`. */
export const essence = (contentType) => contentType?.split(";", 1)[0].trim().toLowerCase();
export function acceptedMediaType(spec, contentType) {
	if (contentType !== undefined && spec.mediaTypes.includes(contentType)) return contentType;
	const type = essence(contentType);
	const accepted = spec.mediaTypes.find((m) => m === type);
	if (!accepted) throw unsupportedMediaType(type || undefined, spec.mediaTypes);
	return accepted;
}
export async function readLimited(call, limit) {
	const declared = Number(call.header("content-length"));
	if (declared > limit) throw payloadTooLarge(limit);
	const bytes = await call.readBody(limit);
	if (bytes === TOO_LARGE) throw payloadTooLarge(limit);
	return bytes;
}
export function parseJson(bytes) {
	let text;
	try {
		text = utf8.decode(bytes);
	} catch {
		throw malformedBody("invalidJson", "the body is not valid UTF-8");
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw malformedBody("invalidJson", error.message);
	}
}
/** The Ajv-style issue for a body the operation requires but the request left empty. */
export const missingBody = () => ({
	instancePath: "",
	schemaPath: "#/requestBody/required",
	keyword: "required",
	params: { missingProperty: "body" },
	message: "must have a request body"
});
export function assertPresent(spec, bytes) {
	if (bytes.length > 0) return true;
	if (spec.required) throw requestInvalid([missingBody()]);
	return false;
}
