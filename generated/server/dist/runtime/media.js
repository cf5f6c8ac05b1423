// Which documented response an answer belongs to, and whether a media type carries JSON.
const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json$/i;
export const isJsonMediaType = (type) => type === "application/json" || JSON_MEDIA.test(type);
/** The documented key for a status: exact (`200`), then its range (`4XX`), then `default`. */
export function documentedStatus(responses, status) {
	const exact = String(status);
	if (exact in responses) return exact;
	const range = `${exact[0]}XX`;
	if (range in responses) return range;
	return "default" in responses ? "default" : undefined;
}
