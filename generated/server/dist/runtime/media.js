// Which documented response an answer belongs to, and whether a media type carries JSON.
const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json$/i;
const isJsonMediaType = (type) => type === "application/json" || JSON_MEDIA.test(type);
function documentedStatus(responses, status) {
  const exact = String(status);
  if (exact in responses) return exact;
  const range = `${exact[0]}XX`;
  if (range in responses) return range;
  return "default" in responses ? "default" : void 0;
}
export {
  documentedStatus,
  isJsonMediaType
};
