// A request as a curl command a developer can paste to reproduce a failure. The caller's token and password are
// never printed: the token becomes `$CONNECTFI_TOKEN` and the password `$CONNECTFI_PASSWORD`, to be set in the shell.
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var curl_exports = {};
__export(curl_exports, {
  curlOf: () => curlOf
});
module.exports = __toCommonJS(curl_exports);
const quote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
function shellWord(text, secrets) {
  const swaps = [];
  if (secrets.token) swaps.push([secrets.token, "$CONNECTFI_TOKEN"]);
  if (secrets.password) swaps.push([JSON.stringify(secrets.password).slice(1, -1), "$CONNECTFI_PASSWORD"], [secrets.password, "$CONNECTFI_PASSWORD"]);
  const found = swaps.filter(([secret]) => secret && text.includes(secret));
  if (!found.length) return quote(text);
  let escaped = text.replace(/[\\"`$]/g, (c) => `\\${c}`);
  for (const [secret, variable] of found) escaped = escaped.split(secret.replace(/[\\"`$]/g, (c) => `\\${c}`)).join(variable);
  return `"${escaped}"`;
}
function curlOf(out, secrets) {
  const parts = [
    "curl -sS -i",
    "-X",
    out.method,
    quote(out.url)
  ];
  for (const [name, value] of Object.entries(out.headers)) if (name !== "accept") parts.push("-H", shellWord(`${name}: ${value}`, secrets));
  if (out.body?.kind === "text") parts.push("--data-raw", shellWord(out.body.text, secrets));
  if (out.body?.kind === "multipart") {
    for (const [name, value] of out.body.fields) parts.push("-F", typeof value === "string" ? shellWord(`${name}=${value}`, secrets) : quote(`${name}=@${value.file}`));
  }
  return parts.join(" ");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  curlOf
});
