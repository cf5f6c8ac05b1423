// A request as a curl command a developer can paste to reproduce a failure. The caller's token and password are
// never printed: the token becomes `$CONNECTFI_TOKEN` and the password `$CONNECTFI_PASSWORD`, to be set in the shell.
const quote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
/** `text` with each secret replaced by its shell variable, in double quotes so the shell expands it. */
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
export function curlOf(out, secrets) {
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
