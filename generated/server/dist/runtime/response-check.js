// Response validation: an answer must use a documented status and media type and match that response's schema.
// A handler that breaks the contract answers 500 `responseValidateError` listing what is wrong, never the bad body.
import { responseInvalid } from "./envelope.js";
import { documentedStatus } from "./media.js";
const issue = (message) => [{
	instancePath: "",
	schemaPath: "",
	keyword: "contract",
	params: {},
	message
}];
export function checkAnswer(route, answer, validators) {
	const status = answer?.status;
	const key = typeof status === "number" ? documentedStatus(route.responses, status) : undefined;
	if (!key) throw responseInvalid(route.operationId, status, issue(`status ${status} is not documented; documented: ${Object.keys(route.responses).join(", ")}`));
	const media = route.responses[key];
	const types = Object.keys(media);
	if (!types.length) {
		if (answer.body !== undefined) throw responseInvalid(route.operationId, status, issue(`response ${key} is documented without a body`));
		return;
	}
	const contentType = answer.contentType ?? types[0];
	const validatorName = media[contentType];
	if (!validatorName) throw responseInvalid(route.operationId, status, issue(`media type ${contentType} is not documented for ${key}; documented: ${types.join(", ")}`));
	const validate = validators[validatorName];
	if (!validate(answer.body)) throw responseInvalid(route.operationId, status, validate.errors ?? []);
}
