// Response validation: an answer must use a documented status and media type and match that response's schema.
// A handler that breaks the contract answers 500 `responseValidateError` listing what is wrong, never the bad body.
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
var response_check_exports = {};
__export(response_check_exports, {
  checkAnswer: () => checkAnswer
});
module.exports = __toCommonJS(response_check_exports);
var import_envelope = require("./envelope.js");
var import_media = require("./media.js");
const issue = (message) => [{
  instancePath: "",
  schemaPath: "",
  keyword: "contract",
  params: {},
  message
}];
function checkAnswer(route, answer, validators) {
  const status = answer?.status;
  const key = typeof status === "number" ? (0, import_media.documentedStatus)(route.responses, status) : void 0;
  if (!key) throw (0, import_envelope.responseInvalid)(route.operationId, status, issue(`status ${status} is not documented; documented: ${Object.keys(route.responses).join(", ")}`));
  const media = route.responses[key];
  const types = Object.keys(media);
  if (!types.length) {
    if (answer.body !== void 0) throw (0, import_envelope.responseInvalid)(route.operationId, status, issue(`response ${key} is documented without a body`));
    return;
  }
  const contentType = answer.contentType ?? types[0];
  const validatorName = media[contentType];
  if (!validatorName) throw (0, import_envelope.responseInvalid)(route.operationId, status, issue(`media type ${contentType} is not documented for ${key}; documented: ${types.join(", ")}`));
  const validate = validators[validatorName];
  if (!validate(answer.body)) throw (0, import_envelope.responseInvalid)(route.operationId, status, validate.errors ?? []);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkAnswer
});
