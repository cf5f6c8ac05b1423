import ucs2length from './runtime/ucs2length.js';
export const akepaStatusChanged = validate20;
const schema31 = { "$id": "https://connectfi.example/client/akepaStatusChanged", "$ref": "https://connectfi.example/openapi.json#/webhooks/akepaStatusChanged/post/requestBody/content/application~1json/schema" };
const schema33 = { "type": "object", "required": ["code", "data", "requestId"], "properties": { "code": { "$ref": "#/components/schemas/SuccessCode" }, "data": { "$ref": "#/components/schemas/KycApplication" }, "requestId": { "$ref": "#/components/schemas/RequestId" } } };
const schema34 = { "title": "SuccessCode", "description": "`\"0\"` on every successful response.", "type": "string", "const": "0" };
const schema43 = { "title": "RequestId", "description": "The identifier connectFi gives every request, 32 lowercase hex characters. Quote it to PayGears support.", "type": "string", "pattern": "^[0-9a-f]{32}$", "minLength": 32, "maxLength": 32, "example": "3ec05680b7a611edaaa621b3360f38c0" };
const schema35 = { "title": "KycApplication", "description": "A KYC/KYB application and its outcome. The journey is Approved only when every entity is approved; a KYB passes\nonly if every business representative passes KYC.\n", "type": "object", "required": ["applicationId", "customerId", "status"], "properties": { "applicationId": { "description": "The application id, `iapp_...`.", "allOf": [{ "$ref": "#/components/schemas/CommonId" }], "example": "iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY" }, "aggregatorId": { "$ref": "#/components/schemas/CommonId" }, "customerId": { "$ref": "#/components/schemas/CommonId" }, "reference": { "$ref": "#/components/schemas/CommonReference" }, "status": { "$ref": "#/components/schemas/KycApplicationStatus" }, "outcome": { "description": "The decision at application level, once `status` is `completed`.", "type": ["string", "null"], "enum": ["Approved", "Denied", null] }, "entityApplications": { "description": "One entry per verified entity (the customer, and each business representative of a business).", "type": "array", "maxItems": 100, "items": { "$ref": "#/components/schemas/KycEntityApplication" } } } };
const schema36 = { "title": "CommonId", "description": "A connectFi identifier (vendor fragment `common-id`).", "type": "string", "pattern": "^[0-9a-zA-Z_]+$", "minLength": 1, "maxLength": 36, "example": "CLIENTID_3A5dSDcMFdlWK54dj1cacU" };
const schema39 = { "title": "CommonReference", "description": "The client's own unique reference (vendor fragment `common-reference`): letters and digits only, no underscore.\nCreate-type calls are idempotent on it: a second create with the same reference fails with `referenceExists`.\n", "type": "string", "pattern": "^[0-9a-zA-Z]+$", "minLength": 1, "maxLength": 32, "example": "ref20230628x001" };
const schema40 = { "title": "KycApplicationStatus", "description": "Where a KYC/KYB application (\"journey\") stands. The values are the vendor's; the transitions are designed from the\nvendor's descriptions of each value and of the sandbox flow.\n\n| Status | Meaning |\n|---|---|\n| `pending_step_up`, `pending_documents` | document images needed |\n| `waiting_review`, `pending_journey_application_review` | under manual review |\n| `running` | in progress, nothing needed from the client |\n| `data_request` | customer data missing |\n| `completed` | finished; see `outcome` |\n\n**Lifecycle** (generated from `x-connectfi-lifecycle`):\n\nInitial: `running` · Terminal: `completed`\n\n| From | To | Trigger |\n|---|---|---|\n| running | pending_step_up | identification needs document images (sandbox lastName WaitReview) |\n| running | pending_documents | identification needs document images |\n| running | data_request | identification needs customer data |\n| running | waiting_review | identification needs a manual review |\n| running | pending_journey_application_review | the journey needs a manual review |\n| running | completed | automatic decision |\n| pending_step_up | waiting_review | documents uploaded and linked with /akepa/update |\n| pending_step_up | running | documents uploaded and linked with /akepa/update |\n| pending_documents | running | documents uploaded and linked with /akepa/update |\n| data_request | running | data supplied with /customer/update |\n| waiting_review | completed | PayGears approves or denies by hand |\n| pending_journey_application_review | completed | PayGears approves or denies by hand |\n", "type": "string", "enum": ["running", "pending_step_up", "pending_documents", "data_request", "waiting_review", "pending_journey_application_review", "completed"], "x-connectfi-lifecycle": { "initial": ["running"], "terminal": ["completed"], "transitions": [{ "from": "running", "to": "pending_step_up", "trigger": "identification needs document images (sandbox lastName WaitReview)" }, { "from": "running", "to": "pending_documents", "trigger": "identification needs document images" }, { "from": "running", "to": "data_request", "trigger": "identification needs customer data" }, { "from": "running", "to": "waiting_review", "trigger": "identification needs a manual review" }, { "from": "running", "to": "pending_journey_application_review", "trigger": "the journey needs a manual review" }, { "from": "running", "to": "completed", "trigger": "automatic decision" }, { "from": "pending_step_up", "to": "waiting_review", "trigger": "documents uploaded and linked with /akepa/update" }, { "from": "pending_step_up", "to": "running", "trigger": "documents uploaded and linked with /akepa/update" }, { "from": "pending_documents", "to": "running", "trigger": "documents uploaded and linked with /akepa/update" }, { "from": "data_request", "to": "running", "trigger": "data supplied with /customer/update" }, { "from": "waiting_review", "to": "completed", "trigger": "PayGears approves or denies by hand" }, { "from": "pending_journey_application_review", "to": "completed", "trigger": "PayGears approves or denies by hand" }] } };
const func1 = { default: ucs2length }.default;
const pattern4 = new RegExp("^[0-9a-zA-Z_]+$", "u");
const pattern7 = new RegExp("^[0-9a-zA-Z]+$", "u");
const schema41 = { "title": "KycEntityApplication", "description": "The verification of one entity. Status and outcome come from the verification provider in lowercase (`approved`).", "type": "object", "required": ["entityId", "isCustomer", "status"], "properties": { "entityId": { "description": "The customer id for the customer itself, or the business representative's id issued by /customer/init.", "allOf": [{ "$ref": "#/components/schemas/CommonId" }] }, "isCustomer": { "type": "boolean" }, "status": { "description": "The provider's status for this entity, in lowercase (designed as free text; the vendor shows `completed`).", "type": "string", "maxLength": 50 }, "outcome": { "description": "The provider's decision for this entity, in lowercase (the vendor shows `approved`).", "type": ["string", "null"], "maxLength": 50 } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate24.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.entityId === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entityId" }, message: "must have required property '" + "entityId" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.isCustomer === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "isCustomer" }, message: "must have required property '" + "isCustomer" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.status === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.entityId !== undefined) {
        let data0 = data.entityId;
        if (typeof data0 === "string") {
            if (func1(data0) > 36) {
                const err3 = { instancePath: instancePath + "/entityId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (func1(data0) < 1) {
                const err4 = { instancePath: instancePath + "/entityId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (!pattern4.test(data0)) {
                const err5 = { instancePath: instancePath + "/entityId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: "must match pattern \"" + "^[0-9a-zA-Z_]+$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/entityId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.isCustomer !== undefined) {
        if (typeof data.isCustomer !== "boolean") {
            const err7 = { instancePath: instancePath + "/isCustomer", schemaPath: "#/properties/isCustomer/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.status !== undefined) {
        let data2 = data.status;
        if (typeof data2 === "string") {
            if (func1(data2) > 50) {
                const err8 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.outcome !== undefined) {
        let data3 = data.outcome;
        if ((typeof data3 !== "string") && (data3 !== null)) {
            const err10 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: schema41.properties.outcome.type }, message: "must be string,null" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (typeof data3 === "string") {
            if (func1(data3) > 50) {
                const err11 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate24.errors = vErrors; return errors === 0; }
validate24.evaluated = { "props": { "entityId": true, "isCustomer": true, "status": true, "outcome": true }, "dynamicProps": false, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate23.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.applicationId === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "applicationId" }, message: "must have required property '" + "applicationId" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.customerId === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customerId" }, message: "must have required property '" + "customerId" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.status === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.applicationId !== undefined) {
        let data0 = data.applicationId;
        if (typeof data0 === "string") {
            if (func1(data0) > 36) {
                const err3 = { instancePath: instancePath + "/applicationId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (func1(data0) < 1) {
                const err4 = { instancePath: instancePath + "/applicationId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (!pattern4.test(data0)) {
                const err5 = { instancePath: instancePath + "/applicationId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: "must match pattern \"" + "^[0-9a-zA-Z_]+$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/applicationId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.aggregatorId !== undefined) {
        let data1 = data.aggregatorId;
        if (typeof data1 === "string") {
            if (func1(data1) > 36) {
                const err7 = { instancePath: instancePath + "/aggregatorId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (func1(data1) < 1) {
                const err8 = { instancePath: instancePath + "/aggregatorId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (!pattern4.test(data1)) {
                const err9 = { instancePath: instancePath + "/aggregatorId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: "must match pattern \"" + "^[0-9a-zA-Z_]+$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/aggregatorId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.customerId !== undefined) {
        let data2 = data.customerId;
        if (typeof data2 === "string") {
            if (func1(data2) > 36) {
                const err11 = { instancePath: instancePath + "/customerId", schemaPath: "#/components/schemas/CommonId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (func1(data2) < 1) {
                const err12 = { instancePath: instancePath + "/customerId", schemaPath: "#/components/schemas/CommonId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            if (!pattern4.test(data2)) {
                const err13 = { instancePath: instancePath + "/customerId", schemaPath: "#/components/schemas/CommonId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z_]+$" }, message: "must match pattern \"" + "^[0-9a-zA-Z_]+$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/customerId", schemaPath: "#/components/schemas/CommonId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.reference !== undefined) {
        let data3 = data.reference;
        if (typeof data3 === "string") {
            if (func1(data3) > 32) {
                const err15 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            if (func1(data3) < 1) {
                const err16 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            if (!pattern7.test(data3)) {
                const err17 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: "must match pattern \"" + "^[0-9a-zA-Z]+$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.status !== undefined) {
        let data4 = data.status;
        if (typeof data4 !== "string") {
            const err19 = { instancePath: instancePath + "/status", schemaPath: "#/components/schemas/KycApplicationStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        if (!(((((((data4 === "running") || (data4 === "pending_step_up")) || (data4 === "pending_documents")) || (data4 === "data_request")) || (data4 === "waiting_review")) || (data4 === "pending_journey_application_review")) || (data4 === "completed"))) {
            const err20 = { instancePath: instancePath + "/status", schemaPath: "#/components/schemas/KycApplicationStatus/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.outcome !== undefined) {
        let data5 = data.outcome;
        if ((typeof data5 !== "string") && (data5 !== null)) {
            const err21 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: schema35.properties.outcome.type }, message: "must be string,null" };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
        if (!(((data5 === "Approved") || (data5 === "Denied")) || (data5 === null))) {
            const err22 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema35.properties.outcome.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.entityApplications !== undefined) {
        let data6 = data.entityApplications;
        if (Array.isArray(data6)) {
            if (data6.length > 100) {
                const err23 = { instancePath: instancePath + "/entityApplications", schemaPath: "#/properties/entityApplications/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate24(data6[i0], { instancePath: instancePath + "/entityApplications/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/entityApplications", schemaPath: "#/properties/entityApplications/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
}
else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err25];
    }
    else {
        vErrors.push(err25);
    }
    errors++;
} validate23.errors = vErrors; return errors === 0; }
validate23.evaluated = { "props": { "applicationId": true, "aggregatorId": true, "customerId": true, "reference": true, "status": true, "outcome": true, "entityApplications": true }, "dynamicProps": false, "dynamicItems": false };
const pattern9 = new RegExp("^[0-9a-f]{32}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate22.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property '" + "code" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.data === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property '" + "data" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.requestId === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestId" }, message: "must have required property '" + "requestId" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.code !== undefined) {
        let data0 = data.code;
        if (typeof data0 !== "string") {
            const err3 = { instancePath: instancePath + "/code", schemaPath: "#/components/schemas/SuccessCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if ("0" !== data0) {
            const err4 = { instancePath: instancePath + "/code", schemaPath: "#/components/schemas/SuccessCode/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.data !== undefined) {
        if (!(validate23(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
        }
    }
    if (data.requestId !== undefined) {
        let data2 = data.requestId;
        if (typeof data2 === "string") {
            if (func1(data2) > 32) {
                const err5 = { instancePath: instancePath + "/requestId", schemaPath: "#/components/schemas/RequestId/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (func1(data2) < 32) {
                const err6 = { instancePath: instancePath + "/requestId", schemaPath: "#/components/schemas/RequestId/minLength", keyword: "minLength", params: { limit: 32 }, message: "must NOT have fewer than 32 characters" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if (!pattern9.test(data2)) {
                const err7 = { instancePath: instancePath + "/requestId", schemaPath: "#/components/schemas/RequestId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: "must match pattern \"" + "^[0-9a-f]{32}$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/requestId", schemaPath: "#/components/schemas/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
}
else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err9];
    }
    else {
        vErrors.push(err9);
    }
    errors++;
} validate22.errors = vErrors; return errors === 0; }
validate22.evaluated = { "props": { "code": true, "data": true, "requestId": true }, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://connectfi.example/client/akepaStatusChanged" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (!(validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": { "code": true, "data": true, "requestId": true }, "dynamicProps": false, "dynamicItems": false };
