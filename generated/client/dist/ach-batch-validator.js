import ucs2length from "./runtime/ucs2length.js";
const achBatchFileRow = validate20;
const schema31 = { "$id": "https://connectfi.example/client/achBatchFileRow", "$ref": "https://connectfi.example/openapi.json#/components/schemas/AchBatchFileRow" };
const schema33 = { "title": "AchBatchFileRow", "description": "One line of an ACH batch file uploaded over SFTP: one entry, as comma-separated text with no quotes and no commas\ninside a field. A line has at least the 16 columns 0\u201315, in the order `x-connectfi-csv-columns` lists; an empty\noptional column is kept as an empty field (two commas in a row). Every column after 15 is one addendum\n(`x-connectfi-csv-rest`). Each property carries its column number and whether the vendor documents it:\ncolumns 0\u20132 are documented; columns 3\u201315 are **designed here** to mirror the fields of\n`POST /transfer-to/ach/create` (columns 13\u201315 carry the optional NACHA entry fields that the create body lacks).\nThe file has no header line (designed).\n", "type": "object", "required": ["effectiveEntryDate", "companyName", "standardEntryClassCode", "companyEntryDescription", "transactionType", "accountType", "routingNumber", "DFIAccountNumber", "amount", "currency", "individualName", "reference"], "x-connectfi-csv-columns": ["effectiveEntryDate", "companyName", "standardEntryClassCode", "companyEntryDescription", "transactionType", "accountType", "routingNumber", "DFIAccountNumber", "amount", "currency", "individualName", "reference", "webhookUrl", "individualIdNumber", "discretionaryData", "companyDiscretionaryData"], "x-connectfi-csv-rest": "addenda", "properties": { "effectiveEntryDate": { "description": "Column 0. The effective entry date as `YYMMDD` (not the API's `YYYY-MM-DD`).", "type": "string", "pattern": "^\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])$", "maxLength": 6, "x-connectfi-csv-column": 0, "x-connectfi-fidelity": "documented" }, "companyName": { "description": "Column 1. The company name or the client code of the ACH profile that originates the entry (the API's `clientCode`).", "type": "string", "pattern": '^[^,"]+$', "maxLength": 50, "x-connectfi-csv-column": 1, "x-connectfi-fidelity": "documented" }, "standardEntryClassCode": { "description": "Column 2. The SEC code, as in `AchSecCode`.", "allOf": [{ "$ref": "#/components/schemas/AchSecCode" }], "x-connectfi-csv-column": 2, "x-connectfi-fidelity": "documented" }, "companyEntryDescription": { "description": "Column 3. As the create field `companyEntryDescription`, with no comma or quote.", "type": "string", "pattern": "^(?! *$)[ !#-+\\--~]+$", "maxLength": 10, "x-connectfi-csv-column": 3, "x-connectfi-fidelity": "designed" }, "transactionType": { "description": "Column 4. As the create field `transactionType`.", "allOf": [{ "$ref": "#/components/schemas/AchTransactionType" }], "x-connectfi-csv-column": 4, "x-connectfi-fidelity": "designed" }, "accountType": { "description": "Column 5. As the create field `accountType`.", "allOf": [{ "$ref": "#/components/schemas/AchAccountType" }], "x-connectfi-csv-column": 5, "x-connectfi-fidelity": "designed" }, "routingNumber": { "description": "Column 6. As the create field `routingNumber`.", "allOf": [{ "$ref": "#/components/schemas/AchRoutingNumber" }], "x-connectfi-csv-column": 6, "x-connectfi-fidelity": "designed" }, "DFIAccountNumber": { "description": "Column 7. As the create field `DFIAccountNumber`.", "allOf": [{ "$ref": "#/components/schemas/AchDFIAccountNumber" }], "x-connectfi-csv-column": 7, "x-connectfi-fidelity": "designed" }, "amount": { "description": "Column 8. As the create field `amount`, written in dollars with at most 2 decimals and no thousands separator, e.g. `7.15`.", "type": "string", "pattern": "^(0\\.(0[1-9]|[1-9]\\d?)|[1-9]\\d*(\\.\\d{1,2})?)$", "maxLength": 13, "x-connectfi-csv-column": 8, "x-connectfi-fidelity": "designed" }, "currency": { "description": "Column 9. As the create field `currency`; only `USD` is accepted.", "allOf": [{ "$ref": "#/components/schemas/Currency" }], "x-connectfi-csv-column": 9, "x-connectfi-fidelity": "designed" }, "individualName": { "description": "Column 10. As the create field `individualName`, with no comma or quote.", "type": "string", "pattern": "^(?! *$)[ !#-+\\--~]+$", "maxLength": 22, "x-connectfi-csv-column": 10, "x-connectfi-fidelity": "designed" }, "reference": { "description": "Column 11. As the create field `reference`; the same idempotency applies.", "allOf": [{ "$ref": "#/components/schemas/CommonReference" }], "x-connectfi-csv-column": 11, "x-connectfi-fidelity": "designed" }, "webhookUrl": { "description": "Column 12. As the create field `webhookUrl`, with no comma or quote; empty for none.", "type": "string", "pattern": '^(https?://[^,"\\s<>]+)?$', "maxLength": 500, "x-connectfi-csv-column": 12, "x-connectfi-fidelity": "designed" }, "individualIdNumber": { "description": "Column 13. The NACHA Individual Identification Number (the receiver's id at the originator, at most 15 characters); empty for none.", "type": "string", "pattern": "^[ !#-+\\--~]*$", "maxLength": 15, "x-connectfi-csv-column": 13, "x-connectfi-fidelity": "designed" }, "discretionaryData": { "description": "Column 14. The NACHA entry's Discretionary Data (2 characters); empty for none.", "type": "string", "pattern": "^[ !#-+\\--~]*$", "maxLength": 2, "x-connectfi-csv-column": 14, "x-connectfi-fidelity": "designed" }, "companyDiscretionaryData": { "description": "Column 15. The NACHA batch's Company Discretionary Data (at most 20 characters); empty for none.", "type": "string", "pattern": "^[ !#-+\\--~]*$", "maxLength": 20, "x-connectfi-csv-column": 15, "x-connectfi-fidelity": "designed" }, "addenda": { "description": "Columns 16 and after, one addendum each: the NACHA Payment Related Information (at most 80 characters).\nNacha allows one addendum on `PPD`, `CCD` and `WEB` entries and none on `TEL` (bounds designed from Nacha).\n", "type": "array", "maxItems": 1, "items": { "type": "string", "pattern": "^[ !#-+\\--~]+$", "maxLength": 80 }, "x-connectfi-fidelity": "documented" } }, "if": { "properties": { "standardEntryClassCode": { "const": "TEL" } } }, "then": { "properties": { "addenda": { "maxItems": 0 } } }, "example": { "effectiveEntryDate": "230628", "companyName": "PAYROLL1", "standardEntryClassCode": "PPD", "companyEntryDescription": "PAYROLL", "transactionType": "Credit", "accountType": "Checking", "routingNumber": "053207766", "DFIAccountNumber": "1234567890123456", "amount": "1250.00", "currency": "USD", "individualName": "John Smith", "reference": "batch20230628x001", "webhookUrl": "https://client.example.com/connectfi/webhooks/ach", "individualIdNumber": "EMP0042", "discretionaryData": "", "companyDiscretionaryData": "", "addenda": ["June salary"] } };
const schema34 = { "title": "AchSecCode", "description": "The NACHA Standard Entry Class (SEC) code of the entry. connectFi documents an SEC table but its content is not\npublic; the only value in the vendor's examples is `WEB`. The set and the conditions below are the public Nacha\nrules (**designed here** from the standard):\n\n| Code | Receiver's account | Direction | Authorization and conditions |\n|---|---|---|---|\n| `PPD` | consumer | credit or debit | Prearranged payment and deposit. Credits (payroll, direct deposit) may be authorized orally or by other non-written means; debits need a written, signed or similarly authenticated authorization. |\n| `CCD` | corporate | credit or debit | Corporate credit or debit between businesses (B2B, cash concentration) under an agreement between them. |\n| `WEB` | consumer | debit (and person-to-person credit) | Authorization obtained over the internet or a mobile network; the first debit to a new consumer account needs account validation. |\n| `TEL` | consumer | debit | Oral authorization by telephone; needs an existing relationship or a call the consumer started. |\n\nDebits to a consumer account use `PPD`, `WEB` or `TEL`; entries to a corporate account use `CCD`. A consumer debit\nsent with a corporate code may be returned `R05`. `CTX` (corporate, with up to 9,999 addenda) is not offered: the\ncreate body has no addenda field.\n", "type": "string", "enum": ["PPD", "CCD", "WEB", "TEL"], "example": "WEB" };
const schema35 = { "title": "AchTransactionType", "description": "`Credit` pushes money to the receiver's account; `Debit` pulls it from there. The vendor's examples show `Credit`; `Debit` is designed.", "type": "string", "enum": ["Credit", "Debit"], "example": "Credit" };
const schema36 = { "title": "AchAccountType", "description": "The type of the receiver's account. The vendor's examples show `Checking` and it rejects unknown values with `requestValidateError` (\"must be an allowed value\"); `Savings` is designed.", "type": "string", "enum": ["Checking", "Savings"], "example": "Checking" };
const schema37 = { "title": "AchRoutingNumber", "description": "A 9-digit ABA routing number of the receiver's bank (RDFI). The ABA check digit (weights 3, 7, 1 repeated; the\nweighted sum is a multiple of 10) cannot be expressed in JSON Schema; whether connectFi checks it is not documented.\n", "type": "string", "pattern": "^\\d{9}$", "minLength": 9, "maxLength": 9, "example": "053207766" };
const schema38 = { "title": "AchDFIAccountNumber", "description": "The receiver's account number at the RDFI, at most 17 characters as in the NACHA entry detail record (length and characters designed from NACHA).", "type": "string", "pattern": "^[0-9A-Za-z-]+$", "minLength": 1, "maxLength": 17, "example": "1234567890123456" };
const schema39 = { "title": "Currency", "description": "ISO 4217 currency code. `USD` is the only supported currency; any other fails with `currencyNotSupported` (context `supportedCurrency`), so the schema accepts any three-letter code.", "type": "string", "pattern": "^[A-Z]{3}$", "minLength": 3, "maxLength": 3, "example": "USD", "x-connectfi-supported": ["USD"], "x-connectfi-errors": { "x-connectfi-supported": "currencyNotSupported" } };
const schema40 = { "title": "CommonReference", "description": "The client's own unique reference (vendor fragment `common-reference`): letters and digits only, no underscore.\nCreate-type calls are idempotent on it: a second create with the same reference fails with `referenceExists`.\n", "type": "string", "pattern": "^[0-9a-zA-Z]+$", "minLength": 1, "maxLength": 32, "example": "ref20230628x001" };
const func1 = { default: ucs2length }.default;
const pattern4 = new RegExp("^\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])$", "u");
const pattern5 = new RegExp('^[^,"]+$', "u");
const pattern6 = new RegExp("^(?! *$)[ !#-+\\--~]+$", "u");
const pattern7 = new RegExp("^\\d{9}$", "u");
const pattern8 = new RegExp("^[0-9A-Za-z-]+$", "u");
const pattern9 = new RegExp("^(0\\.(0[1-9]|[1-9]\\d?)|[1-9]\\d*(\\.\\d{1,2})?)$", "u");
const pattern10 = new RegExp("^[A-Z]{3}$", "u");
const pattern12 = new RegExp("^[0-9a-zA-Z]+$", "u");
const pattern13 = new RegExp('^(https?://[^,"\\s<>]+)?$', "u");
const pattern14 = new RegExp("^[ !#-+\\--~]*$", "u");
const pattern17 = new RegExp("^[ !#-+\\--~]+$", "u");
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
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardEntryClassCode !== void 0) {
      if ("TEL" !== data.standardEntryClassCode) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.addenda !== void 0) {
        let data1 = data.addenda;
        if (Array.isArray(data1)) {
          if (data1.length > 0) {
            const err1 = { instancePath: instancePath + "/addenda", schemaPath: "#/then/properties/addenda/maxItems", keyword: "maxItems", params: { limit: 0 }, message: "must NOT have more than 0 items" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.addenda = true;
      props0.standardEntryClassCode = true;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.effectiveEntryDate === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effectiveEntryDate" }, message: "must have required property 'effectiveEntryDate'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.companyName === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyName" }, message: "must have required property 'companyName'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.standardEntryClassCode === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "standardEntryClassCode" }, message: "must have required property 'standardEntryClassCode'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.companyEntryDescription === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "companyEntryDescription" }, message: "must have required property 'companyEntryDescription'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.transactionType === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transactionType" }, message: "must have required property 'transactionType'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.accountType === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accountType" }, message: "must have required property 'accountType'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.routingNumber === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "routingNumber" }, message: "must have required property 'routingNumber'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.DFIAccountNumber === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "DFIAccountNumber" }, message: "must have required property 'DFIAccountNumber'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.amount === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.individualName === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "individualName" }, message: "must have required property 'individualName'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.reference === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.effectiveEntryDate = true;
      props0.companyName = true;
      props0.standardEntryClassCode = true;
      props0.companyEntryDescription = true;
      props0.transactionType = true;
      props0.accountType = true;
      props0.routingNumber = true;
      props0.DFIAccountNumber = true;
      props0.amount = true;
      props0.currency = true;
      props0.individualName = true;
      props0.reference = true;
      props0.webhookUrl = true;
      props0.individualIdNumber = true;
      props0.discretionaryData = true;
      props0.companyDiscretionaryData = true;
      props0.addenda = true;
    }
    if (data.effectiveEntryDate !== void 0) {
      let data2 = data.effectiveEntryDate;
      if (typeof data2 === "string") {
        if (func1(data2) > 6) {
          const err15 = { instancePath: instancePath + "/effectiveEntryDate", schemaPath: "#/properties/effectiveEntryDate/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err16 = { instancePath: instancePath + "/effectiveEntryDate", schemaPath: "#/properties/effectiveEntryDate/pattern", keyword: "pattern", params: { pattern: "^\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])$" }, message: 'must match pattern "^\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/effectiveEntryDate", schemaPath: "#/properties/effectiveEntryDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.companyName !== void 0) {
      let data3 = data.companyName;
      if (typeof data3 === "string") {
        if (func1(data3) > 50) {
          const err18 = { instancePath: instancePath + "/companyName", schemaPath: "#/properties/companyName/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err19 = { instancePath: instancePath + "/companyName", schemaPath: "#/properties/companyName/pattern", keyword: "pattern", params: { pattern: '^[^,"]+$' }, message: 'must match pattern "^[^,"]+$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/companyName", schemaPath: "#/properties/companyName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.standardEntryClassCode !== void 0) {
      let data4 = data.standardEntryClassCode;
      if (typeof data4 !== "string") {
        const err21 = { instancePath: instancePath + "/standardEntryClassCode", schemaPath: "#/components/schemas/AchSecCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (!(data4 === "PPD" || data4 === "CCD" || data4 === "WEB" || data4 === "TEL")) {
        const err22 = { instancePath: instancePath + "/standardEntryClassCode", schemaPath: "#/components/schemas/AchSecCode/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.companyEntryDescription !== void 0) {
      let data5 = data.companyEntryDescription;
      if (typeof data5 === "string") {
        if (func1(data5) > 10) {
          const err23 = { instancePath: instancePath + "/companyEntryDescription", schemaPath: "#/properties/companyEntryDescription/maxLength", keyword: "maxLength", params: { limit: 10 }, message: "must NOT have more than 10 characters" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (!pattern6.test(data5)) {
          const err24 = { instancePath: instancePath + "/companyEntryDescription", schemaPath: "#/properties/companyEntryDescription/pattern", keyword: "pattern", params: { pattern: "^(?! *$)[ !#-+\\--~]+$" }, message: 'must match pattern "^(?! *$)[ !#-+\\--~]+$"' };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/companyEntryDescription", schemaPath: "#/properties/companyEntryDescription/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.transactionType !== void 0) {
      let data6 = data.transactionType;
      if (typeof data6 !== "string") {
        const err26 = { instancePath: instancePath + "/transactionType", schemaPath: "#/components/schemas/AchTransactionType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (!(data6 === "Credit" || data6 === "Debit")) {
        const err27 = { instancePath: instancePath + "/transactionType", schemaPath: "#/components/schemas/AchTransactionType/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.accountType !== void 0) {
      let data7 = data.accountType;
      if (typeof data7 !== "string") {
        const err28 = { instancePath: instancePath + "/accountType", schemaPath: "#/components/schemas/AchAccountType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (!(data7 === "Checking" || data7 === "Savings")) {
        const err29 = { instancePath: instancePath + "/accountType", schemaPath: "#/components/schemas/AchAccountType/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.routingNumber !== void 0) {
      let data8 = data.routingNumber;
      if (typeof data8 === "string") {
        if (func1(data8) > 9) {
          const err30 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/maxLength", keyword: "maxLength", params: { limit: 9 }, message: "must NOT have more than 9 characters" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (func1(data8) < 9) {
          const err31 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern7.test(data8)) {
          const err32 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/pattern", keyword: "pattern", params: { pattern: "^\\d{9}$" }, message: 'must match pattern "^\\d{9}$"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/routingNumber", schemaPath: "#/components/schemas/AchRoutingNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.DFIAccountNumber !== void 0) {
      let data9 = data.DFIAccountNumber;
      if (typeof data9 === "string") {
        if (func1(data9) > 17) {
          const err34 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/maxLength", keyword: "maxLength", params: { limit: 17 }, message: "must NOT have more than 17 characters" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (func1(data9) < 1) {
          const err35 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern8.test(data9)) {
          const err36 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z-]+$" }, message: 'must match pattern "^[0-9A-Za-z-]+$"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/DFIAccountNumber", schemaPath: "#/components/schemas/AchDFIAccountNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.amount !== void 0) {
      let data10 = data.amount;
      if (typeof data10 === "string") {
        if (func1(data10) > 13) {
          const err38 = { instancePath: instancePath + "/amount", schemaPath: "#/properties/amount/maxLength", keyword: "maxLength", params: { limit: 13 }, message: "must NOT have more than 13 characters" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (!pattern9.test(data10)) {
          const err39 = { instancePath: instancePath + "/amount", schemaPath: "#/properties/amount/pattern", keyword: "pattern", params: { pattern: "^(0\\.(0[1-9]|[1-9]\\d?)|[1-9]\\d*(\\.\\d{1,2})?)$" }, message: 'must match pattern "^(0\\.(0[1-9]|[1-9]\\d?)|[1-9]\\d*(\\.\\d{1,2})?)$"' };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/amount", schemaPath: "#/properties/amount/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data11 = data.currency;
      if (typeof data11 === "string") {
        if (func1(data11) > 3) {
          const err41 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/maxLength", keyword: "maxLength", params: { limit: 3 }, message: "must NOT have more than 3 characters" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (func1(data11) < 3) {
          const err42 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (!pattern10.test(data11)) {
          const err43 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/currency", schemaPath: "#/components/schemas/Currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.individualName !== void 0) {
      let data12 = data.individualName;
      if (typeof data12 === "string") {
        if (func1(data12) > 22) {
          const err45 = { instancePath: instancePath + "/individualName", schemaPath: "#/properties/individualName/maxLength", keyword: "maxLength", params: { limit: 22 }, message: "must NOT have more than 22 characters" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (!pattern6.test(data12)) {
          const err46 = { instancePath: instancePath + "/individualName", schemaPath: "#/properties/individualName/pattern", keyword: "pattern", params: { pattern: "^(?! *$)[ !#-+\\--~]+$" }, message: 'must match pattern "^(?! *$)[ !#-+\\--~]+$"' };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/individualName", schemaPath: "#/properties/individualName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data13 = data.reference;
      if (typeof data13 === "string") {
        if (func1(data13) > 32) {
          const err48 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (func1(data13) < 1) {
          const err49 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (!pattern12.test(data13)) {
          const err50 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/pattern", keyword: "pattern", params: { pattern: "^[0-9a-zA-Z]+$" }, message: 'must match pattern "^[0-9a-zA-Z]+$"' };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      } else {
        const err51 = { instancePath: instancePath + "/reference", schemaPath: "#/components/schemas/CommonReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.webhookUrl !== void 0) {
      let data14 = data.webhookUrl;
      if (typeof data14 === "string") {
        if (func1(data14) > 500) {
          const err52 = { instancePath: instancePath + "/webhookUrl", schemaPath: "#/properties/webhookUrl/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (!pattern13.test(data14)) {
          const err53 = { instancePath: instancePath + "/webhookUrl", schemaPath: "#/properties/webhookUrl/pattern", keyword: "pattern", params: { pattern: '^(https?://[^,"\\s<>]+)?$' }, message: 'must match pattern "^(https?://[^,"\\s<>]+)?$"' };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      } else {
        const err54 = { instancePath: instancePath + "/webhookUrl", schemaPath: "#/properties/webhookUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.individualIdNumber !== void 0) {
      let data15 = data.individualIdNumber;
      if (typeof data15 === "string") {
        if (func1(data15) > 15) {
          const err55 = { instancePath: instancePath + "/individualIdNumber", schemaPath: "#/properties/individualIdNumber/maxLength", keyword: "maxLength", params: { limit: 15 }, message: "must NOT have more than 15 characters" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (!pattern14.test(data15)) {
          const err56 = { instancePath: instancePath + "/individualIdNumber", schemaPath: "#/properties/individualIdNumber/pattern", keyword: "pattern", params: { pattern: "^[ !#-+\\--~]*$" }, message: 'must match pattern "^[ !#-+\\--~]*$"' };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
      } else {
        const err57 = { instancePath: instancePath + "/individualIdNumber", schemaPath: "#/properties/individualIdNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.discretionaryData !== void 0) {
      let data16 = data.discretionaryData;
      if (typeof data16 === "string") {
        if (func1(data16) > 2) {
          const err58 = { instancePath: instancePath + "/discretionaryData", schemaPath: "#/properties/discretionaryData/maxLength", keyword: "maxLength", params: { limit: 2 }, message: "must NOT have more than 2 characters" };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        if (!pattern14.test(data16)) {
          const err59 = { instancePath: instancePath + "/discretionaryData", schemaPath: "#/properties/discretionaryData/pattern", keyword: "pattern", params: { pattern: "^[ !#-+\\--~]*$" }, message: 'must match pattern "^[ !#-+\\--~]*$"' };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      } else {
        const err60 = { instancePath: instancePath + "/discretionaryData", schemaPath: "#/properties/discretionaryData/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.companyDiscretionaryData !== void 0) {
      let data17 = data.companyDiscretionaryData;
      if (typeof data17 === "string") {
        if (func1(data17) > 20) {
          const err61 = { instancePath: instancePath + "/companyDiscretionaryData", schemaPath: "#/properties/companyDiscretionaryData/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        if (!pattern14.test(data17)) {
          const err62 = { instancePath: instancePath + "/companyDiscretionaryData", schemaPath: "#/properties/companyDiscretionaryData/pattern", keyword: "pattern", params: { pattern: "^[ !#-+\\--~]*$" }, message: 'must match pattern "^[ !#-+\\--~]*$"' };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
      } else {
        const err63 = { instancePath: instancePath + "/companyDiscretionaryData", schemaPath: "#/properties/companyDiscretionaryData/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.addenda !== void 0) {
      let data18 = data.addenda;
      if (Array.isArray(data18)) {
        if (data18.length > 1) {
          const err64 = { instancePath: instancePath + "/addenda", schemaPath: "#/properties/addenda/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        const len0 = data18.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data19 = data18[i0];
          if (typeof data19 === "string") {
            if (func1(data19) > 80) {
              const err65 = { instancePath: instancePath + "/addenda/" + i0, schemaPath: "#/properties/addenda/items/maxLength", keyword: "maxLength", params: { limit: 80 }, message: "must NOT have more than 80 characters" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (!pattern17.test(data19)) {
              const err66 = { instancePath: instancePath + "/addenda/" + i0, schemaPath: "#/properties/addenda/items/pattern", keyword: "pattern", params: { pattern: "^[ !#-+\\--~]+$" }, message: 'must match pattern "^[ !#-+\\--~]+$"' };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          } else {
            const err67 = { instancePath: instancePath + "/addenda/" + i0, schemaPath: "#/properties/addenda/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/addenda", schemaPath: "#/properties/addenda/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
  } else {
    const err69 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err69];
    } else {
      vErrors.push(err69);
    }
    errors++;
  }
  validate22.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate22.evaluated = { "dynamicProps": true, "dynamicItems": false };
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
  } else {
    var props0 = validate22.evaluated.props;
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };
export {
  achBatchFileRow
};
