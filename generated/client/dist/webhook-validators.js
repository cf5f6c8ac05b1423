import { fullFormats } from "./runtime/formats.js";
import ucs2length from "./runtime/ucs2length.js";
const akepaStatusChanged = validate20;
const schema31 = { "$id": "https://connectfi.example/client/akepaStatusChanged", "$ref": "https://connectfi.example/openapi.json#/webhooks/akepaStatusChanged/post/requestBody/content/application~1json/schema" };
const schema33 = { "type": "object", "required": ["code", "data", "requestId"], "properties": { "code": { "$ref": "#/components/schemas/SuccessCode" }, "data": { "$ref": "#/components/schemas/KycApplication" }, "requestId": { "$ref": "#/components/schemas/RequestId" } } };
const schema34 = { "title": "SuccessCode", "description": '`"0"` on every successful response.', "type": "string", "const": "0" };
const schema43 = { "title": "RequestId", "description": "The identifier connectFi gives every request, 32 lowercase hex characters. Quote it to PayGears support.", "type": "string", "pattern": "^[0-9a-f]{32}$", "minLength": 32, "maxLength": 32, "example": "3ec05680b7a611edaaa621b3360f38c0" };
const schema35 = { "title": "KycApplication", "description": "A KYC/KYB application and its outcome. The journey is Approved only when every entity is approved; a KYB passes\nonly if every business representative passes KYC.\n", "type": "object", "required": ["applicationId", "customerId", "status"], "properties": { "applicationId": { "description": "The application id, `iapp_...`.", "allOf": [{ "$ref": "#/components/schemas/CommonId" }], "example": "iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY" }, "aggregatorId": { "$ref": "#/components/schemas/CommonId" }, "customerId": { "$ref": "#/components/schemas/CommonId" }, "reference": { "$ref": "#/components/schemas/CommonReference" }, "status": { "$ref": "#/components/schemas/KycApplicationStatus" }, "outcome": { "description": "The decision at application level, once `status` is `completed`.", "type": ["string", "null"] }, "entityApplications": { "description": "One entry per verified entity (the customer, and each business representative of a business).", "type": "array", "maxItems": 100, "items": { "$ref": "#/components/schemas/KycEntityApplication" } } } };
const schema36 = { "title": "CommonId", "description": "A connectFi identifier (vendor fragment `common-id`).", "type": "string", "pattern": "^[0-9a-zA-Z_]+$", "minLength": 1, "maxLength": 36, "example": "CLIENTID_3A5dSDcMFdlWK54dj1cacU" };
const schema39 = { "title": "CommonReference", "description": "The client's own unique reference (vendor fragment `common-reference`): letters and digits only, no underscore.\nCreate-type calls are idempotent on it: a second create with the same reference fails with `referenceExists`.\n", "type": "string", "pattern": "^[0-9a-zA-Z]+$", "minLength": 1, "maxLength": 32, "example": "ref20230628x001" };
const schema40 = { "title": "KycApplicationStatus", "description": "Where a KYC/KYB application (\"journey\") stands. The values are the vendor's; the transitions are designed from the\nvendor's descriptions of each value and of the sandbox flow.\n\n| Status | Meaning |\n|---|---|\n| `pending_step_up`, `pending_documents` | document images needed |\n| `waiting_review`, `pending_journey_application_review` | under manual review |\n| `running` | in progress, nothing needed from the client |\n| `data_request` | customer data missing |\n| `completed` | finished; see `outcome` |\n\n**Lifecycle** (generated from `x-connectfi-lifecycle`):\n\nInitial: `running` \xB7 Terminal: `completed`\n\n| From | To | Trigger |\n|---|---|---|\n| running | pending_step_up | identification needs document images (sandbox lastName WaitReview) |\n| running | pending_documents | identification needs document images |\n| running | data_request | identification needs customer data |\n| running | waiting_review | identification needs a manual review |\n| running | pending_journey_application_review | the journey needs a manual review |\n| running | completed | automatic decision |\n| pending_step_up | waiting_review | documents uploaded and linked with /akepa/update |\n| pending_step_up | running | documents uploaded and linked with /akepa/update |\n| pending_documents | running | documents uploaded and linked with /akepa/update |\n| data_request | running | data supplied with /customer/update |\n| waiting_review | completed | PayGears approves or denies by hand |\n| pending_journey_application_review | completed | PayGears approves or denies by hand |\n", "type": "string", "x-connectfi-lifecycle": { "initial": ["running"], "terminal": ["completed"], "transitions": [{ "from": "running", "to": "pending_step_up", "trigger": "identification needs document images (sandbox lastName WaitReview)" }, { "from": "running", "to": "pending_documents", "trigger": "identification needs document images" }, { "from": "running", "to": "data_request", "trigger": "identification needs customer data" }, { "from": "running", "to": "waiting_review", "trigger": "identification needs a manual review" }, { "from": "running", "to": "pending_journey_application_review", "trigger": "the journey needs a manual review" }, { "from": "running", "to": "completed", "trigger": "automatic decision" }, { "from": "pending_step_up", "to": "waiting_review", "trigger": "documents uploaded and linked with /akepa/update" }, { "from": "pending_step_up", "to": "running", "trigger": "documents uploaded and linked with /akepa/update" }, { "from": "pending_documents", "to": "running", "trigger": "documents uploaded and linked with /akepa/update" }, { "from": "data_request", "to": "running", "trigger": "data supplied with /customer/update" }, { "from": "waiting_review", "to": "completed", "trigger": "PayGears approves or denies by hand" }, { "from": "pending_journey_application_review", "to": "completed", "trigger": "PayGears approves or denies by hand" }] } };
const func1 = { default: ucs2length }.default;
const pattern4 = new RegExp("^[0-9a-zA-Z_]+$", "u");
const pattern7 = new RegExp("^[0-9a-zA-Z]+$", "u");
const schema41 = { "title": "KycEntityApplication", "description": "The verification of one entity. Status and outcome come from the verification provider in lowercase (`approved`).", "type": "object", "required": ["entityId", "isCustomer", "status"], "properties": { "entityId": { "description": "The customer id for the customer itself, or the business representative's id issued by /customer/init.", "allOf": [{ "$ref": "#/components/schemas/CommonId" }] }, "isCustomer": { "type": "boolean" }, "status": { "description": "The provider's status for this entity, in lowercase (designed as free text; the vendor shows `completed`).", "type": "string", "maxLength": 50 }, "outcome": { "description": "The provider's decision for this entity, in lowercase (the vendor shows `approved`).", "type": ["string", "null"], "maxLength": 50 } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.entityId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entityId" }, message: "must have required property 'entityId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.isCustomer === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "isCustomer" }, message: "must have required property 'isCustomer'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.entityId !== void 0) {
      let data0 = data.entityId;
      if (typeof data0 === "string") {
        if (func1(data0) > 36) {
          const err3 = { instancePath: instancePath + "/entityId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/entityId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/entityId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/entityId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.isCustomer !== void 0) {
      if (typeof data.isCustomer !== "boolean") {
        const err7 = { instancePath: instancePath + "/isCustomer", schemaPath: "#/properties/isCustomer/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 === "string") {
        if (func1(data2) > 50) {
          const err8 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.outcome !== void 0) {
      let data3 = data.outcome;
      if (typeof data3 !== "string" && data3 !== null) {
        const err10 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: schema41.properties.outcome.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (func1(data3) > 50) {
          const err11 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "entityId": true, "isCustomer": true, "status": true, "outcome": true }, "dynamicProps": false, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.applicationId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "applicationId" }, message: "must have required property 'applicationId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.customerId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customerId" }, message: "must have required property 'customerId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.applicationId !== void 0) {
      let data0 = data.applicationId;
      if (typeof data0 === "string") {
        if (func1(data0) > 36) {
          const err3 = { instancePath: instancePath + "/applicationId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/applicationId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/applicationId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/applicationId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.aggregatorId !== void 0) {
      let data1 = data.aggregatorId;
      if (typeof data1 === "string") {
        if (func1(data1) > 36) {
          const err7 = { instancePath: instancePath + "/aggregatorId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = { instancePath: instancePath + "/aggregatorId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err9 = { instancePath: instancePath + "/aggregatorId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/aggregatorId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.customerId !== void 0) {
      let data2 = data.customerId;
      if (typeof data2 === "string") {
        if (func1(data2) > 36) {
          const err11 = { instancePath: instancePath + "/customerId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err12 = { instancePath: instancePath + "/customerId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err13 = { instancePath: instancePath + "/customerId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/customerId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data3 = data.reference;
      if (typeof data3 === "string") {
        if (func1(data3) > 32) {
          const err15 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err16 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern7.test(data3)) {
          const err17 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: 'must match pattern "^[0-9a-zA-Z]+$"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err19 = { instancePath: instancePath + "/status", schemaPath: "#/components/schemas/KycApplicationStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.outcome !== void 0) {
      let data5 = data.outcome;
      if (typeof data5 !== "string" && data5 !== null) {
        const err20 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: schema35.properties.outcome.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.entityApplications !== void 0) {
      let data6 = data.entityApplications;
      if (Array.isArray(data6)) {
        if (data6.length > 100) {
          const err21 = { instancePath: instancePath + "/entityApplications", schemaPath: "#/properties/entityApplications/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate24(data6[i0], { instancePath: instancePath + "/entityApplications/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/entityApplications", schemaPath: "#/properties/entityApplications/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "applicationId": true, "aggregatorId": true, "customerId": true, "reference": true, "status": true, "outcome": true, "entityApplications": true }, "dynamicProps": false, "dynamicItems": false };
const pattern9 = new RegExp("^[0-9a-f]{32}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.requestId === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestId" }, message: "must have required property 'requestId'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.code !== void 0) {
      let data0 = data.code;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/code", schemaPath: "#/components/schemas/SuccessCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if ("0" !== data0) {
        const err4 = { instancePath: instancePath + "/code", schemaPath: "#/components/schemas/SuccessCode/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate23(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.requestId !== void 0) {
      let data2 = data.requestId;
      if (typeof data2 === "string") {
        if (func1(data2) > 32) {
          const err5 = { instancePath: instancePath + "/requestId", schemaPath: "#/components/schemas/RequestId/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func1(data2) < 32) {
          const err6 = { instancePath: instancePath + "/requestId", schemaPath: "#/components/schemas/RequestId/minLength", keyword: "minLength", params: { limit: 32 }, message: "must NOT have fewer than 32 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern9.test(data2)) {
          const err7 = { instancePath: instancePath + "/requestId", schemaPath: "#/components/schemas/RequestId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/requestId", schemaPath: "#/components/schemas/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "code": true, "data": true, "requestId": true }, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "code": true, "data": true, "requestId": true }, "dynamicProps": false, "dynamicItems": false };
const achStatusChanged = validate28;
const schema44 = { "$id": "https://connectfi.example/client/achStatusChanged", "$ref": "https://connectfi.example/openapi.json#/webhooks/achStatusChanged/post/requestBody/content/application~1json/schema" };
const schema45 = { "title": "AchTransfer", "description": "An ACH transfer as connectFi reports it: the body of the `achStatusChanged` webhook, which the create, validate,\nquery and list answers mirror (designed: the vendor did not show those answers).\n", "type": "object", "required": ["cFiTransactionId", "reference", "status"], "properties": { "cFiTransactionId": { "description": "connectFi's id of the transfer, prefixed with the client id.", "allOf": [{ "$ref": "#/components/schemas/CommonId" }] }, "reference": { "$ref": "#/components/schemas/CommonReference" }, "cFiAggregatorId": { "description": "The client (aggregator) id.", "allOf": [{ "$ref": "#/components/schemas/CommonId" }], "example": "CLIENTID" }, "status": { "$ref": "#/components/schemas/AchTransferStatus" }, "dtsCreatedAt": { "$ref": "#/components/schemas/Timestamp" }, "effectiveEntryDate": { "$ref": "#/components/schemas/AchEffectiveEntryDate" }, "individualName": { "$ref": "#/components/schemas/AchIndividualName" }, "routingNumber": { "$ref": "#/components/schemas/AchRoutingNumber" }, "amount": { "$ref": "#/components/schemas/Amount" }, "currency": { "$ref": "#/components/schemas/Currency" }, "DFIAccountNumber": { "$ref": "#/components/schemas/AchDFIAccountNumber" }, "returnCode": { "$ref": "#/components/schemas/AchReturnCode" } } };
const schema49 = { "title": "AchTransferStatus", "description": "Where an ACH transfer stands. The values are the vendor's; the transitions are designed from the vendor's meaning of\neach value and the NACHA return windows (an entry can be returned after it settled). `Settled` appears in one\nversion of the vendor's page.\n\n**Lifecycle** (generated from `x-connectfi-lifecycle`):\n\nInitial: `Initiated` \xB7 Terminal: `Returned`, `Declined`\n\n| From | To | Trigger |\n|---|---|---|\n| Initiated | Sent | included in a NACHA batch sent to the ODFI (several times a day) |\n| Initiated | Declined | the entry failed before it was batched |\n| Sent | Complete | the ODFI acknowledged the batch |\n| Sent | Declined | the ODFI rejected the batch or the entry |\n| Complete | Settled | funds deposited at the RDFI |\n| Complete | Returned | the RDFI returned the entry (NACHA return code) |\n| Settled | Returned | the RDFI returned the entry within the NACHA return window |\n", "type": "string", "x-connectfi-lifecycle": { "initial": ["Initiated"], "terminal": ["Returned", "Declined"], "transitions": [{ "from": "Initiated", "to": "Sent", "trigger": "included in a NACHA batch sent to the ODFI (several times a day)" }, { "from": "Initiated", "to": "Declined", "trigger": "the entry failed before it was batched" }, { "from": "Sent", "to": "Complete", "trigger": "the ODFI acknowledged the batch" }, { "from": "Sent", "to": "Declined", "trigger": "the ODFI rejected the batch or the entry" }, { "from": "Complete", "to": "Settled", "trigger": "funds deposited at the RDFI" }, { "from": "Complete", "to": "Returned", "trigger": "the RDFI returned the entry (NACHA return code)" }, { "from": "Settled", "to": "Returned", "trigger": "the RDFI returned the entry within the NACHA return window" }] } };
const schema50 = { "title": "Timestamp", "description": "An ISO-8601 UTC date-time with milliseconds; connectFi names these fields `dts*` (`dtsCreatedAt`, `dtsExpireAt`, ...).", "type": "string", "format": "date-time", "maxLength": 30, "example": "2023-06-28T13:26:59.312Z" };
const schema51 = { "title": "AchEffectiveEntryDate", "description": "The date the receiver's bank should post the entry, `YYYY-MM-DD`. Cut-offs (US Central time, Monday to Friday):\nfor the same day, create before **9:30 am CST**; for the next day, before **7:30 pm CST**; otherwise choose a later\ndate. A date that misses its cut-off fails with `achEffectiveEntryDate`.\n", "type": "string", "format": "date", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "maxLength": 10, "example": "2023-06-28" };
const schema52 = { "title": "AchIndividualName", "description": "The receiver's name, at most 22 characters as in the NACHA entry detail record (length designed from NACHA; printable ASCII, not only spaces).", "type": "string", "pattern": "^(?! *$)[ -~]+$", "minLength": 1, "maxLength": 22, "example": "John Smith" };
const schema53 = { "title": "AchRoutingNumber", "description": "A 9-digit ABA routing number of the receiver's bank (RDFI). The ABA check digit (weights 3, 7, 1 repeated; the\nweighted sum is a multiple of 10) cannot be expressed in JSON Schema; whether connectFi checks it is not documented.\n", "type": "string", "pattern": "^\\d{9}$", "minLength": 9, "maxLength": 9, "example": "053207766" };
const schema54 = { "title": "Amount", "description": "An amount in major units (dollars), greater than 0 with at most 2 decimals (vendor fragment `common-amount`).\nThe vendor's `amountPrecision: 2` keyword is carried as `x-amountPrecision`: `multipleOf: 0.01` is not used because\nbinary floating point makes it reject valid amounts such as 0.29. More than 2 decimals fails with `wrongAmount`.\n", "type": "number", "exclusiveMinimum": 0, "x-amountPrecision": 2, "x-connectfi-errors": { "x-amountPrecision": "wrongAmount" }, "example": 7.15 };
const schema55 = { "title": "Currency", "description": "ISO 4217 currency code. `USD` is the only supported currency; any other fails with `currencyNotSupported` (context `supportedCurrency`), so the schema accepts any three-letter code.", "type": "string", "pattern": "^[A-Z]{3}$", "minLength": 3, "maxLength": 3, "example": "USD", "x-connectfi-supported": ["USD"], "x-connectfi-errors": { "x-connectfi-supported": "currencyNotSupported" } };
const schema56 = { "title": "AchDFIAccountNumber", "description": "The receiver's account number at the RDFI, at most 17 characters as in the NACHA entry detail record (length and characters designed from NACHA).", "type": "string", "pattern": "^[0-9A-Za-z-]+$", "minLength": 1, "maxLength": 17, "example": "1234567890123456" };
const schema57 = { "title": "AchReturnCode", "description": "The NACHA return reason code of a `Returned` transfer, e.g. `R01` insufficient funds, `R02` account closed, `R03`\nno account, `R04` invalid account number, `R05` unauthorized consumer debit with a corporate SEC code, `R07`\nauthorization revoked, `R10` customer says not authorized, `R29` corporate customer says not authorized\n(designed: the vendor shows no return code field).\n", "type": ["string", "null"], "pattern": "^R\\d{2}$", "maxLength": 3, "example": "R01" };
const pattern13 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern14 = new RegExp("^(?! *$)[ -~]+$", "u");
const pattern15 = new RegExp("^\\d{9}$", "u");
const pattern16 = new RegExp("^[A-Z]{3}$", "u");
const pattern17 = new RegExp("^[0-9A-Za-z-]+$", "u");
const pattern18 = new RegExp("^R\\d{2}$", "u");
const formats0 = fullFormats["date-time"];
const formats2 = fullFormats["date"];
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cFiTransactionId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cFiTransactionId" }, message: "must have required property 'cFiTransactionId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reference === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.cFiTransactionId !== void 0) {
      let data0 = data.cFiTransactionId;
      if (typeof data0 === "string") {
        if (func1(data0) > 36) {
          const err3 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data1 = data.reference;
      if (typeof data1 === "string") {
        if (func1(data1) > 32) {
          const err7 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern7.test(data1)) {
          const err9 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: 'must match pattern "^[0-9a-zA-Z]+$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.cFiAggregatorId !== void 0) {
      let data2 = data.cFiAggregatorId;
      if (typeof data2 === "string") {
        if (func1(data2) > 36) {
          const err11 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err12 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err13 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/components/schemas/AchTransferStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.dtsCreatedAt !== void 0) {
      let data4 = data.dtsCreatedAt;
      if (typeof data4 === "string") {
        if (func1(data4) > 30) {
          const err16 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!formats0.validate(data4)) {
          const err17 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.effectiveEntryDate !== void 0) {
      let data5 = data.effectiveEntryDate;
      if (typeof data5 === "string") {
        if (func1(data5) > 10) {
          const err19 = { instancePath: instancePath + "/effectiveEntryDate", schemaPath: "#/components/schemas/AchEffectiveEntryDate/maxLength", keyword: "maxLength", params: { limit: 10 }, message: "must NOT have more than 10 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern13.test(data5)) {
          const err20 = { instancePath: instancePath + "/effectiveEntryDate", schemaPath: "#/components/schemas/AchEffectiveEntryDate/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (!formats2.validate(data5)) {
          const err21 = { instancePath: instancePath + "/effectiveEntryDate", schemaPath: "#/components/schemas/AchEffectiveEntryDate/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/effectiveEntryDate", schemaPath: "#/components/schemas/AchEffectiveEntryDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.individualName !== void 0) {
      let data6 = data.individualName;
      if (typeof data6 === "string") {
        if (func1(data6) > 22) {
          const err23 = { instancePath: instancePath + "/individualName", schemaPath: "#/components/schemas/AchIndividualName/maxLength", keyword: "maxLength", params: { limit: 22 }, message: "must NOT have more than 22 characters" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (func1(data6) < 1) {
          const err24 = { instancePath: instancePath + "/individualName", schemaPath: "#/components/schemas/AchIndividualName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern14.test(data6)) {
          const err25 = { instancePath: instancePath + "/individualName", schemaPath: "#/components/schemas/AchIndividualName/pattern", keyword: "pattern", params: { pattern: "^(?! *$)[ -~]+$" }, message: 'must match pattern "^(?! *$)[ -~]+$"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/individualName", schemaPath: "#/components/schemas/AchIndividualName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.routingNumber !== void 0) {
      let data7 = data.routingNumber;
      if (typeof data7 === "string") {
        if (func1(data7) > 9) {
          const err27 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/maxLength", keyword: "maxLength", params: { limit: 9 }, message: "must NOT have more than 9 characters" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data7) < 9) {
          const err28 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (!pattern15.test(data7)) {
          const err29 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/pattern", keyword: "pattern", params: { pattern: "^\\d{9}$" }, message: 'must match pattern "^\\d{9}$"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.amount !== void 0) {
      let data8 = data.amount;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 <= 0 || isNaN(data8)) {
          const err31 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        const decimals0 = (String(data8).split(".")[1] || "").length;
        if (decimals0 > 2) {
          const err32 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/x-amountPrecision", keyword: "x-amountPrecision", params: {}, message: "must have at most 2 decimals" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data9 = data.currency;
      if (typeof data9 === "string") {
        if (func1(data9) > 3) {
          const err34 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/maxLength", keyword: "maxLength", params: { limit: 3 }, message: "must NOT have more than 3 characters" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (func1(data9) < 3) {
          const err35 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern16.test(data9)) {
          const err36 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.DFIAccountNumber !== void 0) {
      let data10 = data.DFIAccountNumber;
      if (typeof data10 === "string") {
        if (func1(data10) > 17) {
          const err38 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/maxLength", keyword: "maxLength", params: { limit: 17 }, message: "must NOT have more than 17 characters" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (func1(data10) < 1) {
          const err39 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (!pattern17.test(data10)) {
          const err40 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z-]+$" }, message: 'must match pattern "^[0-9A-Za-z-]+$"' };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.returnCode !== void 0) {
      let data11 = data.returnCode;
      if (typeof data11 !== "string" && data11 !== null) {
        const err42 = { instancePath: instancePath + "/returnCode", schemaPath: "#/components/schemas/AchReturnCode/type", keyword: "type", params: { type: schema57.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (typeof data11 === "string") {
        if (func1(data11) > 3) {
          const err43 = { instancePath: instancePath + "/returnCode", schemaPath: "#/components/schemas/AchReturnCode/maxLength", keyword: "maxLength", params: { limit: 3 }, message: "must NOT have more than 3 characters" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (!pattern18.test(data11)) {
          const err44 = { instancePath: instancePath + "/returnCode", schemaPath: "#/components/schemas/AchReturnCode/pattern", keyword: "pattern", params: { pattern: "^R\\d{2}$" }, message: 'must match pattern "^R\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
    }
  } else {
    const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": { "cFiTransactionId": true, "reference": true, "cFiAggregatorId": true, "status": true, "dtsCreatedAt": true, "effectiveEntryDate": true, "individualName": true, "routingNumber": true, "amount": true, "currency": true, "DFIAccountNumber": true, "returnCode": true }, "dynamicProps": false, "dynamicItems": false };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate29(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
    errors = vErrors.length;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": { "cFiTransactionId": true, "reference": true, "cFiAggregatorId": true, "status": true, "dtsCreatedAt": true, "effectiveEntryDate": true, "individualName": true, "routingNumber": true, "amount": true, "currency": true, "DFIAccountNumber": true, "returnCode": true }, "dynamicProps": false, "dynamicItems": false };
const billsStatusChanged = validate31;
const schema58 = { "$id": "https://connectfi.example/client/billsStatusChanged", "$ref": "https://connectfi.example/openapi.json#/webhooks/billsStatusChanged/post/requestBody/content/application~1json/schema" };
const schema59 = { "title": "BillTransaction", "description": "An RPPS bill payment as connectFi reports it: the body of the `billsStatusChanged` webhook, which the initiate,\nexecute, query and list answers mirror. Note `dtsCreated` (not `dtsCreatedAt`) on bills. From `Complete` on it adds\n`dtsSent` and `processing`.\n", "type": "object", "required": ["reference", "cFiTransactionId", "status", "amount", "currency", "billerId"], "properties": { "reference": { "$ref": "#/components/schemas/CommonReference" }, "cFiTransactionId": { "description": "connectFi's id of the payment, prefixed with the client id.", "allOf": [{ "$ref": "#/components/schemas/CommonId" }] }, "merchantId": { "description": "The originator's merchant id at RPPS, e.g. `10000001`.", "type": "string", "pattern": "^[0-9A-Za-z]+$", "maxLength": 20, "example": "10000001" }, "cFiTraceNumber": { "description": "connectFi's 15-digit trace number of the payment.", "type": "string", "pattern": "^\\d{15}$", "maxLength": 15, "example": "000000000006993" }, "status": { "$ref": "#/components/schemas/BillTransactionStatus" }, "amount": { "$ref": "#/components/schemas/Amount" }, "currency": { "$ref": "#/components/schemas/Currency" }, "dtsCreated": { "$ref": "#/components/schemas/Timestamp" }, "billerId": { "$ref": "#/components/schemas/BillBillerId" }, "batchId": { "$ref": "#/components/schemas/BillBatchId" }, "dtsSent": { "description": "When the payment went to RPPS; present from `Complete` on.", "allOf": [{ "$ref": "#/components/schemas/Timestamp" }] }, "processing": { "$ref": "#/components/schemas/BillProcessing" } } };
const schema62 = { "title": "BillTransactionStatus", "description": "Where an RPPS bill payment stands. The values are the vendor's; the transitions are designed from the vendor's\nmeaning of each value. `Cancelled` is set when the client cancels a payment that is still `Initiated` or\n`Processing`; `DecryptError` when connectFi cannot decrypt `accountNumberEncrypted`; `Unknown` while PayGears\nreviews a payment by hand.\n\n**Lifecycle** (generated from `x-connectfi-lifecycle`):\n\nInitial: `Initiated` \xB7 Terminal: `Settled`, `Declined`, `Cancelled`, `DecryptError`\n\n| From | To | Trigger |\n|---|---|---|\n| Initiated | Processing | POST /transfer-to/bills/execute (no webhook for this change) |\n| Initiated | Cancelled | the client cancelled the payment |\n| Processing | Cancelled | the client cancelled the payment |\n| Processing | DecryptError | the encrypted account number could not be decrypted |\n| Processing | Sent | included in a file sent to Mastercard RPPS (several times a day) |\n| Sent | Complete | RPPS acknowledged the payment |\n| Sent | Declined | RPPS or the biller rejected the payment |\n| Sent | Unknown | the outcome needs a manual review |\n| Complete | Settled | funds reached the biller's bank and were debited from the settlement account |\n| Complete | Declined | the biller returned the payment |\n| Unknown | Complete | the review found the payment acknowledged |\n| Unknown | Declined | the review found the payment failed |\n", "type": "string", "x-connectfi-lifecycle": { "initial": ["Initiated"], "terminal": ["Settled", "Declined", "Cancelled", "DecryptError"], "transitions": [{ "from": "Initiated", "to": "Processing", "trigger": "POST /transfer-to/bills/execute (no webhook for this change)" }, { "from": "Initiated", "to": "Cancelled", "trigger": "the client cancelled the payment" }, { "from": "Processing", "to": "Cancelled", "trigger": "the client cancelled the payment" }, { "from": "Processing", "to": "DecryptError", "trigger": "the encrypted account number could not be decrypted" }, { "from": "Processing", "to": "Sent", "trigger": "included in a file sent to Mastercard RPPS (several times a day)" }, { "from": "Sent", "to": "Complete", "trigger": "RPPS acknowledged the payment" }, { "from": "Sent", "to": "Declined", "trigger": "RPPS or the biller rejected the payment" }, { "from": "Sent", "to": "Unknown", "trigger": "the outcome needs a manual review" }, { "from": "Complete", "to": "Settled", "trigger": "funds reached the biller's bank and were debited from the settlement account" }, { "from": "Complete", "to": "Declined", "trigger": "the biller returned the payment" }, { "from": "Unknown", "to": "Complete", "trigger": "the review found the payment acknowledged" }, { "from": "Unknown", "to": "Declined", "trigger": "the review found the payment failed" }] } };
const schema66 = { "title": "BillBillerId", "description": "The RPPS biller id, 10 digits (from the biller directory, `biller_id`).", "type": "string", "pattern": "^\\d{10}$", "minLength": 10, "maxLength": 10, "example": "0123456789" };
const schema67 = { "title": "BillBatchId", "description": "The client's own batch label, to group payments for reconciliation; letters and digits (length designed).", "type": ["string", "null"], "pattern": "^[0-9a-zA-Z]+$", "minLength": 1, "maxLength": 32, "example": "batch20230628" };
const pattern21 = new RegExp("^[0-9A-Za-z]+$", "u");
const pattern22 = new RegExp("^\\d{15}$", "u");
const pattern24 = new RegExp("^\\d{10}$", "u");
const schema69 = { "title": "BillProcessing", "description": "RPPS's processing result, present from `Complete` on. Field names from the vendor's webhook; types designed.", "type": "object", "required": ["status"], "properties": { "dateProcessed": { "description": "The day RPPS processed the payment.", "allOf": [{ "$ref": "#/components/schemas/DateOnly" }] }, "isReversal": { "description": "True when this payment is a reversal of an earlier one.", "type": "boolean" }, "remarks": { "description": "RPPS's remarks, if any.", "type": ["string", "null"], "maxLength": 500 }, "responseCode": { "description": "RPPS's response code.", "type": ["string", "null"], "maxLength": 10, "example": "00" }, "status": { "description": "RPPS's own status; the vendor shows `Completed`.", "type": "string", "maxLength": 50, "example": "Completed" }, "traceId": { "description": "RPPS's trace id of the payment.", "type": ["string", "null"], "maxLength": 50, "example": "000000000006993" } } };
const schema70 = { "title": "DateOnly", "description": "A calendar date `YYYY-MM-DD` (vendor fragment `common-dateOnly`, vendor format `dateISO`).", "type": "string", "format": "date", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "maxLength": 10, "example": "2023-06-28" };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.dateProcessed !== void 0) {
      let data0 = data.dateProcessed;
      if (typeof data0 === "string") {
        if (func1(data0) > 10) {
          const err1 = { instancePath: instancePath + "/dateProcessed", schemaPath: "#/components/schemas/DateOnly/maxLength", keyword: "maxLength", params: { limit: 10 }, message: "must NOT have more than 10 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern13.test(data0)) {
          const err2 = { instancePath: instancePath + "/dateProcessed", schemaPath: "#/components/schemas/DateOnly/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!formats2.validate(data0)) {
          const err3 = { instancePath: instancePath + "/dateProcessed", schemaPath: "#/components/schemas/DateOnly/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/dateProcessed", schemaPath: "#/components/schemas/DateOnly/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.isReversal !== void 0) {
      if (typeof data.isReversal !== "boolean") {
        const err5 = { instancePath: instancePath + "/isReversal", schemaPath: "#/properties/isReversal/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.remarks !== void 0) {
      let data2 = data.remarks;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/remarks", schemaPath: "#/properties/remarks/type", keyword: "type", params: { type: schema69.properties.remarks.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func1(data2) > 500) {
          const err7 = { instancePath: instancePath + "/remarks", schemaPath: "#/properties/remarks/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.responseCode !== void 0) {
      let data3 = data.responseCode;
      if (typeof data3 !== "string" && data3 !== null) {
        const err8 = { instancePath: instancePath + "/responseCode", schemaPath: "#/properties/responseCode/type", keyword: "type", params: { type: schema69.properties.responseCode.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (func1(data3) > 10) {
          const err9 = { instancePath: instancePath + "/responseCode", schemaPath: "#/properties/responseCode/maxLength", keyword: "maxLength", params: { limit: 10 }, message: "must NOT have more than 10 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (typeof data4 === "string") {
        if (func1(data4) > 50) {
          const err10 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.traceId !== void 0) {
      let data5 = data.traceId;
      if (typeof data5 !== "string" && data5 !== null) {
        const err12 = { instancePath: instancePath + "/traceId", schemaPath: "#/properties/traceId/type", keyword: "type", params: { type: schema69.properties.traceId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (func1(data5) > 50) {
          const err13 = { instancePath: instancePath + "/traceId", schemaPath: "#/properties/traceId/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": { "dateProcessed": true, "isReversal": true, "remarks": true, "responseCode": true, "status": true, "traceId": true }, "dynamicProps": false, "dynamicItems": false };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reference === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.cFiTransactionId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cFiTransactionId" }, message: "must have required property 'cFiTransactionId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.amount === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.billerId === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "billerId" }, message: "must have required property 'billerId'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.reference !== void 0) {
      let data0 = data.reference;
      if (typeof data0 === "string") {
        if (func1(data0) > 32) {
          const err6 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err7 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern7.test(data0)) {
          const err8 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: 'must match pattern "^[0-9a-zA-Z]+$"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.cFiTransactionId !== void 0) {
      let data1 = data.cFiTransactionId;
      if (typeof data1 === "string") {
        if (func1(data1) > 36) {
          const err10 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err11 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err12 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.merchantId !== void 0) {
      let data2 = data.merchantId;
      if (typeof data2 === "string") {
        if (func1(data2) > 20) {
          const err14 = { instancePath: instancePath + "/merchantId", schemaPath: "#/properties/merchantId/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern21.test(data2)) {
          const err15 = { instancePath: instancePath + "/merchantId", schemaPath: "#/properties/merchantId/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z]+$" }, message: 'must match pattern "^[0-9A-Za-z]+$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/merchantId", schemaPath: "#/properties/merchantId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.cFiTraceNumber !== void 0) {
      let data3 = data.cFiTraceNumber;
      if (typeof data3 === "string") {
        if (func1(data3) > 15) {
          const err17 = { instancePath: instancePath + "/cFiTraceNumber", schemaPath: "#/properties/cFiTraceNumber/maxLength", keyword: "maxLength", params: { limit: 15 }, message: "must NOT have more than 15 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (!pattern22.test(data3)) {
          const err18 = { instancePath: instancePath + "/cFiTraceNumber", schemaPath: "#/properties/cFiTraceNumber/pattern", keyword: "pattern", params: { pattern: "^\\d{15}$" }, message: 'must match pattern "^\\d{15}$"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/cFiTraceNumber", schemaPath: "#/properties/cFiTraceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err20 = { instancePath: instancePath + "/status", schemaPath: "#/components/schemas/BillTransactionStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.amount !== void 0) {
      let data5 = data.amount;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 <= 0 || isNaN(data5)) {
          const err21 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const decimals0 = (String(data5).split(".")[1] || "").length;
        if (decimals0 > 2) {
          const err22 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/x-amountPrecision", keyword: "x-amountPrecision", params: {}, message: "must have at most 2 decimals" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data6 = data.currency;
      if (typeof data6 === "string") {
        if (func1(data6) > 3) {
          const err24 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/maxLength", keyword: "maxLength", params: { limit: 3 }, message: "must NOT have more than 3 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (func1(data6) < 3) {
          const err25 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (!pattern16.test(data6)) {
          const err26 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.dtsCreated !== void 0) {
      let data7 = data.dtsCreated;
      if (typeof data7 === "string") {
        if (func1(data7) > 30) {
          const err28 = { instancePath: instancePath + "/dtsCreated", schemaPath: "#/components/schemas/Timestamp/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (!formats0.validate(data7)) {
          const err29 = { instancePath: instancePath + "/dtsCreated", schemaPath: "#/components/schemas/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/dtsCreated", schemaPath: "#/components/schemas/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.billerId !== void 0) {
      let data8 = data.billerId;
      if (typeof data8 === "string") {
        if (func1(data8) > 10) {
          const err31 = { instancePath: instancePath + "/billerId", schemaPath: "#/components/schemas/BillBillerId/maxLength", keyword: "maxLength", params: { limit: 10 }, message: "must NOT have more than 10 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (func1(data8) < 10) {
          const err32 = { instancePath: instancePath + "/billerId", schemaPath: "#/components/schemas/BillBillerId/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (!pattern24.test(data8)) {
          const err33 = { instancePath: instancePath + "/billerId", schemaPath: "#/components/schemas/BillBillerId/pattern", keyword: "pattern", params: { pattern: "^\\d{10}$" }, message: 'must match pattern "^\\d{10}$"' };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/billerId", schemaPath: "#/components/schemas/BillBillerId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.batchId !== void 0) {
      let data9 = data.batchId;
      if (typeof data9 !== "string" && data9 !== null) {
        const err35 = { instancePath: instancePath + "/batchId", schemaPath: "#/components/schemas/BillBatchId/type", keyword: "type", params: { type: schema67.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (typeof data9 === "string") {
        if (func1(data9) > 32) {
          const err36 = { instancePath: instancePath + "/batchId", schemaPath: "#/components/schemas/BillBatchId/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (func1(data9) < 1) {
          const err37 = { instancePath: instancePath + "/batchId", schemaPath: "#/components/schemas/BillBatchId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (!pattern7.test(data9)) {
          const err38 = { instancePath: instancePath + "/batchId", schemaPath: "#/components/schemas/BillBatchId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: 'must match pattern "^[0-9a-zA-Z]+$"' };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    }
    if (data.dtsSent !== void 0) {
      let data10 = data.dtsSent;
      if (typeof data10 === "string") {
        if (func1(data10) > 30) {
          const err39 = { instancePath: instancePath + "/dtsSent", schemaPath: "#/components/schemas/Timestamp/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (!formats0.validate(data10)) {
          const err40 = { instancePath: instancePath + "/dtsSent", schemaPath: "#/components/schemas/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/dtsSent", schemaPath: "#/components/schemas/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.processing !== void 0) {
      if (!validate33(data.processing, { instancePath: instancePath + "/processing", parentData: data, parentDataProperty: "processing", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": { "reference": true, "cFiTransactionId": true, "merchantId": true, "cFiTraceNumber": true, "status": true, "amount": true, "currency": true, "dtsCreated": true, "billerId": true, "batchId": true, "dtsSent": true, "processing": true }, "dynamicProps": false, "dynamicItems": false };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate32(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
    errors = vErrors.length;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": { "reference": true, "cFiTransactionId": true, "merchantId": true, "cFiTraceNumber": true, "status": true, "amount": true, "currency": true, "dtsCreated": true, "billerId": true, "batchId": true, "dtsSent": true, "processing": true }, "dynamicProps": false, "dynamicItems": false };
const cardStatusChanged = validate36;
const schema71 = { "$id": "https://connectfi.example/client/cardStatusChanged", "$ref": "https://connectfi.example/openapi.json#/webhooks/cardStatusChanged/post/requestBody/content/application~1json/schema" };
const schema72 = { "title": "CardTransaction", "description": "One push, pull or acquiring transaction: the answer of push, pull and reversal, one record of the query and the\nlist, and the body of the `cardStatusChanged` webhook.\n\n**Designed here:** the vendor shows no response body for these endpoints; the record mirrors the request and\ncarries the two documented status enums, named like the other rails' records.\n", "type": "object", "required": ["cFiTransactionId", "reference", "cFiCardId", "transferType", "amount", "currency", "status", "reversalStatus", "dtsCreatedAt"], "properties": { "cFiTransactionId": { "$ref": "#/components/schemas/CommonId" }, "reference": { "$ref": "#/components/schemas/CommonReference" }, "cFiAggregatorId": { "$ref": "#/components/schemas/CommonId" }, "cFiCardId": { "$ref": "#/components/schemas/CardId" }, "transferType": { "description": "`push` (settlement account to card) or `pull` (card to settlement account; acquiring is always `pull`).", "type": "string" }, "amount": { "$ref": "#/components/schemas/Amount" }, "currency": { "$ref": "#/components/schemas/Currency" }, "narrative": { "type": "string", "maxLength": 500 }, "status": { "$ref": "#/components/schemas/CardTransactionStatus" }, "reversalStatus": { "$ref": "#/components/schemas/CardReversalStatus" }, "dtsCreatedAt": { "$ref": "#/components/schemas/Timestamp" }, "dtsCompleted": { "description": "When the transaction reached `Complete` or `Declined`; null before.", "type": ["string", "null"], "format": "date-time", "maxLength": 30 } } };
const schema76 = { "title": "CardId", "description": "A registered external card, `tcrd_...` (a `common-id`).", "type": "string", "pattern": "^[0-9a-zA-Z_]+$", "minLength": 1, "maxLength": 36, "example": "tcrd_5m41U6ycdgJ5CNyGDObY8Q" };
const schema79 = { "title": "CardTransactionStatus", "description": "Where a push, pull or acquiring transaction stands. The values are the vendor's (from the list schemas of\npush/pull and acquiring); the vendor describes none of them, so the meanings and transitions are designed:\n`Initiated` sent to the processor, `Complete` approved, `Declined` refused, `Manual` held for manual\nprocessing, `Unknown` the processor's answer is not known yet (review).\n\n**Lifecycle** (generated from `x-connectfi-lifecycle`):\n\nInitial: `Initiated` \xB7 Terminal: `Complete`, `Declined`\n\n| From | To | Trigger |\n|---|---|---|\n| Initiated | Complete | the processor approves (usually within seconds) |\n| Initiated | Declined | the processor declines |\n| Initiated | Manual | the transaction is held for manual processing |\n| Initiated | Unknown | the processor's answer is lost or unclear |\n| Manual | Complete | processed by hand |\n| Manual | Declined | refused by hand |\n| Unknown | Complete | the review finds it approved |\n| Unknown | Declined | the review finds it declined |\n", "type": "string", "x-connectfi-lifecycle": { "initial": ["Initiated"], "terminal": ["Complete", "Declined"], "transitions": [{ "from": "Initiated", "to": "Complete", "trigger": "the processor approves (usually within seconds)" }, { "from": "Initiated", "to": "Declined", "trigger": "the processor declines" }, { "from": "Initiated", "to": "Manual", "trigger": "the transaction is held for manual processing" }, { "from": "Initiated", "to": "Unknown", "trigger": "the processor's answer is lost or unclear" }, { "from": "Manual", "to": "Complete", "trigger": "processed by hand" }, { "from": "Manual", "to": "Declined", "trigger": "refused by hand" }, { "from": "Unknown", "to": "Complete", "trigger": "the review finds it approved" }, { "from": "Unknown", "to": "Declined", "trigger": "the review finds it declined" }] } };
const schema80 = { "title": "CardReversalStatus", "description": 'Whether a pull (or acquiring) transaction was reversed. The values are the vendor\'s; the vendor describes none\nof them (its error text even says "Pending or Completed"; the enum is trusted), so the meanings are designed:\n`Unknown` no reversal asked for, `Reversal` a reversal is under way, `Reversed` the money went back to the card.\n\n**Lifecycle** (generated from `x-connectfi-lifecycle`):\n\nInitial: `Unknown` \xB7 Terminal: `Reversed`\n\n| From | To | Trigger |\n|---|---|---|\n| Unknown | Reversal | /reversal accepted; the processor has not confirmed yet |\n| Unknown | Reversed | /reversal accepted and confirmed at once |\n| Reversal | Reversed | the processor confirms the reversal |\n', "type": "string", "x-connectfi-lifecycle": { "initial": ["Unknown"], "terminal": ["Reversed"], "transitions": [{ "from": "Unknown", "to": "Reversal", "trigger": "/reversal accepted; the processor has not confirmed yet" }, { "from": "Unknown", "to": "Reversed", "trigger": "/reversal accepted and confirmed at once" }, { "from": "Reversal", "to": "Reversed", "trigger": "the processor confirms the reversal" }] } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cFiTransactionId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cFiTransactionId" }, message: "must have required property 'cFiTransactionId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reference === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.cFiCardId === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cFiCardId" }, message: "must have required property 'cFiCardId'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.transferType === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transferType" }, message: "must have required property 'transferType'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.amount === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.reversalStatus === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reversalStatus" }, message: "must have required property 'reversalStatus'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.dtsCreatedAt === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dtsCreatedAt" }, message: "must have required property 'dtsCreatedAt'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.cFiTransactionId !== void 0) {
      let data0 = data.cFiTransactionId;
      if (typeof data0 === "string") {
        if (func1(data0) > 36) {
          const err9 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err10 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err11 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data1 = data.reference;
      if (typeof data1 === "string") {
        if (func1(data1) > 32) {
          const err13 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err14 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern7.test(data1)) {
          const err15 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: 'must match pattern "^[0-9a-zA-Z]+$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.cFiAggregatorId !== void 0) {
      let data2 = data.cFiAggregatorId;
      if (typeof data2 === "string") {
        if (func1(data2) > 36) {
          const err17 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err18 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err19 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.cFiCardId !== void 0) {
      let data3 = data.cFiCardId;
      if (typeof data3 === "string") {
        if (func1(data3) > 36) {
          const err21 = { instancePath: instancePath + "/cFiCardId", schemaPath: "#/components/schemas/CardId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err22 = { instancePath: instancePath + "/cFiCardId", schemaPath: "#/components/schemas/CardId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern4.test(data3)) {
          const err23 = { instancePath: instancePath + "/cFiCardId", schemaPath: "#/components/schemas/CardId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/cFiCardId", schemaPath: "#/components/schemas/CardId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.transferType !== void 0) {
      if (typeof data.transferType !== "string") {
        const err25 = { instancePath: instancePath + "/transferType", schemaPath: "#/properties/transferType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.amount !== void 0) {
      let data5 = data.amount;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 <= 0 || isNaN(data5)) {
          const err26 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const decimals0 = (String(data5).split(".")[1] || "").length;
        if (decimals0 > 2) {
          const err27 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/x-amountPrecision", keyword: "x-amountPrecision", params: {}, message: "must have at most 2 decimals" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data6 = data.currency;
      if (typeof data6 === "string") {
        if (func1(data6) > 3) {
          const err29 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/maxLength", keyword: "maxLength", params: { limit: 3 }, message: "must NOT have more than 3 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (func1(data6) < 3) {
          const err30 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (!pattern16.test(data6)) {
          const err31 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.narrative !== void 0) {
      let data7 = data.narrative;
      if (typeof data7 === "string") {
        if (func1(data7) > 500) {
          const err33 = { instancePath: instancePath + "/narrative", schemaPath: "#/properties/narrative/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/narrative", schemaPath: "#/properties/narrative/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err35 = { instancePath: instancePath + "/status", schemaPath: "#/components/schemas/CardTransactionStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.reversalStatus !== void 0) {
      if (typeof data.reversalStatus !== "string") {
        const err36 = { instancePath: instancePath + "/reversalStatus", schemaPath: "#/components/schemas/CardReversalStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.dtsCreatedAt !== void 0) {
      let data10 = data.dtsCreatedAt;
      if (typeof data10 === "string") {
        if (func1(data10) > 30) {
          const err37 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (!formats0.validate(data10)) {
          const err38 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.dtsCompleted !== void 0) {
      let data11 = data.dtsCompleted;
      if (typeof data11 !== "string" && data11 !== null) {
        const err40 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/type", keyword: "type", params: { type: schema72.properties.dtsCompleted.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (typeof data11 === "string") {
        if (func1(data11) > 30) {
          const err41 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (!formats0.validate(data11)) {
          const err42 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
    }
  } else {
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": { "cFiTransactionId": true, "reference": true, "cFiAggregatorId": true, "cFiCardId": true, "transferType": true, "amount": true, "currency": true, "narrative": true, "status": true, "reversalStatus": true, "dtsCreatedAt": true, "dtsCompleted": true }, "dynamicProps": false, "dynamicItems": false };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate37(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
    errors = vErrors.length;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": { "cFiTransactionId": true, "reference": true, "cFiAggregatorId": true, "cFiCardId": true, "transferType": true, "amount": true, "currency": true, "narrative": true, "status": true, "reversalStatus": true, "dtsCreatedAt": true, "dtsCompleted": true }, "dynamicProps": false, "dynamicItems": false };
const wireStatusChanged = validate39;
const schema82 = { "$id": "https://connectfi.example/client/wireStatusChanged", "$ref": "https://connectfi.example/openapi.json#/webhooks/wireStatusChanged/post/requestBody/content/application~1json/schema" };
const schema83 = { "title": "WireTransfer", "description": "A wire as connectFi reports it: the body of the `wireStatusChanged` webhook, which the send, query and list answers\nmirror (designed: the vendor did not show those answers).\n", "type": "object", "required": ["cFiTransactionId", "reference", "status"], "properties": { "status": { "$ref": "#/components/schemas/WireTransferStatus" }, "amount": { "$ref": "#/components/schemas/Amount" }, "currency": { "$ref": "#/components/schemas/Currency" }, "reference": { "$ref": "#/components/schemas/CommonReference" }, "cFiTransactionId": { "description": "connectFi's id of the wire, prefixed with the client id.", "allOf": [{ "$ref": "#/components/schemas/CommonId" }] }, "transactionReceiptId": { "description": "The back office's receipt id of the wire, e.g. `JW2QGEHYI0`; null until the back office has it.", "type": ["string", "null"], "pattern": "^[0-9A-Za-z]+$", "maxLength": 36, "example": "JW2QGEHYI0" }, "dtsCreatedAt": { "$ref": "#/components/schemas/Timestamp" }, "dtsCompleted": { "description": "When the wire completed; null before.", "type": ["string", "null"], "format": "date-time", "maxLength": 30 } } };
const schema84 = { "title": "WireTransferStatus", "description": "Where a wire stands. The values are the vendor's; the transitions are designed from the vendor's meaning of each\nvalue and its sandbox flows. A wire that cannot be sent at once (nightly maintenance, insufficient funds) is saved\nas `Initiated` and retried; otherwise it starts as `Sent`. Fedwire transfers are final once processed.\n\n**Lifecycle** (generated from `x-connectfi-lifecycle`):\n\nInitial: `Initiated`, `Sent` \xB7 Terminal: `Complete`, `Declined`, `Cancelled`\n\n| From | To | Trigger |\n|---|---|---|\n| Initiated | Sent | the delayed wire was retried and sent |\n| Initiated | Cancelled | the delayed wire was retracted (nightly update or insufficient funds) |\n| Initiated | Complete | the delayed wire was retried and completed |\n| Initiated | Declined | the delayed wire failed on retry |\n| Sent | Complete | Fedwire completed the transfer |\n| Sent | Declined | the transfer failed |\n| Sent | Unknown | the outcome needs a manual review |\n| Unknown | Complete | the review found the transfer completed |\n| Unknown | Declined | the review found the transfer failed |\n", "type": "string", "x-connectfi-lifecycle": { "initial": ["Initiated", "Sent"], "terminal": ["Complete", "Declined", "Cancelled"], "transitions": [{ "from": "Initiated", "to": "Sent", "trigger": "the delayed wire was retried and sent" }, { "from": "Initiated", "to": "Cancelled", "trigger": "the delayed wire was retracted (nightly update or insufficient funds)" }, { "from": "Initiated", "to": "Complete", "trigger": "the delayed wire was retried and completed" }, { "from": "Initiated", "to": "Declined", "trigger": "the delayed wire failed on retry" }, { "from": "Sent", "to": "Complete", "trigger": "Fedwire completed the transfer" }, { "from": "Sent", "to": "Declined", "trigger": "the transfer failed" }, { "from": "Sent", "to": "Unknown", "trigger": "the outcome needs a manual review" }, { "from": "Unknown", "to": "Complete", "trigger": "the review found the transfer completed" }, { "from": "Unknown", "to": "Declined", "trigger": "the review found the transfer failed" }] } };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cFiTransactionId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cFiTransactionId" }, message: "must have required property 'cFiTransactionId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reference === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err3 = { instancePath: instancePath + "/status", schemaPath: "#/components/schemas/WireTransferStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.amount !== void 0) {
      let data1 = data.amount;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 <= 0 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const decimals0 = (String(data1).split(".")[1] || "").length;
        if (decimals0 > 2) {
          const err5 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/x-amountPrecision", keyword: "x-amountPrecision", params: {}, message: "must have at most 2 decimals" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data2 = data.currency;
      if (typeof data2 === "string") {
        if (func1(data2) > 3) {
          const err7 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/maxLength", keyword: "maxLength", params: { limit: 3 }, message: "must NOT have more than 3 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data2) < 3) {
          const err8 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern16.test(data2)) {
          const err9 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data3 = data.reference;
      if (typeof data3 === "string") {
        if (func1(data3) > 32) {
          const err11 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err12 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern7.test(data3)) {
          const err13 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: 'must match pattern "^[0-9a-zA-Z]+$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.cFiTransactionId !== void 0) {
      let data4 = data.cFiTransactionId;
      if (typeof data4 === "string") {
        if (func1(data4) > 36) {
          const err15 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err16 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern4.test(data4)) {
          const err17 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.transactionReceiptId !== void 0) {
      let data5 = data.transactionReceiptId;
      if (typeof data5 !== "string" && data5 !== null) {
        const err19 = { instancePath: instancePath + "/transactionReceiptId", schemaPath: "#/properties/transactionReceiptId/type", keyword: "type", params: { type: schema83.properties.transactionReceiptId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (func1(data5) > 36) {
          const err20 = { instancePath: instancePath + "/transactionReceiptId", schemaPath: "#/properties/transactionReceiptId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (!pattern21.test(data5)) {
          const err21 = { instancePath: instancePath + "/transactionReceiptId", schemaPath: "#/properties/transactionReceiptId/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z]+$" }, message: 'must match pattern "^[0-9A-Za-z]+$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.dtsCreatedAt !== void 0) {
      let data6 = data.dtsCreatedAt;
      if (typeof data6 === "string") {
        if (func1(data6) > 30) {
          const err22 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!formats0.validate(data6)) {
          const err23 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.dtsCompleted !== void 0) {
      let data7 = data.dtsCompleted;
      if (typeof data7 !== "string" && data7 !== null) {
        const err25 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/type", keyword: "type", params: { type: schema83.properties.dtsCompleted.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data7 === "string") {
        if (func1(data7) > 30) {
          const err26 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!formats0.validate(data7)) {
          const err27 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": { "status": true, "amount": true, "currency": true, "reference": true, "cFiTransactionId": true, "transactionReceiptId": true, "dtsCreatedAt": true, "dtsCompleted": true }, "dynamicProps": false, "dynamicItems": false };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate40(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
    errors = vErrors.length;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": { "status": true, "amount": true, "currency": true, "reference": true, "cFiTransactionId": true, "transactionReceiptId": true, "dtsCreatedAt": true, "dtsCompleted": true }, "dynamicProps": false, "dynamicItems": false };
const comboStatusChanged = validate42;
const schema90 = { "$id": "https://connectfi.example/client/comboStatusChanged", "$ref": "https://connectfi.example/openapi.json#/webhooks/comboStatusChanged/post/requestBody/content/application~1json/schema" };
const schema91 = { "title": "ComboTransfer", "description": "A payment made through Unified Payments: the record of its rail (`AchTransfer`, `WireTransfer` or\n`CardTransaction`, with that rail's status values) tagged with `transferType`.\n\n**Designed here:** the vendor does not show the combo answers or webhook; following its note that each rail's\nstatus and webhook carry over, the record is the rail's own with `transferType` added.\n", "oneOf": [{ "$ref": "#/components/schemas/ComboAchTransfer" }, { "$ref": "#/components/schemas/ComboWireTransfer" }, { "$ref": "#/components/schemas/ComboPullTransfer" }, { "$ref": "#/components/schemas/ComboPushTransfer" }], "discriminator": { "propertyName": "transferType", "mapping": { "ach": "#/components/schemas/ComboAchTransfer", "wire": "#/components/schemas/ComboWireTransfer", "pull": "#/components/schemas/ComboPullTransfer", "push": "#/components/schemas/ComboPushTransfer" } } };
const schema92 = { "title": "ComboAchTransfer", "description": "An ACH transfer made through Unified Payments: the ACH record (`AchTransfer`) with `transferType: ach`.", "allOf": [{ "$ref": "#/components/schemas/AchTransfer" }, { "type": "object", "required": ["transferType"], "properties": { "transferType": { "type": "string", "const": "ach" } } }] };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cFiTransactionId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cFiTransactionId" }, message: "must have required property 'cFiTransactionId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reference === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.cFiTransactionId !== void 0) {
      let data0 = data.cFiTransactionId;
      if (typeof data0 === "string") {
        if (func1(data0) > 36) {
          const err3 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data1 = data.reference;
      if (typeof data1 === "string") {
        if (func1(data1) > 32) {
          const err7 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern7.test(data1)) {
          const err9 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: 'must match pattern "^[0-9a-zA-Z]+$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.cFiAggregatorId !== void 0) {
      let data2 = data.cFiAggregatorId;
      if (typeof data2 === "string") {
        if (func1(data2) > 36) {
          const err11 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err12 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err13 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/components/schemas/AchTransferStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.dtsCreatedAt !== void 0) {
      let data4 = data.dtsCreatedAt;
      if (typeof data4 === "string") {
        if (func1(data4) > 30) {
          const err16 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!formats0.validate(data4)) {
          const err17 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.effectiveEntryDate !== void 0) {
      let data5 = data.effectiveEntryDate;
      if (typeof data5 === "string") {
        if (func1(data5) > 10) {
          const err19 = { instancePath: instancePath + "/effectiveEntryDate", schemaPath: "#/components/schemas/AchEffectiveEntryDate/maxLength", keyword: "maxLength", params: { limit: 10 }, message: "must NOT have more than 10 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern13.test(data5)) {
          const err20 = { instancePath: instancePath + "/effectiveEntryDate", schemaPath: "#/components/schemas/AchEffectiveEntryDate/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (!formats2.validate(data5)) {
          const err21 = { instancePath: instancePath + "/effectiveEntryDate", schemaPath: "#/components/schemas/AchEffectiveEntryDate/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/effectiveEntryDate", schemaPath: "#/components/schemas/AchEffectiveEntryDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.individualName !== void 0) {
      let data6 = data.individualName;
      if (typeof data6 === "string") {
        if (func1(data6) > 22) {
          const err23 = { instancePath: instancePath + "/individualName", schemaPath: "#/components/schemas/AchIndividualName/maxLength", keyword: "maxLength", params: { limit: 22 }, message: "must NOT have more than 22 characters" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (func1(data6) < 1) {
          const err24 = { instancePath: instancePath + "/individualName", schemaPath: "#/components/schemas/AchIndividualName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern14.test(data6)) {
          const err25 = { instancePath: instancePath + "/individualName", schemaPath: "#/components/schemas/AchIndividualName/pattern", keyword: "pattern", params: { pattern: "^(?! *$)[ -~]+$" }, message: 'must match pattern "^(?! *$)[ -~]+$"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/individualName", schemaPath: "#/components/schemas/AchIndividualName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.routingNumber !== void 0) {
      let data7 = data.routingNumber;
      if (typeof data7 === "string") {
        if (func1(data7) > 9) {
          const err27 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/maxLength", keyword: "maxLength", params: { limit: 9 }, message: "must NOT have more than 9 characters" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data7) < 9) {
          const err28 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (!pattern15.test(data7)) {
          const err29 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/pattern", keyword: "pattern", params: { pattern: "^\\d{9}$" }, message: 'must match pattern "^\\d{9}$"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.amount !== void 0) {
      let data8 = data.amount;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 <= 0 || isNaN(data8)) {
          const err31 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        const decimals0 = (String(data8).split(".")[1] || "").length;
        if (decimals0 > 2) {
          const err32 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/x-amountPrecision", keyword: "x-amountPrecision", params: {}, message: "must have at most 2 decimals" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data9 = data.currency;
      if (typeof data9 === "string") {
        if (func1(data9) > 3) {
          const err34 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/maxLength", keyword: "maxLength", params: { limit: 3 }, message: "must NOT have more than 3 characters" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (func1(data9) < 3) {
          const err35 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern16.test(data9)) {
          const err36 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.DFIAccountNumber !== void 0) {
      let data10 = data.DFIAccountNumber;
      if (typeof data10 === "string") {
        if (func1(data10) > 17) {
          const err38 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/maxLength", keyword: "maxLength", params: { limit: 17 }, message: "must NOT have more than 17 characters" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (func1(data10) < 1) {
          const err39 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (!pattern17.test(data10)) {
          const err40 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z-]+$" }, message: 'must match pattern "^[0-9A-Za-z-]+$"' };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.returnCode !== void 0) {
      let data11 = data.returnCode;
      if (typeof data11 !== "string" && data11 !== null) {
        const err42 = { instancePath: instancePath + "/returnCode", schemaPath: "#/components/schemas/AchReturnCode/type", keyword: "type", params: { type: schema57.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (typeof data11 === "string") {
        if (func1(data11) > 3) {
          const err43 = { instancePath: instancePath + "/returnCode", schemaPath: "#/components/schemas/AchReturnCode/maxLength", keyword: "maxLength", params: { limit: 3 }, message: "must NOT have more than 3 characters" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (!pattern18.test(data11)) {
          const err44 = { instancePath: instancePath + "/returnCode", schemaPath: "#/components/schemas/AchReturnCode/pattern", keyword: "pattern", params: { pattern: "^R\\d{2}$" }, message: 'must match pattern "^R\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
    }
  } else {
    const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": { "cFiTransactionId": true, "reference": true, "cFiAggregatorId": true, "status": true, "dtsCreatedAt": true, "effectiveEntryDate": true, "individualName": true, "routingNumber": true, "amount": true, "currency": true, "DFIAccountNumber": true, "returnCode": true }, "dynamicProps": false, "dynamicItems": false };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate45(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.transferType === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "transferType" }, message: "must have required property 'transferType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.transferType !== void 0) {
      let data0 = data.transferType;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/transferType", schemaPath: "#/allOf/1/properties/transferType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("ach" !== data0) {
        const err2 = { instancePath: instancePath + "/transferType", schemaPath: "#/allOf/1/properties/transferType/const", keyword: "const", params: { allowedValue: "ach" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": { "transferType": true, "cFiTransactionId": true, "reference": true, "cFiAggregatorId": true, "status": true, "dtsCreatedAt": true, "effectiveEntryDate": true, "individualName": true, "routingNumber": true, "amount": true, "currency": true, "DFIAccountNumber": true, "returnCode": true }, "dynamicProps": false, "dynamicItems": false };
const schema106 = { "title": "ComboWireTransfer", "description": "A wire made through Unified Payments: the wire record (`WireTransfer`) with `transferType: wire`.", "allOf": [{ "$ref": "#/components/schemas/WireTransfer" }, { "type": "object", "required": ["transferType"], "properties": { "transferType": { "type": "string", "const": "wire" } } }] };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cFiTransactionId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cFiTransactionId" }, message: "must have required property 'cFiTransactionId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reference === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err3 = { instancePath: instancePath + "/status", schemaPath: "#/components/schemas/WireTransferStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.amount !== void 0) {
      let data1 = data.amount;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 <= 0 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const decimals0 = (String(data1).split(".")[1] || "").length;
        if (decimals0 > 2) {
          const err5 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/x-amountPrecision", keyword: "x-amountPrecision", params: {}, message: "must have at most 2 decimals" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data2 = data.currency;
      if (typeof data2 === "string") {
        if (func1(data2) > 3) {
          const err7 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/maxLength", keyword: "maxLength", params: { limit: 3 }, message: "must NOT have more than 3 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data2) < 3) {
          const err8 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern16.test(data2)) {
          const err9 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data3 = data.reference;
      if (typeof data3 === "string") {
        if (func1(data3) > 32) {
          const err11 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err12 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern7.test(data3)) {
          const err13 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: 'must match pattern "^[0-9a-zA-Z]+$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.cFiTransactionId !== void 0) {
      let data4 = data.cFiTransactionId;
      if (typeof data4 === "string") {
        if (func1(data4) > 36) {
          const err15 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err16 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern4.test(data4)) {
          const err17 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.transactionReceiptId !== void 0) {
      let data5 = data.transactionReceiptId;
      if (typeof data5 !== "string" && data5 !== null) {
        const err19 = { instancePath: instancePath + "/transactionReceiptId", schemaPath: "#/properties/transactionReceiptId/type", keyword: "type", params: { type: schema83.properties.transactionReceiptId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (func1(data5) > 36) {
          const err20 = { instancePath: instancePath + "/transactionReceiptId", schemaPath: "#/properties/transactionReceiptId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (!pattern21.test(data5)) {
          const err21 = { instancePath: instancePath + "/transactionReceiptId", schemaPath: "#/properties/transactionReceiptId/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z]+$" }, message: 'must match pattern "^[0-9A-Za-z]+$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.dtsCreatedAt !== void 0) {
      let data6 = data.dtsCreatedAt;
      if (typeof data6 === "string") {
        if (func1(data6) > 30) {
          const err22 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!formats0.validate(data6)) {
          const err23 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.dtsCompleted !== void 0) {
      let data7 = data.dtsCompleted;
      if (typeof data7 !== "string" && data7 !== null) {
        const err25 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/type", keyword: "type", params: { type: schema83.properties.dtsCompleted.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data7 === "string") {
        if (func1(data7) > 30) {
          const err26 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!formats0.validate(data7)) {
          const err27 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": { "status": true, "amount": true, "currency": true, "reference": true, "cFiTransactionId": true, "transactionReceiptId": true, "dtsCreatedAt": true, "dtsCompleted": true }, "dynamicProps": false, "dynamicItems": false };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate49(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.transferType === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "transferType" }, message: "must have required property 'transferType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.transferType !== void 0) {
      let data0 = data.transferType;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/transferType", schemaPath: "#/allOf/1/properties/transferType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("wire" !== data0) {
        const err2 = { instancePath: instancePath + "/transferType", schemaPath: "#/allOf/1/properties/transferType/const", keyword: "const", params: { allowedValue: "wire" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "props": { "transferType": true, "status": true, "amount": true, "currency": true, "reference": true, "cFiTransactionId": true, "transactionReceiptId": true, "dtsCreatedAt": true, "dtsCompleted": true }, "dynamicProps": false, "dynamicItems": false };
const schema114 = { "title": "ComboPullTransfer", "description": "A pull made through Unified Payments: the card record (`CardTransaction`) with `transferType: pull`.", "allOf": [{ "$ref": "#/components/schemas/CardTransaction" }, { "type": "object", "required": ["transferType"], "properties": { "transferType": { "type": "string", "const": "pull" } } }] };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cFiTransactionId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cFiTransactionId" }, message: "must have required property 'cFiTransactionId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reference === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.cFiCardId === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cFiCardId" }, message: "must have required property 'cFiCardId'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.transferType === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transferType" }, message: "must have required property 'transferType'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.amount === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.reversalStatus === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reversalStatus" }, message: "must have required property 'reversalStatus'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.dtsCreatedAt === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dtsCreatedAt" }, message: "must have required property 'dtsCreatedAt'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.cFiTransactionId !== void 0) {
      let data0 = data.cFiTransactionId;
      if (typeof data0 === "string") {
        if (func1(data0) > 36) {
          const err9 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err10 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err11 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/cFiTransactionId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data1 = data.reference;
      if (typeof data1 === "string") {
        if (func1(data1) > 32) {
          const err13 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err14 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern7.test(data1)) {
          const err15 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: 'must match pattern "^[0-9a-zA-Z]+$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.cFiAggregatorId !== void 0) {
      let data2 = data.cFiAggregatorId;
      if (typeof data2 === "string") {
        if (func1(data2) > 36) {
          const err17 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err18 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err19 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.cFiCardId !== void 0) {
      let data3 = data.cFiCardId;
      if (typeof data3 === "string") {
        if (func1(data3) > 36) {
          const err21 = { instancePath: instancePath + "/cFiCardId", schemaPath: "#/components/schemas/CardId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err22 = { instancePath: instancePath + "/cFiCardId", schemaPath: "#/components/schemas/CardId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern4.test(data3)) {
          const err23 = { instancePath: instancePath + "/cFiCardId", schemaPath: "#/components/schemas/CardId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/cFiCardId", schemaPath: "#/components/schemas/CardId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.transferType !== void 0) {
      if (typeof data.transferType !== "string") {
        const err25 = { instancePath: instancePath + "/transferType", schemaPath: "#/properties/transferType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.amount !== void 0) {
      let data5 = data.amount;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 <= 0 || isNaN(data5)) {
          const err26 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const decimals0 = (String(data5).split(".")[1] || "").length;
        if (decimals0 > 2) {
          const err27 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/x-amountPrecision", keyword: "x-amountPrecision", params: {}, message: "must have at most 2 decimals" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data6 = data.currency;
      if (typeof data6 === "string") {
        if (func1(data6) > 3) {
          const err29 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/maxLength", keyword: "maxLength", params: { limit: 3 }, message: "must NOT have more than 3 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (func1(data6) < 3) {
          const err30 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (!pattern16.test(data6)) {
          const err31 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.narrative !== void 0) {
      let data7 = data.narrative;
      if (typeof data7 === "string") {
        if (func1(data7) > 500) {
          const err33 = { instancePath: instancePath + "/narrative", schemaPath: "#/properties/narrative/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/narrative", schemaPath: "#/properties/narrative/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err35 = { instancePath: instancePath + "/status", schemaPath: "#/components/schemas/CardTransactionStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.reversalStatus !== void 0) {
      if (typeof data.reversalStatus !== "string") {
        const err36 = { instancePath: instancePath + "/reversalStatus", schemaPath: "#/components/schemas/CardReversalStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.dtsCreatedAt !== void 0) {
      let data10 = data.dtsCreatedAt;
      if (typeof data10 === "string") {
        if (func1(data10) > 30) {
          const err37 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (!formats0.validate(data10)) {
          const err38 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.dtsCompleted !== void 0) {
      let data11 = data.dtsCompleted;
      if (typeof data11 !== "string" && data11 !== null) {
        const err40 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/type", keyword: "type", params: { type: schema72.properties.dtsCompleted.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (typeof data11 === "string") {
        if (func1(data11) > 30) {
          const err41 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (!formats0.validate(data11)) {
          const err42 = { instancePath: instancePath + "/dtsCompleted", schemaPath: "#/properties/dtsCompleted/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
    }
  } else {
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": { "cFiTransactionId": true, "reference": true, "cFiAggregatorId": true, "cFiCardId": true, "transferType": true, "amount": true, "currency": true, "narrative": true, "status": true, "reversalStatus": true, "dtsCreatedAt": true, "dtsCompleted": true }, "dynamicProps": false, "dynamicItems": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.transferType === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "transferType" }, message: "must have required property 'transferType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.transferType !== void 0) {
      let data0 = data.transferType;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/transferType", schemaPath: "#/allOf/1/properties/transferType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("pull" !== data0) {
        const err2 = { instancePath: instancePath + "/transferType", schemaPath: "#/allOf/1/properties/transferType/const", keyword: "const", params: { allowedValue: "pull" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": { "transferType": true, "cFiTransactionId": true, "reference": true, "cFiAggregatorId": true, "cFiCardId": true, "amount": true, "currency": true, "narrative": true, "status": true, "reversalStatus": true, "dtsCreatedAt": true, "dtsCompleted": true }, "dynamicProps": false, "dynamicItems": false };
const schema125 = { "title": "ComboPushTransfer", "description": "A push made through Unified Payments: the card record (`CardTransaction`) with `transferType: push`.", "allOf": [{ "$ref": "#/components/schemas/CardTransaction" }, { "type": "object", "required": ["transferType"], "properties": { "transferType": { "type": "string", "const": "push" } } }] };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.transferType === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "transferType" }, message: "must have required property 'transferType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.transferType !== void 0) {
      let data0 = data.transferType;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/transferType", schemaPath: "#/allOf/1/properties/transferType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("push" !== data0) {
        const err2 = { instancePath: instancePath + "/transferType", schemaPath: "#/allOf/1/properties/transferType/const", keyword: "const", params: { allowedValue: "push" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": { "transferType": true, "cFiTransactionId": true, "reference": true, "cFiAggregatorId": true, "cFiCardId": true, "amount": true, "currency": true, "narrative": true, "status": true, "reversalStatus": true, "dtsCreatedAt": true, "dtsCompleted": true }, "dynamicProps": false, "dynamicItems": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate44(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.transferType = true;
    props0.cFiTransactionId = true;
    props0.reference = true;
    props0.cFiAggregatorId = true;
    props0.status = true;
    props0.dtsCreatedAt = true;
    props0.effectiveEntryDate = true;
    props0.individualName = true;
    props0.routingNumber = true;
    props0.amount = true;
    props0.currency = true;
    props0.DFIAccountNumber = true;
    props0.returnCode = true;
  }
  const _errs2 = errors;
  if (!validate48(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.transferType = true;
        props0.status = true;
        props0.amount = true;
        props0.currency = true;
        props0.reference = true;
        props0.cFiTransactionId = true;
        props0.transactionReceiptId = true;
        props0.dtsCreatedAt = true;
        props0.dtsCompleted = true;
      }
    }
    const _errs3 = errors;
    if (!validate52(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.transferType = true;
          props0.cFiTransactionId = true;
          props0.reference = true;
          props0.cFiAggregatorId = true;
          props0.cFiCardId = true;
          props0.amount = true;
          props0.currency = true;
          props0.narrative = true;
          props0.status = true;
          props0.reversalStatus = true;
          props0.dtsCreatedAt = true;
          props0.dtsCompleted = true;
        }
      }
      const _errs4 = errors;
      if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.transferType = true;
            props0.cFiTransactionId = true;
            props0.reference = true;
            props0.cFiAggregatorId = true;
            props0.cFiCardId = true;
            props0.amount = true;
            props0.currency = true;
            props0.narrative = true;
            props0.status = true;
            props0.reversalStatus = true;
            props0.dtsCreatedAt = true;
            props0.dtsCompleted = true;
          }
        }
      }
    }
  }
  if (!valid0) {
    const err0 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate43.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate43.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate43(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate43.evaluated.props;
  }
  validate42.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate42.evaluated = { "dynamicProps": true, "dynamicItems": false };
const checkStatusChanged = validate60;
const schema126 = { "$id": "https://connectfi.example/client/checkStatusChanged", "$ref": "https://connectfi.example/openapi.json#/webhooks/checkStatusChanged/post/requestBody/content/application~1json/schema" };
const schema127 = { "title": "CheckStatusChange", "description": "The body of the `checkStatusChanged` webhook: the check, with the bank's own status and dates when it gave them,\nand when the check was sent to the bank.\n", "allOf": [{ "$ref": "#/components/schemas/Check" }, { "type": "object", "required": ["dtsSent"], "properties": { "boStatus": { "$ref": "#/components/schemas/CheckBoStatus" }, "boStatusDate": { "description": "When the bank set `boStatus`, as the bank writes it (format not documented).", "type": ["string", "null"], "maxLength": 30 }, "boDatePrinted": { "description": "When the bank printed the check, as the bank writes it (format not documented).", "type": ["string", "null"], "maxLength": 30 }, "boTracking": { "description": "The mail tracking number, when the bank gives one.", "type": ["string", "null"], "maxLength": 100 }, "dtsSent": { "description": "When the check went to the bank; null while `Processing`.", "type": ["string", "null"], "format": "date-time", "maxLength": 30 } } }] };
const schema137 = { "title": "CheckBoStatus", "description": "The bank's own (back-office) status of a check, sent in the webhook as `boStatus`. The values are the vendor's;\nthe transitions are designed. Roughly, `Received` is `InBank`, `Printed` and `Sent to AutoMail` are `Complete`,\n`Rejected by AutoMail` is `Declined` and `Cancelled` is `Cancelled` in `cFiCheckStatus`.\n\n**Lifecycle** (generated from `x-connectfi-lifecycle`):\n\nInitial: `Received` \xB7 Terminal: `Rejected by AutoMail`, `Cancelled`\n\n| From | To | Trigger |\n|---|---|---|\n| Received | Printed | the bank printed the check |\n| Received | Not Printed | the print run left the check out |\n| Received | Cancelled | a void arrived before printing |\n| Not Printed | Printed | printed on a later run |\n| Not Printed | Cancelled | a void arrived before printing |\n| Printed | Sent to AutoMail | handed to AutoMail for USPS First Class |\n| Printed | Cancelled | voided after printing; the bank will refuse payment |\n| Sent to AutoMail | Rejected by AutoMail | AutoMail rejects the piece |\n| Sent to AutoMail | Cancelled | voided after mailing; the bank will refuse payment |\n", "type": "string", "x-connectfi-lifecycle": { "initial": ["Received"], "terminal": ["Rejected by AutoMail", "Cancelled"], "transitions": [{ "from": "Received", "to": "Printed", "trigger": "the bank printed the check" }, { "from": "Received", "to": "Not Printed", "trigger": "the print run left the check out" }, { "from": "Received", "to": "Cancelled", "trigger": "a void arrived before printing" }, { "from": "Not Printed", "to": "Printed", "trigger": "printed on a later run" }, { "from": "Not Printed", "to": "Cancelled", "trigger": "a void arrived before printing" }, { "from": "Printed", "to": "Sent to AutoMail", "trigger": "handed to AutoMail for USPS First Class" }, { "from": "Printed", "to": "Cancelled", "trigger": "voided after printing; the bank will refuse payment" }, { "from": "Sent to AutoMail", "to": "Rejected by AutoMail", "trigger": "AutoMail rejects the piece" }, { "from": "Sent to AutoMail", "to": "Cancelled", "trigger": "voided after mailing; the bank will refuse payment" }] } };
const schema128 = { "title": "Check", "description": "A check as `/check/get` returns it; also one record of the query and the list.", "type": "object", "required": ["cFiCheckId", "reference", "serial", "amount", "currency", "cFiCheckStatus", "initVoid", "dtsCreatedAt"], "properties": { "cFiCheckId": { "$ref": "#/components/schemas/CheckId" }, "reference": { "$ref": "#/components/schemas/CommonReference" }, "serial": { "description": "The check's serial number, given at creation (typed as an integer here; the vendor shows no value).", "type": "integer", "format": "int64", "minimum": 1, "maximum": 9999999999 }, "amount": { "$ref": "#/components/schemas/Amount" }, "currency": { "$ref": "#/components/schemas/Currency" }, "cFiAggregatorId": { "$ref": "#/components/schemas/CommonId" }, "cFiCheckStatus": { "$ref": "#/components/schemas/CheckStatus" }, "initVoid": { "description": "True when a void was asked for but the check could not be cancelled at once (it was already sent to the bank).", "type": "boolean" }, "webhookUrl": { "$ref": "#/components/schemas/WebhookUrl" }, "dtsCreatedAt": { "$ref": "#/components/schemas/Timestamp" } } };
const schema129 = { "title": "CheckId", "description": "A check, `chk_...` (a `common-id`).", "type": "string", "pattern": "^[0-9a-zA-Z_]+$", "minLength": 1, "maxLength": 36, "example": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6" };
const schema134 = { "title": "CheckStatus", "description": "Where a check stands (`cFiCheckStatus`). The values and their meanings are the vendor's; the transitions are\ndesigned from those meanings and the void rules.\n\n| Status | Meaning |\n|---|---|\n| `Processing` | created; waits for the next file to the bank (sent several times a day) |\n| `Sent` | in a file (prints and voids) sent to the bank |\n| `InBank` | the bank has received it |\n| `Complete` | printed and/or handed to AutoMail |\n| `Declined` | rejected by AutoMail |\n| `Cancelled` | voided (after the bank confirms, if it was already sent) |\n| `Unknown` | under manual review |\n\n**Lifecycle** (generated from `x-connectfi-lifecycle`):\n\nInitial: `Processing` \xB7 Terminal: `Declined`, `Cancelled`\n\n| From | To | Trigger |\n|---|---|---|\n| Processing | Sent | included in a file sent to the bank by SFTP |\n| Processing | Cancelled | voided before it was sent; never printed |\n| Sent | InBank | the bank confirms receipt |\n| Sent | Unknown | the bank's answer needs a manual review |\n| InBank | Complete | printed and handed to AutoMail |\n| InBank | Declined | rejected by AutoMail |\n| InBank | Cancelled | voided; the bank confirms the void |\n| InBank | Unknown | the bank's answer needs a manual review |\n| Complete | Cancelled | voided after mailing; the bank confirms and will refuse payment |\n| Unknown | InBank | the review finds it at the bank |\n| Unknown | Complete | the review finds it printed and mailed |\n| Unknown | Declined | the review finds it rejected |\n| Unknown | Cancelled | the review finds it voided |\n", "type": "string", "x-connectfi-lifecycle": { "initial": ["Processing"], "terminal": ["Declined", "Cancelled"], "transitions": [{ "from": "Processing", "to": "Sent", "trigger": "included in a file sent to the bank by SFTP" }, { "from": "Processing", "to": "Cancelled", "trigger": "voided before it was sent; never printed" }, { "from": "Sent", "to": "InBank", "trigger": "the bank confirms receipt" }, { "from": "Sent", "to": "Unknown", "trigger": "the bank's answer needs a manual review" }, { "from": "InBank", "to": "Complete", "trigger": "printed and handed to AutoMail" }, { "from": "InBank", "to": "Declined", "trigger": "rejected by AutoMail" }, { "from": "InBank", "to": "Cancelled", "trigger": "voided; the bank confirms the void" }, { "from": "InBank", "to": "Unknown", "trigger": "the bank's answer needs a manual review" }, { "from": "Complete", "to": "Cancelled", "trigger": "voided after mailing; the bank confirms and will refuse payment" }, { "from": "Unknown", "to": "InBank", "trigger": "the review finds it at the bank" }, { "from": "Unknown", "to": "Complete", "trigger": "the review finds it printed and mailed" }, { "from": "Unknown", "to": "Declined", "trigger": "the review finds it rejected" }, { "from": "Unknown", "to": "Cancelled", "trigger": "the review finds it voided" }] } };
const schema135 = { "title": "WebhookUrl", "description": "Where connectFi POSTs status changes. The field is spelled `webhookUrl` on most rails and `webhookURL` on wires and KYC, exactly as the vendor does.", "type": ["string", "null"], "format": "uri", "pattern": "^((?![<>]).)*$", "maxLength": 500, "example": "https://client.example.com/connectfi/webhooks" };
const pattern58 = new RegExp("^((?![<>]).)*$", "u");
const formats30 = fullFormats["int64"];
const formats32 = fullFormats["uri"];
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cFiCheckId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cFiCheckId" }, message: "must have required property 'cFiCheckId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reference === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.serial === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serial" }, message: "must have required property 'serial'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.amount === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.cFiCheckStatus === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cFiCheckStatus" }, message: "must have required property 'cFiCheckStatus'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.initVoid === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "initVoid" }, message: "must have required property 'initVoid'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.dtsCreatedAt === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dtsCreatedAt" }, message: "must have required property 'dtsCreatedAt'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.cFiCheckId !== void 0) {
      let data0 = data.cFiCheckId;
      if (typeof data0 === "string") {
        if (func1(data0) > 36) {
          const err8 = { instancePath: instancePath + "/cFiCheckId", schemaPath: "#/components/schemas/CheckId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err9 = { instancePath: instancePath + "/cFiCheckId", schemaPath: "#/components/schemas/CheckId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err10 = { instancePath: instancePath + "/cFiCheckId", schemaPath: "#/components/schemas/CheckId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/cFiCheckId", schemaPath: "#/components/schemas/CheckId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data1 = data.reference;
      if (typeof data1 === "string") {
        if (func1(data1) > 32) {
          const err12 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err13 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern7.test(data1)) {
          const err14 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: 'must match pattern "^[0-9a-zA-Z]+$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.serial !== void 0) {
      let data2 = data.serial;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err16 = { instancePath: instancePath + "/serial", schemaPath: "#/properties/serial/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 9999999999 || isNaN(data2)) {
          const err17 = { instancePath: instancePath + "/serial", schemaPath: "#/properties/serial/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9999999999 }, message: "must be <= 9999999999" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err18 = { instancePath: instancePath + "/serial", schemaPath: "#/properties/serial/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!formats30.validate(data2)) {
          const err19 = { instancePath: instancePath + "/serial", schemaPath: "#/properties/serial/format", keyword: "format", params: { format: "int64" }, message: 'must match format "int64"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.amount !== void 0) {
      let data3 = data.amount;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 <= 0 || isNaN(data3)) {
          const err20 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const decimals0 = (String(data3).split(".")[1] || "").length;
        if (decimals0 > 2) {
          const err21 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/x-amountPrecision", keyword: "x-amountPrecision", params: {}, message: "must have at most 2 decimals" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/amount", schemaPath: "#/components/schemas/Amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data4 = data.currency;
      if (typeof data4 === "string") {
        if (func1(data4) > 3) {
          const err23 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/maxLength", keyword: "maxLength", params: { limit: 3 }, message: "must NOT have more than 3 characters" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (func1(data4) < 3) {
          const err24 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern16.test(data4)) {
          const err25 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.cFiAggregatorId !== void 0) {
      let data5 = data.cFiAggregatorId;
      if (typeof data5 === "string") {
        if (func1(data5) > 36) {
          const err27 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err28 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (!pattern4.test(data5)) {
          const err29 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: 'must match pattern "^[0-9a-zA-Z_]+$"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/cFiAggregatorId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.cFiCheckStatus !== void 0) {
      if (typeof data.cFiCheckStatus !== "string") {
        const err31 = { instancePath: instancePath + "/cFiCheckStatus", schemaPath: "#/components/schemas/CheckStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.initVoid !== void 0) {
      if (typeof data.initVoid !== "boolean") {
        const err32 = { instancePath: instancePath + "/initVoid", schemaPath: "#/properties/initVoid/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.webhookUrl !== void 0) {
      let data8 = data.webhookUrl;
      if (typeof data8 !== "string" && data8 !== null) {
        const err33 = { instancePath: instancePath + "/webhookUrl", schemaPath: "#/components/schemas/WebhookUrl/type", keyword: "type", params: { type: schema135.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data8 === "string") {
        if (func1(data8) > 500) {
          const err34 = { instancePath: instancePath + "/webhookUrl", schemaPath: "#/components/schemas/WebhookUrl/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (!pattern58.test(data8)) {
          const err35 = { instancePath: instancePath + "/webhookUrl", schemaPath: "#/components/schemas/WebhookUrl/pattern", keyword: "pattern", params: { pattern: "^((?![<>]).)*$" }, message: 'must match pattern "^((?![<>]).)*$"' };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!formats32(data8)) {
          const err36 = { instancePath: instancePath + "/webhookUrl", schemaPath: "#/components/schemas/WebhookUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    }
    if (data.dtsCreatedAt !== void 0) {
      let data9 = data.dtsCreatedAt;
      if (typeof data9 === "string") {
        if (func1(data9) > 30) {
          const err37 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (!formats0.validate(data9)) {
          const err38 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/dtsCreatedAt", schemaPath: "#/components/schemas/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { "props": { "cFiCheckId": true, "reference": true, "serial": true, "amount": true, "currency": true, "cFiAggregatorId": true, "cFiCheckStatus": true, "initVoid": true, "webhookUrl": true, "dtsCreatedAt": true }, "dynamicProps": false, "dynamicItems": false };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate62(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.dtsSent === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "dtsSent" }, message: "must have required property 'dtsSent'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.boStatus !== void 0) {
      if (typeof data.boStatus !== "string") {
        const err1 = { instancePath: instancePath + "/boStatus", schemaPath: "#/components/schemas/CheckBoStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.boStatusDate !== void 0) {
      let data1 = data.boStatusDate;
      if (typeof data1 !== "string" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/boStatusDate", schemaPath: "#/allOf/1/properties/boStatusDate/type", keyword: "type", params: { type: schema127.allOf[1].properties.boStatusDate.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (func1(data1) > 30) {
          const err3 = { instancePath: instancePath + "/boStatusDate", schemaPath: "#/allOf/1/properties/boStatusDate/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.boDatePrinted !== void 0) {
      let data2 = data.boDatePrinted;
      if (typeof data2 !== "string" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/boDatePrinted", schemaPath: "#/allOf/1/properties/boDatePrinted/type", keyword: "type", params: { type: schema127.allOf[1].properties.boDatePrinted.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func1(data2) > 30) {
          const err5 = { instancePath: instancePath + "/boDatePrinted", schemaPath: "#/allOf/1/properties/boDatePrinted/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.boTracking !== void 0) {
      let data3 = data.boTracking;
      if (typeof data3 !== "string" && data3 !== null) {
        const err6 = { instancePath: instancePath + "/boTracking", schemaPath: "#/allOf/1/properties/boTracking/type", keyword: "type", params: { type: schema127.allOf[1].properties.boTracking.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (func1(data3) > 100) {
          const err7 = { instancePath: instancePath + "/boTracking", schemaPath: "#/allOf/1/properties/boTracking/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.dtsSent !== void 0) {
      let data4 = data.dtsSent;
      if (typeof data4 !== "string" && data4 !== null) {
        const err8 = { instancePath: instancePath + "/dtsSent", schemaPath: "#/allOf/1/properties/dtsSent/type", keyword: "type", params: { type: schema127.allOf[1].properties.dtsSent.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (func1(data4) > 30) {
          const err9 = { instancePath: instancePath + "/dtsSent", schemaPath: "#/allOf/1/properties/dtsSent/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!formats0.validate(data4)) {
          const err10 = { instancePath: instancePath + "/dtsSent", schemaPath: "#/allOf/1/properties/dtsSent/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": { "boStatus": true, "boStatusDate": true, "boDatePrinted": true, "boTracking": true, "dtsSent": true, "cFiCheckId": true, "reference": true, "serial": true, "amount": true, "currency": true, "cFiAggregatorId": true, "cFiCheckStatus": true, "initVoid": true, "webhookUrl": true, "dtsCreatedAt": true }, "dynamicProps": false, "dynamicItems": false };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate61(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
    errors = vErrors.length;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "props": { "boStatus": true, "boStatusDate": true, "boDatePrinted": true, "boTracking": true, "dtsSent": true, "cFiCheckId": true, "reference": true, "serial": true, "amount": true, "currency": true, "cFiAggregatorId": true, "cFiCheckStatus": true, "initVoid": true, "webhookUrl": true, "dtsCreatedAt": true }, "dynamicProps": false, "dynamicItems": false };
export {
  achStatusChanged,
  akepaStatusChanged,
  billsStatusChanged,
  cardStatusChanged,
  checkStatusChanged,
  comboStatusChanged,
  wireStatusChanged
};
