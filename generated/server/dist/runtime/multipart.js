import { malformedBody, requestInvalid } from "./envelope.js";
async function parseMultipart(bytes, contentType, spec) {
  let form;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw malformedBody("invalidMultipart", "the body is not multipart/form-data with the boundary its content-type names");
  }
  const fileNames = new Set(spec.fileFields.map((f) => f.name));
  const body = {};
  const textFields = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name);
    const value = values.length === 1 ? values[0] : values;
    body[name] = value;
    if (!fileNames.has(name)) textFields[name] = value;
  }
  const issues = spec.fileFields.flatMap(({ name, required }) => {
    const value = body[name];
    if (value === void 0) return required ? [{ instancePath: "", schemaPath: "#/required", keyword: "required", params: { missingProperty: name }, message: `must have required property '${name}'` }] : [];
    return value instanceof File ? [] : [{ instancePath: `/${name}`, schemaPath: `#/properties/${name}/format`, keyword: "format", params: { format: "binary" }, message: "must be a file part (with a filename)" }];
  });
  if (issues.length) throw requestInvalid(issues);
  return { body, textFields };
}
export {
  parseMultipart
};
