"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CondorApi = exports.CustomerLookupApi = exports.DocumentApi = exports.CustomerKycApi = exports.IbisApi = exports.CheckApi = exports.AcquiringApi = exports.ComboApi = exports.WireApi = exports.CardApi = exports.BillsApi = exports.AchApi = exports.AkepaApi = exports.CustomerApi = exports.HealthApi = exports.UserApi = exports.AuthApi = void 0;
const operations_js_1 = require("./operations.js");
/** `cfi.auth`: Obtain the access token every other call sends in `x-connectfi-token`. */
class AuthApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Get an access token
     *
     * Logs the API user in and returns the token that every other call sends in the `x-connectfi-token` header, with
     * its expiry `dtsExpireAt`. There is no refresh call: log in again before the token expires.
     *
     * Fidelity: documented (matches the vendor docs).
     *
     * `POST /auth/get-token` (authGetToken)
     *
     * @example
     * ```ts
     * const data = await cfi.auth.getToken({
     *   "user": {
     *     "login": "CLIENTID_api",
     *     "password": "Sandbox-Passw0rd!"
     *   }
     * });
     * ```
     */
    getToken(body, options) {
        return this.core.call(operations_js_1.operationMeta.authGetToken, { body }, options);
    }
}
exports.AuthApi = AuthApi;
/** `cfi.user`: The API user (the "aggregator") manages its own credentials. */
class UserApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Change the API user's password
     *
     * Replaces the API user's password. Change the initial password before first use in production. The new password
     * has 8–50 characters with at least one digit, one of `!@#$%^&*`, one lowercase and one uppercase letter.
     *
     * Fidelity: documented (matches the vendor docs).
     *
     * `POST /user/change-password` (userChangePassword)
     *
     * @example
     * ```ts
     * const data = await cfi.user.changePassword({
     *   "oldPassword": "Sandbox-Passw0rd!",
     *   "newPassword": "N3w-Secret*2024"
     * });
     * ```
     */
    changePassword(body, options) {
        return this.core.call(operations_js_1.operationMeta.userChangePassword, { body }, options);
    }
}
exports.UserApi = UserApi;
/** `cfi.health`: Liveness of the connectFi instance. */
class HealthApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Check that the instance is up
     *
     * Answers when the connectFi instance is running. Needs no token.
     * **Designed here:** the vendor lists the endpoint ("check the health of the application") but documents neither its method nor its body; `GET` and the `{status, dtsChecked}` body are designed.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `GET /health` (healthCheck)
     *
     * @example
     * ```ts
     * const data = await cfi.health.check();
     * ```
     */
    check(options) {
        return this.core.call(operations_js_1.operationMeta.healthCheck, {}, options);
    }
}
exports.HealthApi = HealthApi;
/** `cfi.customer`: Register individual and business customers, update them, and manage a business's employees. */
class CustomerApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Register a customer
     *
     * Validates and registers an individual or a business customer. It does **not** start KYC/KYB: call
     * `/akepa/identification` next. The body must match exactly one of the two schemas, told apart by `customerType`;
     * when it matches neither, the `requestValidateError` lists the violations of both. For a business, a
     * representative sent without `id` gets one generated; the answer carries every representative's id, which is the
     * `entityId` of its KYC.
     *
     * Do not register the same person or business twice: connectFi rejects a second customer with the same
     * `reference`, the same SSN (individuals) or the same FEIN (businesses). Change a registered customer with
     * `/customer/update`.
     *
     * **Sandbox:** the customer's `lastName` chooses the KYC outcome. `WaitReview` makes `/akepa/identification`
     * answer `pending_step_up`; after the front and back of a driver's licence are uploaded and linked with
     * `/akepa/update`, the application is `waiting_review` until PayGears approves or denies it by hand. The vendor
     * lists other trigger names in a table this description could not capture; this sandbox adds `Deny`, denied at
     * once, and approves any other name at once (both designed).
     *
     * **Designed here:** the vendor's property tables were not captured: the body mirrors the `GET /customer/status`
     * record, and `legalName`, `FEIN`, `identificationDocument`, the role flags, required flags and lengths are ours;
     * the answer is that record; duplicate SSNs and FEINs are assumed to answer `referenceExists`.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /customer/init` (customerInit)
     *
     * @example
     * ```ts
     * const data = await cfi.customer.init({
     *   "reference": "cust20230628x001",
     *   "customerType": "individual",
     *   "customer": {
     *     "firstName": "Janice",
     *     "lastName": "Sample",
     *     "gender": "F",
     *     "dateOfBirth": "1969-08-04",
     *     "email": "janice.sample@example.com",
     *     "citizenshipCountryCodeA3": "USA",
     *     "addresses": [
     *       {
     *         "type": "PRIMARY",
     *         "addressLine1": "123 Main Str.",
     *         "addressLine2": "apt 8",
     *         "city": "Harrisburg",
     *         "state": "PA",
     *         "postalCode": "17101",
     *         "countryCodeA3": "USA"
     *       }
     *     ],
     *     "phones": [
     *       {
     *         "type": "MOBILE",
     *         "countryCode": "1",
     *         "number": "7175550123"
     *       }
     *     ],
     *     "identificationDocument": {
     *       "type": "SSN",
     *       "value": "123456789"
     *     }
     *   }
     * });
     * ```
     */
    init(body, options) {
        return this.core.call(operations_js_1.operationMeta.customerInit, { body }, options);
    }
    /**
     * Update a customer's contact details
     *
     * Replaces the contact details a customer may change after `/customer/init`. An individual may change `email`,
     * `addresses` and `phones`; a business may change `businessAddresses`, `businessPhones` and each business
     * representative's `email`, `addresses` and `phones`. Each list sent replaces the stored one and holds at least one
     * item. A field that does not belong to the customer's type fails with `invalidField`. When a KYC application is
     * in `data_request`, supplying the missing data here resumes it.
     *
     * **Designed here:** how the customer is named (`customerId`), the `customer` wrapper (as at `/customer/init`), the
     * representative's `id` key, the answer (the updated record) and the `invalidField` and `customerNotFound` codes.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /customer/update` (customerUpdate)
     *
     * @example
     * ```ts
     * const data = await cfi.customer.update({
     *   "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
     *   "customer": {
     *     "email": "janice.sample@mail.example.com"
     *   }
     * });
     * ```
     */
    update(body, options) {
        return this.core.call(operations_js_1.operationMeta.customerUpdate, { body }, options);
    }
    /**
     * Get a customer
     *
     * Returns the customer record: `{ reference, customerId, customerType, customer }`, where `customer` holds the
     * individual's or the business's details. A business also lists its `employees`, and each business
     * representative carries the id that is the `entityId` of its KYC.
     *
     * **Designed here:** the vendor shows only the start of the individual answer: the rest of the individual record,
     * the business record, `employees` items and the `customerNotFound` error are designed.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `GET /customer/status/{customerId}` (customerStatus)
     *
     * @example
     * ```ts
     * const data = await cfi.customer.status("cstap_6reGTr3k8vpAu8uFV7EdiN");
     * ```
     */
    status(customerId, options) {
        return this.core.call(operations_js_1.operationMeta.customerStatus, { path: { "customerId": customerId } }, options);
    }
    /**
     * Add an employee to a business
     *
     * Adds an individual customer to a business customer as an employee, with a position. The individual must
     * already be registered with `/customer/init`. An employee can then hold business cards and accounts.
     *
     * **Designed here:** the answer (the employee record) and the error codes `customerNotFound` and
     * `customerTypeMismatch` with their contexts.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /customer/add-employee` (customerAddEmployee)
     *
     * @example
     * ```ts
     * const data = await cfi.customer.addEmployee({
     *   "companyId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
     *   "employeeId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
     *   "position": "Accountant"
     * });
     * ```
     */
    addEmployee(body, options) {
        return this.core.call(operations_js_1.operationMeta.customerAddEmployee, { body }, options);
    }
    /**
     * Disable an employee of a business
     *
     * Disables an employee of a business customer. A disabled employee cannot get new business cards or accounts.
     * Business representatives cannot be disabled.
     *
     * **Designed here:** the answer (the employee record) and the error codes `employeeNotFound` and
     * `representativeNotDisabled` with their contexts.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /customer/disable-employee` (customerDisableEmployee)
     *
     * @example
     * ```ts
     * const data = await cfi.customer.disableEmployee({
     *   "companyId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
     *   "employeeId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X"
     * });
     * ```
     */
    disableEmployee(body, options) {
        return this.core.call(operations_js_1.operationMeta.customerDisableEmployee, { body }, options);
    }
}
exports.CustomerApi = CustomerApi;
/** `cfi.akepa`: Identity verification ("akepa") of individuals and businesses, with document generation and upload. */
class AkepaApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Start a KYC/KYB application
     *
     * Starts the identity verification of a customer registered with `/customer/init`: KYC for an individual, KYB for
     * a business (which passes only if every business representative passes KYC). The answer is the application
     * (`iapp_...`); its `status` says what is needed next: `pending_step_up` or `pending_documents` (upload documents
     * with `/akepa/document/generate`, `/akepa/document/upload/{documentId}` and `/akepa/update`), `data_request`
     * (complete the customer with `/customer/update`), `running`, `waiting_review`, or `completed` with its `outcome`.
     * Later changes that happen asynchronously are POSTed to `webhookURL` (`akepaStatusChanged`); poll them with
     * `/akepa/status`. Identification may run several times for one customer, each with its own `reference`.
     *
     * The vendor's schema spells the field `webhookURL` while its example body spells it `webhookUrl`; this spec keeps
     * the schema's spelling, `webhookURL`.
     *
     * **Sandbox:** the outcome follows the customer's `lastName` at `/customer/init`. For `WaitReview`, identification
     * answers `pending_step_up`; once the front and back of a driver's licence are uploaded and linked with
     * `/akepa/update`, the application is `waiting_review` until PayGears approves or denies it by hand.
     *
     * **Designed here:** the answer (the `KycApplication` the webhook carries) and the `customerNotFound` code; the
     * vendor documents the body and says only that the answer tells whether data or documents are needed.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /akepa/identification` (akepaIdentification)
     *
     * @example
     * ```ts
     * const data = await cfi.akepa.identification({
     *   "reference": "kyc20230628x002",
     *   "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
     *   "syncMode": false,
     *   "webhookURL": "https://client.example.com/connectfi/webhooks/kyc"
     * });
     * ```
     */
    identification(body, options) {
        return this.core.call(operations_js_1.operationMeta.akepaIdentification, { body }, options);
    }
    /**
     * Get a KYC/KYB application
     *
     * Returns one application of a customer with its status, its `outcome` once `completed`, and each entity's own
     * status and outcome. Use it to confirm a webhook before acting on it. Replaces `GET /akepa/status/{customerId}`.
     *
     * **Designed here:** the answer (the `KycApplication` the webhook carries) and the `applicationNotFound` code.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /akepa/status` (akepaStatus)
     *
     * @example
     * ```ts
     * const data = await cfi.akepa.status({
     *   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
     *   "applicationId": "iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY"
     * });
     * ```
     */
    status(body, options) {
        return this.core.call(operations_js_1.operationMeta.akepaStatus, { body }, options);
    }
    /**
     * Get a customer's latest KYC/KYB application (older form)
     *
     * Replaced by `POST /akepa/status` (`akepaStatus`), which names the application as well as the customer. This is
     * the older path form of the status call: it answers the customer's latest application.
     *
     * **Designed here:** the method (the older docs give only the path), "the latest application" and the answer
     * (the `KycApplication` the webhook carries).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `GET /akepa/status/{customerId}` (akepaStatusByCustomer)
     *
     * @deprecated Use `cfi.akepa.status()` (akepaStatus) instead.
     * @example
     * ```ts
     * const data = await cfi.akepa.statusByCustomer("cstap_6reGTr3k8vpAu8uFV7EdiN");
     * ```
     */
    statusByCustomer(customerId, options) {
        return this.core.call(operations_js_1.operationMeta.akepaStatusByCustomer, { path: { "customerId": customerId } }, options);
    }
    /**
     * Declare a KYC/KYB document
     *
     * Declares a document (its workflow, name, file extension and type) and returns its id, `doc_...`. Then upload
     * the file with `/akepa/document/upload/{documentId}` and link it to an application with `/akepa/update`. For a
     * driver's licence, declare the front and the back as two documents.
     *
     * **Designed here:** the answer beyond the id (`uploadStatus` and `extension`, after the deprecated `/document`
     * endpoints).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /akepa/document/generate` (akepaGenerateDocument)
     *
     * @example
     * ```ts
     * const data = await cfi.akepa.generateDocument({
     *   "workflow": "PERSONAL",
     *   "name": "Driver licence front",
     *   "extension": "jpg",
     *   "type": "license"
     * });
     * ```
     */
    generateDocument(body, options) {
        return this.core.call(operations_js_1.operationMeta.akepaGenerateDocument, { body }, options);
    }
    /**
     * Upload a KYC/KYB document's file
     *
     * Uploads the file of a document declared with `/akepa/document/generate`, as `multipart/form-data` with the file
     * in the form field `file`. An unknown `documentId` fails with 400. Then link the document with `/akepa/update`.
     *
     * **Designed here:** the answer beyond the id (`uploadStatus` and `extension`) and the `documentNotFound` code of
     * the documented 400.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /akepa/document/upload/{documentId}` (akepaUploadDocument)
     *
     * @example
     * ```ts
     * const data = await cfi.akepa.uploadDocument("doc_5Rt7Yu9Io1Pa3Sd5Fg7Hj9K", formData);
     * ```
     */
    uploadDocument(documentId, body, options) {
        return this.core.call(operations_js_1.operationMeta.akepaUploadDocument, { path: { "documentId": documentId }, body }, options);
    }
    /**
     * Link uploaded documents to a KYC/KYB application
     *
     * Links documents uploaded with `/akepa/document/upload/{documentId}` to one entity of an application and resumes
     * it. `entityId` is the `customerId` for an individual, or a business representative's id from `/customer/init`
     * for a KYB. Link the front and back of a driver's licence in one call. Not allowed once the application is
     * `completed`. The answer is the application with its new status.
     *
     * **Sandbox:** for a customer whose `lastName` is `WaitReview`, linking the licence moves the application from
     * `pending_step_up` to `waiting_review`; PayGears then approves or denies it by hand and the webhook reports it.
     *
     * **Designed here:** the body beyond `documents` and `entityId` (`customerId`, `applicationId` and the
     * `documents[]` item `{ documentId }`), the answer (the `KycApplication`) and the error codes `applicationCompleted`,
     * `applicationNotFound` and `documentNotFound`.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /akepa/update` (akepaUpdate)
     *
     * @example
     * ```ts
     * const data = await cfi.akepa.update({
     *   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
     *   "applicationId": "iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY",
     *   "entityId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
     *   "documents": [
     *     {
     *       "documentId": "doc_5Rt7Yu9Io1Pa3Sd5Fg7Hj9K"
     *     },
     *     {
     *       "documentId": "doc_8Kl0Zx2Cv4Bn6Mq8Wr0Ty2U"
     *     }
     *   ]
     * });
     * ```
     */
    update(body, options) {
        return this.core.call(operations_js_1.operationMeta.akepaUpdate, { body }, options);
    }
}
exports.AkepaApi = AkepaApi;
/** `cfi.ach`: ACH credits and debits, delivered to the ODFI as NACHA batches; also accepted as CSV batch files over SFTP. */
class AchApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Create an ACH transfer
     *
     * Creates one ACH credit or debit. connectFi answers at once with the transfer as `Initiated` and its
     * `cFiTransactionId`, then delivers it to the ODFI in a NACHA batch over SFTP (several batches a day) and reports
     * every later status change to `webhookUrl` (`achStatusChanged`). Idempotent on `reference`: a second create with
     * the same reference fails with `referenceExists`; the same body under another reference is a new transfer.
     *
     * **Effective date cut-offs** (Monday to Friday, US Central time): same-day settlement needs the create before
     * 9:30 am CST, next-day before 7:30 pm CST; otherwise choose a later `effectiveEntryDate`, or the call fails with
     * `achEffectiveEntryDate`. Check a body first, without creating anything, with `POST /transfer-to/ach/validate`.
     *
     * The same entries can be sent as CSV batch files over SFTP instead: the schemas `AchBatchFileName` (the file-name
     * rule) and `AchBatchFileRow` (one line, columns in `x-connectfi-csv-columns` order) describe them.
     *
     * **Sandbox:** amount 13.99 is created `Declined`; amount 13.01 is returned `R01` step by step as it is queried
     * (both designed; see the trigger table).
     *
     * **Designed here:** the required flags and lengths (from the NACHA record layout), the SEC-code set, and the
     * answer, which mirrors the webhook body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/ach/create` (achCreate)
     *
     * @example
     * ```ts
     * const data = await cfi.ach.create({
     *   "reference": "ref20230628x001",
     *   "clientCode": "PAYROLL1",
     *   "effectiveEntryDate": "2023-06-28",
     *   "standardEntryClassCode": "WEB",
     *   "individualName": "John Smith",
     *   "routingNumber": "053207766",
     *   "DFIAccountNumber": "1234567890123456",
     *   "accountType": "Checking",
     *   "transactionType": "Credit",
     *   "amount": 7.15,
     *   "currency": "USD",
     *   "companyEntryDescription": "PAYMENT",
     *   "webhookUrl": "https://client.example.com/connectfi/webhooks/ach"
     * });
     * ```
     */
    create(body, options) {
        return this.core.call(operations_js_1.operationMeta.achCreate, { body }, options);
    }
    /**
     * Validate an ACH transfer without creating it
     *
     * A dry run of `POST /transfer-to/ach/create`: the same body passes the same checks (schema, ACH profile, effective
     * date cut-offs, amount, reference) and the answer looks like the create answer, but no transfer is created, no
     * webhook is sent and the reference stays free.
     *
     * **Designed here:** as for create, the required flags and lengths, and the answer (the vendor says only that it is
     * similar to the create answer, with `cFiTransactionId` and status `Initiated`).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/ach/validate` (achValidate)
     *
     * @example
     * ```ts
     * const data = await cfi.ach.validate({
     *   "reference": "ref20230628x001",
     *   "clientCode": "PAYROLL1",
     *   "effectiveEntryDate": "2023-06-28",
     *   "standardEntryClassCode": "WEB",
     *   "individualName": "John Smith",
     *   "routingNumber": "053207766",
     *   "DFIAccountNumber": "1234567890123456",
     *   "accountType": "Checking",
     *   "transactionType": "Credit",
     *   "amount": 7.15,
     *   "currency": "USD",
     *   "companyEntryDescription": "PAYMENT",
     *   "webhookUrl": "https://client.example.com/connectfi/webhooks/ach"
     * });
     * ```
     */
    validate(body, options) {
        return this.core.call(operations_js_1.operationMeta.achValidate, { body }, options);
    }
    /**
     * Query ACH transfers by ids or references. Takes any number of ids: more than 20 are sent in batches.
     *
     * Returns the ACH transfers with the given `cFiTransactionIds` or `references` (exactly one of the two, 1 to 20
     * items). Repeated ids return one record, unknown ids are ignored, and when none is found `data` is an empty list.
     *
     * **Sandbox:** each query of a transfer of 13.01 moves it one step, `Sent`, `Complete`, then `Returned` with
     * `returnCode` R01, and fires `achStatusChanged` (designed).
     *
     * **Designed here:** the records, which mirror the webhook body (the vendor did not show the answer).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/ach/query` (achQuery)
     *
     * @example
     * ```ts
     * const data = await cfi.ach.query({
     *   "cFiTransactionIds": [
     *     "CLIENTID_3A5dSDcMFdlWK54dj1cacU",
     *     "CLIENTID_8Bf2KqPz1Xw4Ry7Ts0Nv6M"
     *   ]
     * });
     * ```
     */
    query(body, options) {
        return this.core.queryAll(operations_js_1.operationMeta.achQuery, body, options);
    }
    /**
     * List ACH transfers
     *
     * Lists ACH transfers that match every filter given (id, reference, status, creation date range); an empty body
     * lists them all. At most 1000 per call (the default); when more match, `more` is true: ask again with a larger
     * `skipRecords`.
     *
     * **Designed here:** the array key `transactions` and the records, which mirror the webhook body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/ach/list` (achList)
     *
     * @example
     * ```ts
     * const data = await cfi.ach.list({
     *   "status": "Returned",
     *   "dateCreateFrom": "2023-06-01",
     *   "dateCreateTo": "2023-06-30",
     *   "numberOfRecords": 100,
     *   "skipRecords": 0
     * });
     * ```
     */
    list(body, options) {
        return this.core.call(operations_js_1.operationMeta.achList, { body }, options);
    }
    /**
     * Every record of `list`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
     *
     * Lists ACH transfers that match every filter given (id, reference, status, creation date range); an empty body
     * lists them all. At most 1000 per call (the default); when more match, `more` is true: ask again with a larger
     * `skipRecords`.
     *
     * **Designed here:** the array key `transactions` and the records, which mirror the webhook body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/ach/list` (achList)
     *
     * @example
     * ```ts
     * for await (const record of cfi.ach.listAll({
     *   "status": "Returned",
     *   "dateCreateFrom": "2023-06-01",
     *   "dateCreateTo": "2023-06-30",
     *   "numberOfRecords": 100,
     *   "skipRecords": 0
     * })) {
     *   console.log(record);
     * }
     * ```
     */
    listAll(filter, options) {
        return this.core.paginate(operations_js_1.operationMeta.achList, (filter ?? {}), options);
    }
    /**
     * Export ACH transfers as CSV
     *
     * The list's filters, plus the NACHA package (`cFiPackageId`) and the ACH profile (`clientCode`), answered as a CSV
     * file of at most 100000 transfers (the default).
     *
     * **Designed here:** the CSV columns (the vendor did not show the file); they mirror the webhook body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/ach/export-list` (achExportList)
     *
     * @example
     * ```ts
     * const data = await cfi.ach.exportList({
     *   "clientCode": "PAYROLL1",
     *   "dateCreateFrom": "2023-06-01",
     *   "dateCreateTo": "2023-06-30"
     * });
     * ```
     */
    exportList(body, options) {
        return this.core.call(operations_js_1.operationMeta.achExportList, { body }, options);
    }
    /**
     * Get the client's ACH return rates
     *
     * Returns the client's ACH return rates, calculated daily over the rolling 60 days before each date, against the
     * Nacha thresholds: unauthorized below 0.5 %, administrative below 3.0 %, overall below 15.0 % (overall excludes
     * RCK), with the number of days out of compliance. With `date`, the record of that day; without it, up to 1000
     * records, newest `maxDate` first.
     *
     * **Designed here:** the record's field names (the vendor did not show the answer).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/ach/return-rates` (achReturnRates)
     *
     * @example
     * ```ts
     * const data = await cfi.ach.returnRates({
     *   "date": "2023-06-28"
     * });
     * ```
     */
    returnRates(body, options) {
        return this.core.call(operations_js_1.operationMeta.achReturnRates, { body }, options);
    }
}
exports.AchApi = AchApi;
/** `cfi.bills`: Bill payments to Mastercard RPPS billers, with encrypted account numbers. */
class BillsApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Download the whole RPPS biller directory
     *
     * Returns every biller of the Mastercard RPPS directory (about 44,000) as one very large array. Download it at most
     * once a day and search your copy; for a few billers use `POST /transfer-to/bills/billers/list` or
     * `GET /transfer-to/bills/biller/{billerId}` instead.
     *
     * **Designed here:** the field types of the biller record (the vendor shows the snake_case field names only).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `GET /transfer-to/bills/billers/download` (billsBillersDownload)
     *
     * @example
     * ```ts
     * const data = await cfi.bills.billersDownload();
     * ```
     */
    billersDownload(options) {
        return this.core.call(operations_js_1.operationMeta.billsBillersDownload, {}, options);
    }
    /**
     * Search the RPPS biller directory
     *
     * Lists billers by id or ids, by part of the name (`billerName`) or of an alternative name (`aka`). At most 100
     * billers per call (the default); when more match, `more` is true: ask again with a larger `skipRecords`.
     *
     * **Designed here:** the array key `billers` and the field types of the biller record.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/bills/billers/list` (billsBillersList)
     *
     * @example
     * ```ts
     * const data = await cfi.bills.billersList({
     *   "billerName": "Power",
     *   "numberOfRecords": 20
     * });
     * ```
     */
    billersList(body, options) {
        return this.core.call(operations_js_1.operationMeta.billsBillersList, { body }, options);
    }
    /**
     * Every record of `billersList`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
     *
     * Lists billers by id or ids, by part of the name (`billerName`) or of an alternative name (`aka`). At most 100
     * billers per call (the default); when more match, `more` is true: ask again with a larger `skipRecords`.
     *
     * **Designed here:** the array key `billers` and the field types of the biller record.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/bills/billers/list` (billsBillersList)
     *
     * @example
     * ```ts
     * for await (const record of cfi.bills.billersListAll({
     *   "billerName": "Power",
     *   "numberOfRecords": 20
     * })) {
     *   console.log(record);
     * }
     * ```
     */
    billersListAll(filter, options) {
        return this.core.paginate(operations_js_1.operationMeta.billsBillersList, (filter ?? {}), options);
    }
    /**
     * Get one RPPS biller with its addresses and masks
     *
     * Returns one biller of the RPPS directory under `original`: the directory record, its `addresses` and its
     * account-number `masks`. Check an account number against the masks before initiating a payment
     * (`rppsMaskMatch` otherwise).
     *
     * **Designed here:** the fields of the address and mask records beyond those the vendor shows, and the field types.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `GET /transfer-to/bills/biller/{billerId}` (billsBiller)
     *
     * @example
     * ```ts
     * const data = await cfi.bills.biller("0123456789");
     * ```
     */
    biller(billerId, options) {
        return this.core.call(operations_js_1.operationMeta.billsBiller, { path: { "billerId": billerId } }, options);
    }
    /**
     * Get the public keys for encrypting account numbers
     *
     * Returns connectFi's two RSA public keys, `primary` and `secondary`, each in PEM (SPKI) and JWK form. Encrypt the
     * consumer's account number with either one and send it as `accountNumberEncrypted` to
     * `POST /transfer-to/bills/initiate`:
     *
     * - **Scheme:** RSA-OAEP with SHA-256 (and MGF1-SHA-256) over the UTF-8 account number. In node:
     *   `crypto.publicEncrypt({ key: pem, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(accountNumber, 'utf8')).toString('base64')`;
     *   with WebCrypto: import the JWK as `{ name: 'RSA-OAEP', hash: 'SHA-256' }` and `encrypt`. The result is standard
     *   base64, exactly 344 characters (2048-bit keys).
     * - **Environments:** the keys differ between sandbox and production; never mix them.
     * - **Rotation:** both keys decrypt, so PayGears can replace one while the other keeps working. Fetch the keys at
     *   start-up and again when an initiate fails with `rppsDecryptAccountNumber`, and encrypt with `primary`.
     * - The plain account number never needs to reach your servers in clear: encrypt it where it is entered.
     *
     * **Designed here:** the field names `primary`, `secondary`, `pem` and `jwk` (the vendor shows both keys in both
     * forms, not the answer's field names), and the rotation advice.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `GET /transfer-to/bills/public-encryption-keys` (billsPublicEncryptionKeys)
     *
     * @example
     * ```ts
     * const data = await cfi.bills.publicEncryptionKeys();
     * ```
     */
    publicEncryptionKeys(options) {
        return this.core.call(operations_js_1.operationMeta.billsPublicEncryptionKeys, {}, options);
    }
    /**
     * Initiate a bill payment to an RPPS biller
     *
     * Starts a payment to a Mastercard RPPS biller and answers it as `Initiated`. Store its `cFiTransactionId` and
     * call `POST /transfer-to/bills/execute` to send it (status `Processing`); PayGears sends files to RPPS several
     * times a day, and every later status change goes to `webhookUrl` (`billsStatusChanged`).
     *
     * **The account number** goes in exactly one of two fields:
     * - `accountNumberEncrypted` (required unless PayGears agreed otherwise): the UTF-8 account number encrypted with
     *   RSA-OAEP / SHA-256 under one of the two public keys of `GET /transfer-to/bills/public-encryption-keys` (primary
     *   or secondary; the keys differ per environment), as standard base64 of exactly 344 characters;
     * - `accountNumber` in clear, only where PayGears allows it (`rppsAccountNumberEncrypted` otherwise).
     *
     * The account number must fit one of the biller's masks (see `GET /transfer-to/bills/biller/{billerId}`).
     * Idempotent on `reference`, but a biller may itself reject several payments in one billing cycle. Reversals
     * (`isReversal`) need a separate agreement with PayGears (`rppsIsReversal`, HTTP 401, otherwise).
     *
     * **Designed here:** the required flags and lengths, the `deliveryTimeCode` pattern, the reversal's
     * `originalCFiTransactionId`, and the answer, which mirrors the webhook body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/bills/initiate` (billsInitiate)
     *
     * @example
     * ```ts
     * const data = await cfi.bills.initiate({
     *   "reference": "bill20230628x001",
     *   "billerId": "0123456789",
     *   "accountNumberEncrypted": "RrehySuVVitbvdQbXkjfp295MY5aLXyWgXvkFim9/71goC4KBzAH7a//yzZlf1RB/9AW52TgE67BdBnnFRdaFtUFXrOWNrYW7JxNmxZjgVS+AUw31oEeDqgNUA1hhwTyWKKoxu4pig4wuGZCRNY8JldeH7wKqAl4DFtDOJKfkhMv5QdDPNXsEhCqcj0RoDA7LZHaWe1r0X7P+XY0c8wVL4BJdEVlkkjK59M5f4pE4S4c8NbQRcwK3sbgafS2SZ9gHQb5hJkRjIyw6bE33xKB5FJwnW7mEv976YtfxvJ7lu3jfFCIEKTyY651rdBr+ciglU4S8bF+M0jTWIb0i2opvw==",
     *   "firstName": "John",
     *   "lastName": "Smith",
     *   "amount": 42.1,
     *   "currency": "USD",
     *   "deliveryTimeCode": "N",
     *   "webhookUrl": "https://client.example.com/connectfi/webhooks/bills",
     *   "narrative": "June electricity",
     *   "batchId": "batch20230628"
     * });
     * ```
     */
    initiate(body, options) {
        return this.core.call(operations_js_1.operationMeta.billsInitiate, { body }, options);
    }
    /**
     * Execute an initiated bill payment
     *
     * Sends an `Initiated` payment on its way: it becomes `Processing` and goes to Mastercard RPPS in the next file
     * (several a day). This change fires no webhook; the next ones (`Sent`, `Complete`, ...) do.
     *
     * **Designed here:** the answer's fields after `amount`, which mirror the webhook body (the vendor's example stops
     * there).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/bills/execute` (billsExecute)
     *
     * @example
     * ```ts
     * const data = await cfi.bills.execute({
     *   "cFiTransactionId": "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW"
     * });
     * ```
     */
    execute(body, options) {
        return this.core.call(operations_js_1.operationMeta.billsExecute, { body }, options);
    }
    /**
     * Query bill payments by ids or references. Takes any number of ids: more than 20 are sent in batches.
     *
     * Returns the bill payments with the given `cFiTransactionIds` or `references` (exactly one of the two, 1 to 20
     * items). Repeated ids return one record, unknown ids are ignored, and when none is found `data` is an empty list.
     *
     * **Designed here:** the whole call follows the shared query pattern; the vendor's page for it is not available.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /transfer-to/bills/query` (billsQuery)
     *
     * @example
     * ```ts
     * const data = await cfi.bills.query({
     *   "cFiTransactionIds": [
     *     "CLIENTID_5Gh7JkL9mN2pQ4rS6tU8vW"
     *   ]
     * });
     * ```
     */
    query(body, options) {
        return this.core.queryAll(operations_js_1.operationMeta.billsQuery, body, options);
    }
    /**
     * List bill payments
     *
     * Lists bill payments that match every filter given (ids, reference, creation, settlement or exception date,
     * status, biller, batch); an empty body lists them all. At most 1000 per call (the default); when more match,
     * `more` is true: ask again with a larger `skipRecords`.
     *
     * **Designed here:** the vendor's page for this call is not available: the filters are the export's, the rest is
     * the shared list pattern with the array key `transactions`.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /transfer-to/bills/list` (billsList)
     *
     * @example
     * ```ts
     * const data = await cfi.bills.list({
     *   "dateSettled": "2023-06-28",
     *   "numberOfRecords": 500
     * });
     * ```
     */
    list(body, options) {
        return this.core.call(operations_js_1.operationMeta.billsList, { body }, options);
    }
    /**
     * Every record of `list`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
     *
     * Lists bill payments that match every filter given (ids, reference, creation, settlement or exception date,
     * status, biller, batch); an empty body lists them all. At most 1000 per call (the default); when more match,
     * `more` is true: ask again with a larger `skipRecords`.
     *
     * **Designed here:** the vendor's page for this call is not available: the filters are the export's, the rest is
     * the shared list pattern with the array key `transactions`.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /transfer-to/bills/list` (billsList)
     *
     * @example
     * ```ts
     * for await (const record of cfi.bills.listAll({
     *   "dateSettled": "2023-06-28",
     *   "numberOfRecords": 500
     * })) {
     *   console.log(record);
     * }
     * ```
     */
    listAll(filter, options) {
        return this.core.paginate(operations_js_1.operationMeta.billsList, (filter ?? {}), options);
    }
    /**
     * Get one day's RPPS settlement summary
     *
     * Summarises one settlement day: totals for payments (`disburse`), reversals (`purchase`), `adjustments` and `fees`,
     * the day's payments, the exceptions RPPS reported, and `notes` on every discrepancy. RPPS settles the same or the
     * next business day, so ask for yesterday, once a day, and reconcile the settlement account against it.
     *
     * **Designed here:** the answer's shape apart from the bucket names and `notes` (the vendor names them only).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/bills/summary` (billsSummary)
     *
     * @example
     * ```ts
     * const data = await cfi.bills.summary({
     *   "date": "2023-06-28"
     * });
     * ```
     */
    summary(body, options) {
        return this.core.call(operations_js_1.operationMeta.billsSummary, { body }, options);
    }
    /**
     * Export bill payments as CSV
     *
     * The bill filters (ids, reference, creation, settlement or exception date, status, biller, batch), answered as a
     * CSV file of at most 100000 payments (the default).
     *
     * **Designed here:** the CSV columns (the vendor did not show the file); they mirror the webhook body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/bills/export` (billsExport)
     *
     * @example
     * ```ts
     * const data = await cfi.bills.export({
     *   "dateException": "2023-06-28"
     * });
     * ```
     */
    export(body, options) {
        return this.core.call(operations_js_1.operationMeta.billsExport, { body }, options);
    }
}
exports.BillsApi = BillsApi;
/** `cfi.card`: Push money to, and pull it from, cards that connectFi did not issue (processor Toucan). */
class CardApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Register an external card
     *
     * Registers a card that connectFi did not issue, so that you can push money to it or pull money from it. Send
     * `reference`, the `owner`, and exactly one of:
     *
     * - `card`: the card data encrypted by you. Encrypt `PAN|YYYYMM|CVV` with RSA-OAEP SHA-256 under the public key
     *   PayGears gives you and send it as 342 base64url characters, with the key's `keyId` (see `CardEncryptedData`);
     * - `clearCard`: the card in clear, sent through connectFi's tokenization gateway, which replaces the PAN and the
     *   security code with aliases before connectFi sees them. A `clearCard` whose account number arrives unredacted
     *   fails with `toucanClearCardNotRedacted`.
     *
     * The answer carries the card id `cFiCardId` (`tcrd_...`) and only the last 4 digits of the PAN. The same card may
     * be registered again under another `reference`; a repeated `reference` fails with `referenceExists`.
     *
     * **Designed here:** the answer's fields; the `clearCard` fields and the alias pattern that makes a redacted value;
     * the key and `keyId` reach you out of band (the vendor documents no key endpoint for cards).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/card/register` (cardRegister)
     *
     * @example
     * ```ts
     * const data = await cfi.card.register({
     *   "reference": "ref20230628x001",
     *   "card": {
     *     "encryptedData": "sEf2Hdz4qyz5vIiE8n3uFQAOBEo_Xd-KlMqm5W5o8m_BZ8DW3yqrbey_3LbzeAfp9e0vzzN63Wp4RmxAwPLf5nIH-woJqAWcE5k5loE_pI6Ha30QCr0RgmA3KZr1A5q1DzV9mvbn7esN_p9_2jg-yvFlY4pKAd63c3WIsNN0ahy4BJRVaRt2pIsYokaznVIkeKpKf-Jp4mpXKVaYVwmWFPUgsMnIVEHz3bAPYyADJf_wIfx0lSpKmd0GvdjM63cg1wrViibKzdv33KgtEidXjcTgmUAuFVE1Wve2cBdwV1RjzyveD-dLjk680LDFzbwfslwX6NgEpba9FPSQaJa3Yw",
     *     "keyId": "je87i6-C2QJS7PHUAbJPqw"
     *   },
     *   "owner": {
     *     "name": {
     *       "first": "John",
     *       "middle": "M",
     *       "last": "Doe",
     *       "suffix": "III"
     *     },
     *     "address": {
     *       "addressLine1": "1346 Pleasant Ave",
     *       "addressLine2": "Apt A123",
     *       "city": "Salt Lake City",
     *       "state": "UT",
     *       "postalCode": "12345",
     *       "country": "US"
     *     },
     *     "phone": {
     *       "countryCode": "1",
     *       "number": "1234567890"
     *     }
     *   }
     * });
     * ```
     */
    register(body, options) {
        return this.core.call(operations_js_1.operationMeta.cardRegister, { body }, options);
    }
    /**
     * Get a registered card
     *
     * Returns a registered external card by its `cFiCardId` (`tcrd_...`): the reference, the owner and the last 4
     * digits of the PAN, never the PAN itself.
     *
     * **Designed here:** the vendor lists the path but shows neither method nor answer; `GET` follows from the path
     * parameter, and the answer is the registration's record.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `GET /transfer-to/card/get/{cardId}` (cardGet)
     *
     * @example
     * ```ts
     * const data = await cfi.card.get("tcrd_5m41U6ycdgJ5CNyGDObY8Q");
     * ```
     */
    get(cardId, options) {
        return this.core.call(operations_js_1.operationMeta.cardGet, { path: { "cardId": cardId } }, options);
    }
    /**
     * Push money to a registered card
     *
     * Sends money from your settlement account (at Evolve Bank) to a registered external card. Such transfers usually
     * complete within seconds. `reference`, `cFiCardId`, `amount`, `currency` and `narrative` are required;
     * `softDescriptor` sets what the cardholder's statement shows. Idempotent on `reference`: a repeated `reference`
     * fails with `referenceExists`. Later status changes arrive by the `cardStatusChanged` webhook.
     *
     * **Sandbox:** amount 14.05 is declined and 14.10 is refused with `toucanPushNotAllowed` (designed).
     *
     * **Designed here:** the answer (the transaction record, `CardTransaction`); the vendor shows no response body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/card/push` (cardPush)
     *
     * @example
     * ```ts
     * const data = await cfi.card.push({
     *   "reference": "ref20230628x003",
     *   "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
     *   "amount": 1.01,
     *   "currency": "USD",
     *   "narrative": "Payout of invoice 1001",
     *   "softDescriptor": {
     *     "name": "Sample Merchant",
     *     "phone": {
     *       "countryCode": "1",
     *       "number": "5556667777"
     *     },
     *     "email": "merchant@sample.com"
     *   }
     * });
     * ```
     */
    push(body, options) {
        return this.core.call(operations_js_1.operationMeta.cardPush, { body }, options);
    }
    /**
     * Pull money from a registered card
     *
     * Moves money from a registered external card to your settlement account (at Evolve Bank); the body is the same as
     * the push's. Usually completes within seconds. Idempotent on `reference`: a repeated `reference` fails with
     * `referenceExists`. A completed pull can be reversed with `/transfer-to/card/reversal`. Later status changes
     * arrive by the `cardStatusChanged` webhook.
     *
     * **Sandbox:** amount 14.05 is declined and 14.10 is refused with `toucanPullNotAllowed` (designed).
     *
     * **Designed here:** the answer (the transaction record, `CardTransaction`); the vendor shows no response body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/card/pull` (cardPull)
     *
     * @example
     * ```ts
     * const data = await cfi.card.pull({
     *   "reference": "ref20230628x004",
     *   "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
     *   "amount": 25,
     *   "currency": "USD",
     *   "narrative": "Top-up of wallet 1002",
     *   "softDescriptor": {
     *     "name": "Sample Merchant",
     *     "address": {
     *       "addressLine1": "1346 Pleasant Ave",
     *       "addressLine2": "Apt A123",
     *       "city": "Salt Lake City",
     *       "state": "UT",
     *       "postalCode": "12345",
     *       "country": "US"
     *     },
     *     "phone": {
     *       "countryCode": "1",
     *       "number": "5556667777"
     *     },
     *     "email": "merchant@sample.com"
     *   }
     * });
     * ```
     */
    pull(body, options) {
        return this.core.call(operations_js_1.operationMeta.cardPull, { body }, options);
    }
    /**
     * Query push and pull transactions. Takes any number of ids: more than 20 are sent in batches.
     *
     * Returns the push and pull transactions named by exactly one of `cFiTransactionIds` or `references` (1–20
     * items). Repeated ids return one record, unknown ids are ignored, and when none is found the answer is `code "0"`
     * with an empty list. Sending both lists fails with `transactionQuery`.
     *
     * The vendor spells this path `transactions-query` (as on acquiring); the issue's `/transaction-query` is not used.
     *
     * **Designed here:** the record's fields (`CardTransaction`); the vendor shows no response body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/card/transactions-query` (cardTransactionQuery)
     *
     * @example
     * ```ts
     * const data = await cfi.card.transactionQuery({
     *   "cFiTransactionIds": [
     *     "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
     *     "CLIENTID_3A5dSDcMFdlWK54dj1cacU"
     *   ]
     * });
     * ```
     */
    transactionQuery(body, options) {
        return this.core.queryAll(operations_js_1.operationMeta.cardTransactionQuery, body, options);
    }
    /**
     * List push and pull transactions
     *
     * Lists push and pull transactions, newest first. The filters (`dateCreateFrom`, `dateCreateTo`, `status`,
     * `reversalStatus`) combine freely; an empty body lists everything. `numberOfRecords` defaults to and caps at 1000
     * (more fails with `greaterNumberOfRecords`); page with `skipRecords` while `more` is true.
     *
     * **Designed here:** the answer's array key `transactions` (the vendor documents only `more`), the record's fields
     * and the order.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/card/list/transactions` (cardListTransactions)
     *
     * @example
     * ```ts
     * const data = await cfi.card.listTransactions({
     *   "dateCreateFrom": "2023-06-26",
     *   "dateCreateTo": "2023-07-02",
     *   "status": "Complete",
     *   "numberOfRecords": 2,
     *   "skipRecords": 0
     * });
     * ```
     */
    listTransactions(body, options) {
        return this.core.call(operations_js_1.operationMeta.cardListTransactions, { body }, options);
    }
    /**
     * Every record of `listTransactions`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
     *
     * Lists push and pull transactions, newest first. The filters (`dateCreateFrom`, `dateCreateTo`, `status`,
     * `reversalStatus`) combine freely; an empty body lists everything. `numberOfRecords` defaults to and caps at 1000
     * (more fails with `greaterNumberOfRecords`); page with `skipRecords` while `more` is true.
     *
     * **Designed here:** the answer's array key `transactions` (the vendor documents only `more`), the record's fields
     * and the order.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/card/list/transactions` (cardListTransactions)
     *
     * @example
     * ```ts
     * for await (const record of cfi.card.listTransactionsAll({
     *   "dateCreateFrom": "2023-06-26",
     *   "dateCreateTo": "2023-07-02",
     *   "status": "Complete",
     *   "numberOfRecords": 2,
     *   "skipRecords": 0
     * })) {
     *   console.log(record);
     * }
     * ```
     */
    listTransactionsAll(filter, options) {
        return this.core.paginate(operations_js_1.operationMeta.cardListTransactions, (filter ?? {}), options);
    }
    /**
     * Reverse a pull from a card
     *
     * Returns the money of a completed **pull** to the card. Push transactions cannot be reversed, and neither can a
     * pull already reversed: both fail with `toucanCannotReverseError`. The answer is the pull with its new
     * `reversalStatus` (`Reversal` while the processor confirms, then `Reversed`).
     *
     * **Designed here:** the vendor documents the endpoint and its error but not its body or answer; the body
     * (`cFiTransactionId`, optional partial `amount`) and the answer are designed.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /transfer-to/card/reversal` (cardReversal)
     *
     * @example
     * ```ts
     * const data = await cfi.card.reversal({
     *   "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3"
     * });
     * ```
     */
    reversal(body, options) {
        return this.core.call(operations_js_1.operationMeta.cardReversal, { body }, options);
    }
}
exports.CardApi = CardApi;
/** `cfi.wire`: US domestic wires (Fedwire). */
class WireApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Send a wire
     *
     * Sends one US domestic wire over Fedwire from the client's end-user account. Fedwire transfers are final and
     * irrevocable once processed; the Fedwire business day runs from 9:00 pm ET the day before to 7:00 pm ET, and
     * customer transfers close at 6:00 pm ET, Monday to Friday. A wire that cannot go out at once (nightly maintenance,
     * insufficient funds) is saved as `Initiated` and retried; every later status change is POSTed to `webhookURL`
     * (`wireStatusChanged`; note the capital `URL` on wires). Idempotent on `reference`.
     *
     * The beneficiary's address line 1 must not be a P.O. box.
     *
     * **Sandbox:** the amount and the beneficiary's `bankABANumber` choose the outcome: 16.95 and 16.97 are saved as
     * `Initiated` (nightly updates, amount exceeds balance); 16.98 and 16.99 fail (invalid source account, core system
     * error); amounts above 17.00 exceed, by band, the account's daily total (to 18.00), the per-wire limit (to 19.00),
     * the company's daily total (to 20.00) and the company's wire limit (above 20.00); 12.91 and 12.92 start `Initiated`
     * and become `Complete` or `Declined` when queried; `bankABANumber` 110000000 and 120000000 fail; a P.O. box as the
     * beneficiary's address line 1 is a request error. Each trigger has a request example.
     *
     * **Designed here:** the required flags and lengths (from the Fedwire message format), the answer (it mirrors the
     * webhook body) and the error code `wireRejected` with its `subCode`s for the back office's refusals (the vendor
     * gives only their messages).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/wire` (wireCreate)
     *
     * @example
     * ```ts
     * const data = await cfi.wire.create({
     *   "reference": "wire20230628x001",
     *   "amount": 1.01,
     *   "currency": "USD",
     *   "endUserAccount": "12345678901234567",
     *   "originator": {
     *     "commonName": "Acme Payroll",
     *     "legalName": "Acme Payroll Inc",
     *     "address": {
     *       "addressLine1": "350 Fifth Avenue",
     *       "addressLine2": "Suite 4100",
     *       "city": "New York",
     *       "state": "NY",
     *       "postalCode": "10118",
     *       "country": "US"
     *     }
     *   },
     *   "beneficiary": {
     *     "bankName": "JPMorgan Chase Bank",
     *     "bankABANumber": "021000021",
     *     "accountNumber": "987654321",
     *     "name": "Acme Supplies LLC",
     *     "address": {
     *       "addressLine1": "100 Main Street",
     *       "city": "Austin",
     *       "state": "TX",
     *       "postalCode": "73301",
     *       "country": "US"
     *     }
     *   },
     *   "narrative": "Invoice 2023-117",
     *   "memos": [
     *     "Invoice 2023-117",
     *     "Thank you"
     *   ],
     *   "webhookURL": "https://client.example.com/connectfi/webhooks/wire"
     * });
     * ```
     */
    create(body, options) {
        return this.core.call(operations_js_1.operationMeta.wireCreate, { body }, options);
    }
    /**
     * Query wires by ids or references. Takes any number of ids: more than 20 are sent in batches.
     *
     * Returns the wires with the given `cFiTransactionIds` or `references` (exactly one of the two, 1 to 20 items).
     * Repeated ids return one record, unknown ids are ignored, and when none is found `data` is an empty list.
     *
     * **Sandbox:** querying a wire sent with amount 12.91 moves it from `Initiated` to `Complete`, and one sent with
     * 12.92 to `Declined`; either change also fires `wireStatusChanged`. Each trigger has a request example.
     *
     * **Designed here:** the records, which mirror the webhook body (the vendor's page for this call is not available).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/wire/query` (wireQuery)
     *
     * @example
     * ```ts
     * const data = await cfi.wire.query({
     *   "cFiTransactionIds": [
     *     "CLIENTID_7Hq2LmN4pR8sT1vW3xY5zA"
     *   ]
     * });
     * ```
     */
    query(body, options) {
        return this.core.queryAll(operations_js_1.operationMeta.wireQuery, body, options);
    }
    /**
     * List wires
     *
     * Lists wires that match every filter given (one id or several, reference, creation date range, status); an empty
     * body lists them all. At most 1000 per call (the default); when more match, `more` is true: ask again with a
     * larger `skipRecords`.
     *
     * **Designed here:** the array key `transactions` and the records, which mirror the webhook body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/wire/list` (wireList)
     *
     * @example
     * ```ts
     * const data = await cfi.wire.list({
     *   "status": "Initiated",
     *   "dateCreateFrom": "2023-06-01",
     *   "dateCreateTo": "2023-06-30",
     *   "numberOfRecords": 100
     * });
     * ```
     */
    list(body, options) {
        return this.core.call(operations_js_1.operationMeta.wireList, { body }, options);
    }
    /**
     * Every record of `list`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
     *
     * Lists wires that match every filter given (one id or several, reference, creation date range, status); an empty
     * body lists them all. At most 1000 per call (the default); when more match, `more` is true: ask again with a
     * larger `skipRecords`.
     *
     * **Designed here:** the array key `transactions` and the records, which mirror the webhook body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/wire/list` (wireList)
     *
     * @example
     * ```ts
     * for await (const record of cfi.wire.listAll({
     *   "status": "Initiated",
     *   "dateCreateFrom": "2023-06-01",
     *   "dateCreateTo": "2023-06-30",
     *   "numberOfRecords": 100
     * })) {
     *   console.log(record);
     * }
     * ```
     */
    listAll(filter, options) {
        return this.core.paginate(operations_js_1.operationMeta.wireList, (filter ?? {}), options);
    }
    /**
     * Export wires as CSV
     *
     * The list's filters, answered as a CSV file of at most 100000 wires (the default).
     *
     * **Designed here:** the CSV columns (the vendor did not show the file); they mirror the webhook body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/wire/export-list` (wireExportList)
     *
     * @example
     * ```ts
     * const data = await cfi.wire.exportList({
     *   "dateCreateFrom": "2023-06-01",
     *   "dateCreateTo": "2023-06-30"
     * });
     * ```
     */
    exportList(body, options) {
        return this.core.call(operations_js_1.operationMeta.wireExportList, { body }, options);
    }
}
exports.WireApi = WireApi;
/** `cfi.combo`: One endpoint for ACH, wire, push and pull payments, told apart by `transferType`. */
class ComboApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Register an external card for unified payments
     *
     * Registers an external card for the `pull` and `push` unified payments, with the same body as
     * `/transfer-to/card/register`: `reference`, the `owner`, and exactly one of `card` (the card data encrypted by you
     * with RSA-OAEP SHA-256: 342 base64url characters and the key's `keyId`) or `clearCard` (redacted by connectFi's
     * tokenization gateway before connectFi sees it). The answer carries the card id `cFiCardId` (`tcrd_...`) and only
     * the last 4 digits of the PAN. A repeated `reference` fails with `referenceExists`.
     *
     * **Designed here:** the answer's fields and the `clearCard` alias pattern (as on push/pull); the key and `keyId`
     * reach you out of band.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/combo/card/register` (comboCardRegister)
     *
     * @example
     * ```ts
     * const data = await cfi.combo.cardRegister({
     *   "reference": "ref20230628x001",
     *   "card": {
     *     "encryptedData": "sEf2Hdz4qyz5vIiE8n3uFQAOBEo_Xd-KlMqm5W5o8m_BZ8DW3yqrbey_3LbzeAfp9e0vzzN63Wp4RmxAwPLf5nIH-woJqAWcE5k5loE_pI6Ha30QCr0RgmA3KZr1A5q1DzV9mvbn7esN_p9_2jg-yvFlY4pKAd63c3WIsNN0ahy4BJRVaRt2pIsYokaznVIkeKpKf-Jp4mpXKVaYVwmWFPUgsMnIVEHz3bAPYyADJf_wIfx0lSpKmd0GvdjM63cg1wrViibKzdv33KgtEidXjcTgmUAuFVE1Wve2cBdwV1RjzyveD-dLjk680LDFzbwfslwX6NgEpba9FPSQaJa3Yw",
     *     "keyId": "je87i6-C2QJS7PHUAbJPqw"
     *   },
     *   "owner": {
     *     "name": {
     *       "first": "John",
     *       "middle": "M",
     *       "last": "Doe",
     *       "suffix": "III"
     *     },
     *     "address": {
     *       "addressLine1": "1346 Pleasant Ave",
     *       "addressLine2": "Apt A123",
     *       "city": "Salt Lake City",
     *       "state": "UT",
     *       "postalCode": "12345",
     *       "country": "US"
     *     },
     *     "phone": {
     *       "countryCode": "1",
     *       "number": "1234567890"
     *     }
     *   }
     * });
     * ```
     */
    cardRegister(body, options) {
        return this.core.call(operations_js_1.operationMeta.comboCardRegister, { body }, options);
    }
    /**
     * Send a payment on any rail
     *
     * Creates an ACH transfer, a wire, a pull from a card or a push to a card. `transferType` (`ach`, `wire`, `pull`,
     * `push`) picks the rail, and the rest of the body is that rail's own create body, with its rules: ACH cut-offs
     * and `effectiveEntryDate`, wire `webhookURL` and limits, registered cards (`/transfer-to/combo/card/register`) for
     * `pull` and `push`. Idempotent on `reference`: a repeated `reference` fails with `referenceExists`.
     *
     * **Designed here:** the vendor documents the body (each rail's body plus `transferType`) but neither the answer
     * nor the errors; the answer is the rail's own record tagged with `transferType`, and each rail's errors are taken
     * to carry over.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/combo/create` (comboCreate)
     *
     * @example
     * ```ts
     * const data = await cfi.combo.create({
     *   "transferType": "ach",
     *   "reference": "extTrnAch155",
     *   "effectiveEntryDate": "2023-06-30",
     *   "standardEntryClassCode": "WEB",
     *   "individualName": "John Smith",
     *   "routingNumber": "053207766",
     *   "DFIAccountNumber": "1234567890123456",
     *   "accountType": "Checking",
     *   "transactionType": "Credit",
     *   "amount": 7.15,
     *   "currency": "USD",
     *   "companyEntryDescription": "PAYMENT",
     *   "webhookUrl": "https://client.example.com/connectfi/webhooks/ach"
     * });
     * ```
     */
    create(body, options) {
        return this.core.call(operations_js_1.operationMeta.comboCreate, { body }, options);
    }
    /**
     * Query payments on any rail. Takes any number of ids: more than 20 are sent in batches.
     *
     * Returns the payments named by exactly one of `cFiTransactionIds` (items `{ transferType, cFiTransactionId }`) or
     * `references` (items `{ transferType, reference }`), 1–20 items. Repeated items return one record, unknown ids are
     * ignored, and when none is found the answer is `code "0"` with an empty list. Sending both lists fails with
     * `transactionQuery`.
     *
     * **Designed here:** the records (each rail's own record tagged with `transferType`); the vendor shows no response
     * body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /transfer-to/combo/query` (comboQuery)
     *
     * @example
     * ```ts
     * const data = await cfi.combo.query({
     *   "cFiTransactionIds": [
     *     {
     *       "transferType": "ach",
     *       "cFiTransactionId": "CLIENTID_5dRyPYn4mlXUAOTfhObZlw"
     *     },
     *     {
     *       "transferType": "push",
     *       "cFiTransactionId": "CLIENTID_6UkLq66HEN6IMj4fNl6hgM"
     *     }
     *   ]
     * });
     * ```
     */
    query(body, options) {
        return this.core.queryAll(operations_js_1.operationMeta.comboQuery, body, options);
    }
}
exports.ComboApi = ComboApi;
/** `cfi.acquiring`: Accept debit and credit card payments as a merchant. */
class AcquiringApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Register a customer's card for acquiring
     *
     * Registers the debit or credit card of a customer who pays you, with the same body as
     * `/transfer-to/card/register`: `reference`, the `owner`, and exactly one of `card` (encrypted by you with
     * RSA-OAEP SHA-256, 342 base64url characters and a `keyId`) or `clearCard` (redacted by connectFi's tokenization
     * gateway). The answer carries the card id `cFiCardId` (`tcrd_...`) and only the last 4 digits of the PAN. The same
     * card can be registered several times under different references; a repeated `reference` fails with
     * `referenceExists`.
     *
     * **Designed here:** the answer's fields and the `clearCard` alias pattern (as on push/pull); the acquiring error page
     * was not available, so the push/pull register's `toucanClearCardNotRedacted` is taken to apply.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /acquiring/register` (acquiringRegister)
     *
     * @example
     * ```ts
     * const data = await cfi.acquiring.register({
     *   "reference": "ref20230628x001",
     *   "card": {
     *     "encryptedData": "sEf2Hdz4qyz5vIiE8n3uFQAOBEo_Xd-KlMqm5W5o8m_BZ8DW3yqrbey_3LbzeAfp9e0vzzN63Wp4RmxAwPLf5nIH-woJqAWcE5k5loE_pI6Ha30QCr0RgmA3KZr1A5q1DzV9mvbn7esN_p9_2jg-yvFlY4pKAd63c3WIsNN0ahy4BJRVaRt2pIsYokaznVIkeKpKf-Jp4mpXKVaYVwmWFPUgsMnIVEHz3bAPYyADJf_wIfx0lSpKmd0GvdjM63cg1wrViibKzdv33KgtEidXjcTgmUAuFVE1Wve2cBdwV1RjzyveD-dLjk680LDFzbwfslwX6NgEpba9FPSQaJa3Yw",
     *     "keyId": "je87i6-C2QJS7PHUAbJPqw"
     *   },
     *   "owner": {
     *     "name": {
     *       "first": "John",
     *       "middle": "M",
     *       "last": "Doe",
     *       "suffix": "III"
     *     },
     *     "address": {
     *       "addressLine1": "1346 Pleasant Ave",
     *       "addressLine2": "Apt A123",
     *       "city": "Salt Lake City",
     *       "state": "UT",
     *       "postalCode": "12345",
     *       "country": "US"
     *     },
     *     "phone": {
     *       "countryCode": "1",
     *       "number": "1234567890"
     *     }
     *   }
     * });
     * ```
     */
    register(body, options) {
        return this.core.call(operations_js_1.operationMeta.acquiringRegister, { body }, options);
    }
    /**
     * Charge a registered card
     *
     * Pulls money from a card registered with `/acquiring/register` into your settlement account, with the same body as
     * `/transfer-to/card/pull`: `reference`, `cFiCardId`, `amount`, `currency`, `narrative` (required) and an optional
     * `softDescriptor` for the cardholder's statement. Idempotent on `reference`: a repeated `reference` fails with
     * `referenceExists`.
     *
     * **Sandbox:** amount 14.05 is declined (designed).
     *
     * **Designed here:** the answer (the transaction record, `CardTransaction`, with `transferType` always `pull`).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /acquiring/pull` (acquiringPull)
     *
     * @example
     * ```ts
     * const data = await cfi.acquiring.pull({
     *   "reference": "ref20230628x004",
     *   "cFiCardId": "tcrd_5m41U6ycdgJ5CNyGDObY8Q",
     *   "amount": 25,
     *   "currency": "USD",
     *   "narrative": "Top-up of wallet 1002",
     *   "softDescriptor": {
     *     "name": "Sample Merchant",
     *     "address": {
     *       "addressLine1": "1346 Pleasant Ave",
     *       "addressLine2": "Apt A123",
     *       "city": "Salt Lake City",
     *       "state": "UT",
     *       "postalCode": "12345",
     *       "country": "US"
     *     },
     *     "phone": {
     *       "countryCode": "1",
     *       "number": "5556667777"
     *     },
     *     "email": "merchant@sample.com"
     *   }
     * });
     * ```
     */
    pull(body, options) {
        return this.core.call(operations_js_1.operationMeta.acquiringPull, { body }, options);
    }
    /**
     * Query acquiring transactions. Takes any number of ids: more than 20 are sent in batches.
     *
     * Returns the acquiring transactions named by exactly one of `cFiTransactionIds` or `references` (1–20 items).
     * Repeated ids return one record, unknown ids are ignored, and when none is found the answer is `code "0"` with an
     * empty list. Sending both lists fails with `transactionQuery`.
     *
     * **Designed here:** the record's fields (`CardTransaction`); the vendor shows no response body.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /acquiring/transactions-query` (acquiringTransactionQuery)
     *
     * @example
     * ```ts
     * const data = await cfi.acquiring.transactionQuery({
     *   "cFiTransactionIds": [
     *     "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3",
     *     "CLIENTID_3A5dSDcMFdlWK54dj1cacU"
     *   ]
     * });
     * ```
     */
    transactionQuery(body, options) {
        return this.core.queryAll(operations_js_1.operationMeta.acquiringTransactionQuery, body, options);
    }
    /**
     * List acquiring transactions
     *
     * Lists acquiring transactions, newest first. The filters (`dateCreateFrom`, `dateCreateTo`, `status`,
     * `reversalStatus`) combine freely; an empty body lists everything. `numberOfRecords` defaults to and caps at 1000
     * (more fails with `greaterNumberOfRecords`); page with `skipRecords` while `more` is true.
     *
     * **Designed here:** the answer's array key `transactions` (the vendor documents only `more`), the record's fields
     * and the order.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /acquiring/list` (acquiringList)
     *
     * @example
     * ```ts
     * const data = await cfi.acquiring.list({
     *   "dateCreateFrom": "2023-06-26",
     *   "dateCreateTo": "2023-07-02",
     *   "reversalStatus": "Reversed"
     * });
     * ```
     */
    list(body, options) {
        return this.core.call(operations_js_1.operationMeta.acquiringList, { body }, options);
    }
    /**
     * Every record of `list`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
     *
     * Lists acquiring transactions, newest first. The filters (`dateCreateFrom`, `dateCreateTo`, `status`,
     * `reversalStatus`) combine freely; an empty body lists everything. `numberOfRecords` defaults to and caps at 1000
     * (more fails with `greaterNumberOfRecords`); page with `skipRecords` while `more` is true.
     *
     * **Designed here:** the answer's array key `transactions` (the vendor documents only `more`), the record's fields
     * and the order.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /acquiring/list` (acquiringList)
     *
     * @example
     * ```ts
     * for await (const record of cfi.acquiring.listAll({
     *   "dateCreateFrom": "2023-06-26",
     *   "dateCreateTo": "2023-07-02",
     *   "reversalStatus": "Reversed"
     * })) {
     *   console.log(record);
     * }
     * ```
     */
    listAll(filter, options) {
        return this.core.paginate(operations_js_1.operationMeta.acquiringList, (filter ?? {}), options);
    }
    /**
     * Reverse a charge
     *
     * Returns the money of a completed acquiring charge to the card. The answer is the charge with its new
     * `reversalStatus` (`Reversal` while the processor confirms, then `Reversed`).
     *
     * **Designed here:** the vendor lists the endpoint but its body was not found; it takes the push/pull reversal's
     * designed body (`cFiTransactionId`, optional partial `amount`), answers the transaction record, and refuses a transaction that is not Complete or already reversed with the push/pull code `toucanCannotReverseError`.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /acquiring/reversal` (acquiringReversal)
     *
     * @example
     * ```ts
     * const data = await cfi.acquiring.reversal({
     *   "cFiTransactionId": "CLIENTID_7Hq2Lw9Xc4Vb1Nm5Kd8Tr3"
     * });
     * ```
     */
    reversal(body, options) {
        return this.core.call(operations_js_1.operationMeta.acquiringReversal, { body }, options);
    }
}
exports.AcquiringApi = AcquiringApi;
/** `cfi.check`: Print and mail checks, and void them. */
class CheckApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Print and mail a check
     *
     * Creates a check that the bank prints on trifold stock and mails by USPS First Class in a #10 double-window
     * envelope. Checks in `Processing` go to the bank by SFTP several times a day; mailing takes up to 2 business days
     * and delivery 7–10 days. Each check gets a serial number. Status changes are POSTed to `webhookUrl`
     * (`checkStatusChanged`). Idempotent on `reference`: a repeated `reference` fails with `referenceExists`.
     *
     * **Sandbox:** a check for 15.01 is rejected by AutoMail (`Declined`); one for 15.02 counts as mailed, so voiding it
     * is refused (designed).
     *
     * **Designed here:** the vendor shows only an example body, so the required flags and lengths of
     * `checkAttributes` are designed; the answer is the check as `/check/get` returns it.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /check/print` (checkPrint)
     *
     * @example
     * ```ts
     * const data = await cfi.check.print({
     *   "reference": "chk20230628x001",
     *   "checkAttributes": {
     *     "amount": 150,
     *     "currency": "USD",
     *     "returnAddress": {
     *       "addressLine1": "Sample Payer Inc.",
     *       "addressLine2": "100 Main Street",
     *       "addressLine3": "Salt Lake City, UT 84101"
     *     },
     *     "payerName": "Sample Payer Inc.",
     *     "payerAddress": {
     *       "addressLine1": "100 Main Street",
     *       "city": "Salt Lake City",
     *       "state": "UT",
     *       "postalCode": "84101-1234"
     *     },
     *     "payeeName": "Jane Doe",
     *     "payeeAddress": {
     *       "addressLine1": "1346 Pleasant Ave",
     *       "addressLine2": "Apt A123",
     *       "city": "Salt Lake City",
     *       "state": "UT",
     *       "postalCode": "84102"
     *     },
     *     "platformNumber": "+1 (555) 666-7777",
     *     "memo": "Invoice 1001",
     *     "logo": "https://client.example.com/assets/logo.png"
     *   },
     *   "webhookUrl": "https://client.example.com/connectfi/webhooks"
     * });
     * ```
     */
    print(body, options) {
        return this.core.call(operations_js_1.operationMeta.checkPrint, { body }, options);
    }
    /**
     * Get a check
     *
     * Returns a check by its `cFiCheckId` (`chk_...`): serial number, amount, `cFiCheckStatus`, whether a void is
     * pending (`initVoid`) and the webhook URL.
     *
     * **Designed here:** the types the vendor does not give (`serial` as an integer) and the `checkNotFound` code.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `GET /check/get/{checkId}` (checkGet)
     *
     * @example
     * ```ts
     * const data = await cfi.check.get("chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6");
     * ```
     */
    get(checkId, options) {
        return this.core.call(operations_js_1.operationMeta.checkGet, { path: { "checkId": checkId } }, options);
    }
    /**
     * Query checks. Takes any number of ids: more than 20 are sent in batches.
     *
     * Returns the checks named by exactly one of `cFiCheckIds` or `references` (1–20 items). Repeated ids return one
     * check, unknown ids are ignored, and when none is found the answer is `code "0"` with an empty list. Sending both
     * lists fails with `transactionQuery`.
     *
     * **Designed here:** the record's types the vendor does not give, as on `/check/get` (`serial` as an integer).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /check/query` (checkQuery)
     *
     * @example
     * ```ts
     * const data = await cfi.check.query({
     *   "cFiCheckIds": [
     *     "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
     *     "chk_0000000000000000000000"
     *   ]
     * });
     * ```
     */
    query(body, options) {
        return this.core.queryAll(operations_js_1.operationMeta.checkQuery, body, options);
    }
    /**
     * Void a check
     *
     * Voids a check. Voided before it was sent to the bank, the check becomes `Cancelled` and is never printed. Voided
     * after, it is still printed and mailed, but the bank refuses to pay it: the check keeps its status with
     * `initVoid: true` until the bank confirms, then becomes `Cancelled`.
     *
     * **Sandbox:** a check printed for 15.02 counts as already mailed: the void answers `checkVoidNotAllowed`
     * (designed).
     *
     * **Designed here:** the answer (the check as `/check/get` returns it); the vendor documents only the body; and the
     * codes `checkNotFound` and `checkVoidNotAllowed` (a check already mailed, cancelled or declined).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /check/void` (checkVoid)
     *
     * @example
     * ```ts
     * const data = await cfi.check.void({
     *   "cFiCheckId": "chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6",
     *   "reason": "Paid twice by mistake"
     * });
     * ```
     */
    void(body, options) {
        return this.core.call(operations_js_1.operationMeta.checkVoid, { body }, options);
    }
    /**
     * List checks
     *
     * Lists checks, newest first. The filters (`cFiCheckId`, `cFiCheckIds`, `reference`, `dateCreateFrom`,
     * `dateCreateTo`, `cFiCheckStatus`, `initVoid`) combine freely; an empty body lists every check.
     * `numberOfRecords` defaults to and caps at 1000 (more fails with `greaterNumberOfRecords`); page with
     * `skipRecords` while `more` is true.
     *
     * **Designed here:** the answer's array key `checks` (the vendor documents only `more`), the keys of the status and
     * void filters, and the order.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /check/list` (checkList)
     *
     * @example
     * ```ts
     * const data = await cfi.check.list({
     *   "initVoid": true,
     *   "numberOfRecords": 100,
     *   "skipRecords": 0
     * });
     * ```
     */
    list(body, options) {
        return this.core.call(operations_js_1.operationMeta.checkList, { body }, options);
    }
    /**
     * Every record of `list`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
     *
     * Lists checks, newest first. The filters (`cFiCheckId`, `cFiCheckIds`, `reference`, `dateCreateFrom`,
     * `dateCreateTo`, `cFiCheckStatus`, `initVoid`) combine freely; an empty body lists every check.
     * `numberOfRecords` defaults to and caps at 1000 (more fails with `greaterNumberOfRecords`); page with
     * `skipRecords` while `more` is true.
     *
     * **Designed here:** the answer's array key `checks` (the vendor documents only `more`), the keys of the status and
     * void filters, and the order.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /check/list` (checkList)
     *
     * @example
     * ```ts
     * for await (const record of cfi.check.listAll({
     *   "initVoid": true,
     *   "numberOfRecords": 100,
     *   "skipRecords": 0
     * })) {
     *   console.log(record);
     * }
     * ```
     */
    listAll(filter, options) {
        return this.core.paginate(operations_js_1.operationMeta.checkList, (filter ?? {}), options);
    }
    /**
     * Export checks as CSV
     *
     * The list's filters, answered as a `.csv` file of up to 100000 checks (the default and the cap; more fails with
     * `greaterNumberOfRecords`). An empty body exports every check, up to 100000.
     *
     * **Designed here:** the CSV's columns (one per field of the check record, in its order, with a header row); the
     * vendor documents only that the answer is a CSV file.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /check/export-list` (checkExportList)
     *
     * @example
     * ```ts
     * const data = await cfi.check.exportList({
     *   "dateCreateFrom": "2023-06-01",
     *   "dateCreateTo": "2023-06-30"
     * });
     * ```
     */
    exportList(body, options) {
        return this.core.call(operations_js_1.operationMeta.checkExportList, { body }, options);
    }
}
exports.CheckApi = CheckApi;
/** `cfi.ibis`: Issue debit and credit cards and virtual accounts, manage them and move money between them (`/ibis`). */
class IbisApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Open a vAccount without a card
     *
     * Opens an /ibis vAccount for an existing customer, with no card attached. The answer carries the account number
     * `vAccountNumber` and the routing number `abaRoutingNumber`, so the account can receive ACH and wires. Check the
     * customer's KYC/KYB outcome first (`/customer/status/{customerId}` or `/akepa/status`). The vAccount's `cFiAccountId`
     * can stand in for `cFiCardId` on every `/ibis/card/*` endpoint. Idempotent on `reference`.
     * **Designed here:** the request body, the response record (`IbisCard` with `productType: vAccount`) and the
     * `customerNotFound` and `kycNotApproved` errors.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/account/add` (ibisAccountAdd)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.accountAdd({
     *   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
     *   "reference": "acct20230628x001",
     *   "cardProgramId": "Evolve_Test"
     * });
     * ```
     */
    accountAdd(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisAccountAdd, { body }, options);
    }
    /**
     * Issue a debit card
     *
     * Issues a debit card, with its own vAccount, to an existing customer who passed KYC/KYB. The card starts in status
     * `A` (issued, not active): activate it with `/ibis/card/activate` once the cardholder has it, and set its PIN with
     * `/ibis/card/set-pin`. Idempotent on `reference`.
     * **Designed here:** required flags and lengths (the vendor shows the shape through the credit-card example), the
     * response record, `customerNotFound` and `kycNotApproved` (the vendor states the rule, a card only for an
     * initialized customer whose documents are uploaded and whose KYC is APPROVED, but not its code).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /ibis/debit-card/add` (ibisDebitCardAdd)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.debitCardAdd({
     *   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
     *   "reference": "card20230628x001",
     *   "cardProgramId": "Evolve_Test",
     *   "profile": {
     *     "nameOnCard": "JANE DOE",
     *     "occupation": "Engineer"
     *   }
     * });
     * ```
     */
    debitCardAdd(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisDebitCardAdd, { body }, options);
    }
    /**
     * Apply for credit
     *
     * Starts a credit application for an existing customer who passed KYC/KYB. The decision may come at once or later:
     * poll `GET /ibis/credit-card/application/{applicationId}`. Once `approved`, issue the card with
     * `/ibis/credit-card/add`, up to `approvedCreditLimit`. Idempotent on `reference`.
     * **Designed here:** the request body, the response record and its status values (the vendor lists the endpoint only).
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/credit-card/application` (ibisCreditCardApplication)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.creditCardApplication({
     *   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
     *   "reference": "credit20230628x001",
     *   "cardProgramId": "Evolve_Test",
     *   "requestedCreditLimit": 500,
     *   "annualIncome": 54000,
     *   "webhookUrl": "https://client.example.com/connectfi/webhooks"
     * });
     * ```
     */
    creditCardApplication(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCreditCardApplication, { body }, options);
    }
    /**
     * Get a credit application
     *
     * Returns a credit application and, once decided, its outcome and `approvedCreditLimit`.
     * **Designed here:** the response record and the `creditApplicationNotFound` error (the vendor lists the endpoint only).
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `GET /ibis/credit-card/application/{applicationId}` (ibisCreditCardApplicationGet)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.creditCardApplicationGet("gsa_6pQw2ZrT8yNc4LkV1bXm9D");
     * ```
     */
    creditCardApplicationGet(applicationId, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCreditCardApplicationGet, { path: { "applicationId": applicationId } }, options);
    }
    /**
     * Issue a credit card
     *
     * Issues a credit card to a customer whose credit application is `approved`, with a `creditLimit` up to the approved
     * limit. The card starts in status `A`, like a debit card. Idempotent on `reference`.
     * **Designed here:** required flags and lengths (the vendor shows only the example), the response record and the `creditApplicationStatus` and `creditLimitExceeded` errors.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /ibis/credit-card/add` (ibisCreditCardAdd)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.creditCardAdd({
     *   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
     *   "reference": "ccard20230628x001",
     *   "cardProgramId": "Evolve_Test",
     *   "applicationId": "gsa_6pQw2ZrT8yNc4LkV1bXm9D",
     *   "profile": {
     *     "occupation": "Engineer",
     *     "nameOnCard": "JANE DOE"
     *   },
     *   "creditLimit": 500
     * });
     * ```
     */
    creditCardAdd(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCreditCardAdd, { body }, options);
    }
    /**
     * Activate a card
     *
     * Activates a card or vAccount: its status becomes `B` (on). Allowed from `A` (issued), and from `S` (off) to turn a
     * card back on. A vAccount's `cFiAccountId` can stand in for `cFiCardId`. `attributes.cardExpDate` (MMYY), when given, must match the card, which proves the cardholder
     * holds it.
     * **Designed here:** the response record and the `ibisCardStatus` and `cardExpDateMismatch` errors. The vendor's page also allows `I`, which its status table does not; the lifecycle follows the table.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /ibis/card/activate` (ibisCardActivate)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.cardActivate({
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
     *   "attributes": {
     *     "cardExpDate": "0627"
     *   }
     * });
     * ```
     */
    cardActivate(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCardActivate, { body }, options);
    }
    /**
     * Set or change a card PIN
     *
     * Sets a card's 4-digit PIN, first or again. Allowed while the card is `A` or `B`; `/ibis/card/check-pin` succeeds only
     * after a PIN was set. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
     *
     * PINs never travel or appear in clear here: send `encryptedPin`, an RSA-OAEP (SHA-256) encryption of
     * `<PIN>|<cFiCardId>|<dtsNow>` under the connectFi public key `keyId` (the card-data key), base64url-encoded; see
     * `IbisCardPinRequest`. connectFi decrypts it inside its PCI zone and refuses a block for another card or older than 5
     * minutes (`ibisPinDecrypt`). The vendor's clear `pin` field stays accepted only through the tokenization gateway.
     *
     * **Designed here:** the PIN protection (`encryptedPin`, its plaintext and key), the response record and the `ibisCardStatus` and `ibisPinDecrypt` errors.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /ibis/card/set-pin` (ibisCardSetPin)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.cardSetPin({
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
     *   "encryptedPin": {
     *     "encryptedData": "EyL6Y0gqYg4NbZBglk2Evmm6YIpbTb6i-H8FhYobPhMmLvdON695lQuwTsIMxJxUfAa17L6v-tbJHfhyVNJWMfb5lBAUV9zL-Ckh_mwSQ6OdeLgA7giu7OqeSIQZsQ_4F2afZnkRP8Y9gxQYErOPE2Gpmw9pHMtU8HG2Mfa28H38CeKqTJ-QMvOqF30jYZ-pg5FaKcmO_Blg8BrLhhBrBwzZcAoSECA5HvTN9EB5u2MxtAYipmVU-uP0xH-TC6mTs99vPUgU8Fc80D-HQ8uSBdN_s1g9hmbdCnxteY7ZrGTRm2x1pTbLZ8zJ_E37DZUFKSffLeg26rR8UVQlvyRMkg",
     *     "keyId": "je87i6-C2QJS7PHUAbJPqw"
     *   }
     * });
     * ```
     */
    cardSetPin(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCardSetPin, { body }, options);
    }
    /**
     * Check a card PIN
     *
     * Tells whether a PIN is the card's. Allowed only while the card is `B`, after `/ibis/card/set-pin`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
     *
     * PINs never travel or appear in clear here: send `encryptedPin`, an RSA-OAEP (SHA-256) encryption of
     * `<PIN>|<cFiCardId>|<dtsNow>` under the connectFi public key `keyId` (the card-data key), base64url-encoded; see
     * `IbisCardPinRequest`. connectFi decrypts it inside its PCI zone and refuses a block for another card or older than 5
     * minutes (`ibisPinDecrypt`). The vendor's clear `pin` field stays accepted only through the tokenization gateway.
     *
     * **Designed here:** the PIN protection, the response record `IbisPinCheck` and the errors.
     * **Sandbox:** keeps no PIN, so every PIN block it can decrypt is valid with 3 attempts left (designed).
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/card/check-pin` (ibisCardCheckPin)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.cardCheckPin({
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
     *   "encryptedPin": {
     *     "encryptedData": "9sw1howIE7PwB3uX9lgTRnlGgJk-acgOyEK_oOW3Zz5Y7EiWDun19hXMbzt_0qKJC-BwBKy2MEPCAxd0bk8jgWOpauKj96-Q2UeC0oth0c1P0R7Z5aSWDzt9QOg-or3lelENam-akoJ_iPl0qV8wnMex744k-cJfgi7rXm8vgHa7W44rdh_c1ppzKBIhHymR13Pi1FekBedi2mzjtfF-yJJJyrpHkRNyclrsohdGE-Z_a4p7V3d31L4Sc2rG6lY-DGzG7ECuE13vFMwQbNohTMEIC_-0rcx9Ek7JS5WaWRNhiri_1Hw1Is_CxeJBvmPuLtJlOnAW9N3y8ETIhNwx7A",
     *     "keyId": "je87i6-C2QJS7PHUAbJPqw"
     *   }
     * });
     * ```
     */
    cardCheckPin(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCardCheckPin, { body }, options);
    }
    /**
     * Get a card
     *
     * Returns a card or vAccount with its status code, found by exactly one of `cFiCardId` or the `reference` it was
     * added with (sending both fails). A vAccount's `cFiAccountId` can stand in for `cFiCardId`. Allowed in every status.
     * **Designed here:** the response record beyond `statusCode` (the vendor says it returns "the available details").
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /ibis/card/status` (ibisCardStatus)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.cardStatus({
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO"
     * });
     * ```
     */
    cardStatus(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCardStatus, { body }, options);
    }
    /**
     * Change a card status
     *
     * Moves a card or vAccount to `B` (on), `I` (inactive), `S` (off: fraud or lost) or `F` (closed), with an optional
     * `description` of up to 60 characters. Only the changes of the `IbisCardStatus` lifecycle are allowed: `A` can never be
     * set, and a closed card (`F`) never changes. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
     * **Designed here:** the response record and the `ibisStatusChange` error (the request is the vendor's).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /ibis/card/set-status` (ibisCardSetStatus)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.cardSetStatus({
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
     *   "statusCode": "B"
     * });
     * ```
     */
    cardSetStatus(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCardSetStatus, { body }, options);
    }
    /**
     * Get the cardholder of a card
     *
     * Returns the person behind a card: the name on the card and the customer's name, address and contacts. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
     * **Designed here:** the request and response (the vendor lists the endpoint only).
     * **Sandbox:** the name on the card is the one the card was added with, else `CARDHOLDER`; the rest is the stored customer's (designed).
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/card/cardholder-profile` (ibisCardCardholderProfile)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.cardCardholderProfile({
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO"
     * });
     * ```
     */
    cardCardholderProfile(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCardCardholderProfile, { body }, options);
    }
    /**
     * Reissue a card
     *
     * Reissues a card with the same card number (`reissueType` `1`, or `2` with a new expiry) or a new one (`3`, e.g. after
     * loss or theft), for a `reasonCode`; which types and reasons are allowed depends on the card program. The answer is the
     * reissued card. A closed card (`F`) cannot be reissued. Idempotent on `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
     * **Designed here:** the response record and the errors; the vendor's optional `profile` object is not captured.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /ibis/card/reissue` (ibisCardReissue)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.cardReissue({
     *   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
     *   "reference": "reissue20230901x001",
     *   "reissueType": "3",
     *   "reasonCode": "3",
     *   "cardShippingMethodId": "2"
     * });
     * ```
     */
    cardReissue(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCardReissue, { body }, options);
    }
    /**
     * List the cards of a customer
     *
     * Lists a customer's cards and vAccounts, optionally of one status, with the shared list pattern: at most 1000 per
     * page (`numberOfRecords`), paged with `skipRecords`, and `more: true` when more match.
     * **Designed here:** the filters beyond `customerId`, and the array's key `cards`.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/card/list` (ibisCardList)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.cardList({
     *   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X"
     * });
     * ```
     */
    cardList(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCardList, { body }, options);
    }
    /**
     * Every record of `cardList`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
     *
     * Lists a customer's cards and vAccounts, optionally of one status, with the shared list pattern: at most 1000 per
     * page (`numberOfRecords`), paged with `skipRecords`, and `more: true` when more match.
     * **Designed here:** the filters beyond `customerId`, and the array's key `cards`.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/card/list` (ibisCardList)
     *
     * @example
     * ```ts
     * for await (const record of cfi.ibis.cardListAll({
     *   "customerId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X"
     * })) {
     *   console.log(record);
     * }
     * ```
     */
    cardListAll(filter, options) {
        return this.core.paginate(operations_js_1.operationMeta.ibisCardList, (filter ?? {}), options);
    }
    /**
     * Get the card data for its cardholder
     *
     * Returns the card's full PAN, expiry and CVV for showing to its own cardholder (for example a virtual card in the
     * client's app), never in clear: `authData` is `PAN|expiryYYYYMM|CVV` encrypted with RSA-OAEP (SHA-256) under the
     * client's public key that PayGears registered, named by `keyId`. Decrypt only on the cardholder's device. Needs the
     * token like every call. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
     * **Designed here:** the whole exchange (the vendor lists the endpoint only).
     * **Sandbox:** answers the documented `authData` for every card (it holds no card data and no client key; designed).
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/card/get-auth-data` (ibisCardGetAuthData)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.cardGetAuthData({
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO"
     * });
     * ```
     */
    cardGetAuthData(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisCardGetAuthData, { body }, options);
    }
    /**
     * Move money between two cards
     *
     * Moves money from one issued card or vAccount to another, at once. The debited card (`cardFromId`) must be in status
     * `B` (on); anything else fails with `ibisCardStatus`. The two ids must differ, which JSON Schema cannot express (it
     * compares no two values), so connectFi checks it (`ibisSameCard`). Only USD. A transfer between two cards of one card
     * program can later be reversed with `/ibis/financial/reversal`. Idempotent on `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
     * **Designed here:** required flags, the response record, and the `ibisSameCard` and `insufficientFunds` errors.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /ibis/financial/card-to-card` (ibisFinancialCardToCard)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.financialCardToCard({
     *   "reference": "c2c20230628x001",
     *   "cardFromId": "icrd_575fma7wGFKTgSx537PMcO",
     *   "cardToId": "icrd_2Lm8Zq4Tx9Wv1Ny6Kb3Pc7",
     *   "description": "Lunch split",
     *   "amount": 25.5,
     *   "currency": "USD"
     * });
     * ```
     */
    financialCardToCard(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisFinancialCardToCard, { body }, options);
    }
    /**
     * Load money onto a card
     *
     * Pushes money from the client's settlement account onto a card or vAccount, at once. The card must not be closed
     * (`F`). Only USD. Idempotent on `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
     * **Designed here:** the body (shaped like card-to-card), the response and the errors (the vendor lists the endpoint only).
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/financial/funds-credit` (ibisFinancialFundsCredit)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.financialFundsCredit({
     *   "reference": "load20230628x001",
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
     *   "description": "Payroll advance",
     *   "amount": 100,
     *   "currency": "USD"
     * });
     * ```
     */
    financialFundsCredit(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisFinancialFundsCredit, { body }, options);
    }
    /**
     * Take money back from a card
     *
     * Pulls money from a card or vAccount back to the client's settlement account, at once. Like every debit of a card, it
     * needs the card in status `B` (`ibisCardStatus` otherwise) and enough available balance. Only USD. Idempotent on
     * `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
     * **Designed here:** the body (shaped like card-to-card), the response and the errors (the vendor lists the endpoint only).
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/financial/funds-debit` (ibisFinancialFundsDebit)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.financialFundsDebit({
     *   "reference": "unload20230628x001",
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
     *   "description": "Advance repaid",
     *   "amount": 40,
     *   "currency": "USD"
     * });
     * ```
     */
    financialFundsDebit(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisFinancialFundsDebit, { body }, options);
    }
    /**
     * Reverse a card-to-card transfer
     *
     * Reverses a card-to-card transfer, in whole (no `amount`) or in part (`amount` > 0, at most what is left). Only
     * card-to-card transfers between two cards of the same `cardProgramId` can be reversed; that rule compares two stored
     * cards, so no schema can state it, and connectFi refuses others with `ibisReversalNotAllowed`. The answer is the
     * reversal itself (`transferType: reversal`, `originalFundsId` the reversed transfer), whose amount moves back from
     * `cardToId` to `cardFromId`.
     * **Designed here:** the response record and the `ibisReversalNotAllowed` and `ibisReversalAmountExceeded` errors (the body is the vendor's). Reversals of funds-credit and funds-debit are not supported.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /ibis/financial/reversal` (ibisFinancialReversal)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.financialReversal({
     *   "cFiFundsId": "ifnd_3kXb9TqL2mVw7RzP1cHs0E"
     * });
     * ```
     */
    financialReversal(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisFinancialReversal, { body }, options);
    }
    /**
     * Get a funds transfer
     *
     * Returns one /ibis funds transfer (card-to-card, credit, debit or reversal), found by exactly one of `cFiFundsId` or
     * its `reference`, with how much of it was reversed.
     * **Designed here:** the body and the response (the vendor lists the endpoint only).
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/financial/retrieve` (ibisFinancialRetrieve)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.financialRetrieve({
     *   "cFiFundsId": "ifnd_3kXb9TqL2mVw7RzP1cHs0E"
     * });
     * ```
     */
    financialRetrieve(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisFinancialRetrieve, { body }, options);
    }
    /**
     * Get the transaction history of a card
     *
     * Lists a card's transactions between `dateFrom` and `dateTo` (both required, inclusive, `YYYY-MM-DD`), newest first:
     * card purchases, ATM withdrawals and refunds, and /ibis funds transfers. A range that is too broad fails with
     * `badTimeFrameRequest`, one that ends before it starts with `invalidDateRange`. At most 1000 per page, with
     * `skipRecords` and `more`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
     * **Designed here:** everything but `dateFrom` and `dateTo`: the paging, the record and the array's key `transactions`.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/inquiry/transaction-history` (ibisInquiryTransactionHistory)
     *
     * @example
     * ```ts
     * const data = await cfi.ibis.inquiryTransactionHistory({
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
     *   "dateFrom": "2023-06-01",
     *   "dateTo": "2023-06-30"
     * });
     * ```
     */
    inquiryTransactionHistory(body, options) {
        return this.core.call(operations_js_1.operationMeta.ibisInquiryTransactionHistory, { body }, options);
    }
    /**
     * Every record of `inquiryTransactionHistory`, fetched page by page (`numberOfRecords`, `skipRecords`, `more`).
     *
     * Lists a card's transactions between `dateFrom` and `dateTo` (both required, inclusive, `YYYY-MM-DD`), newest first:
     * card purchases, ATM withdrawals and refunds, and /ibis funds transfers. A range that is too broad fails with
     * `badTimeFrameRequest`, one that ends before it starts with `invalidDateRange`. At most 1000 per page, with
     * `skipRecords` and `more`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
     * **Designed here:** everything but `dateFrom` and `dateTo`: the paging, the record and the array's key `transactions`.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /ibis/inquiry/transaction-history` (ibisInquiryTransactionHistory)
     *
     * @example
     * ```ts
     * for await (const record of cfi.ibis.inquiryTransactionHistoryAll({
     *   "cFiCardId": "icrd_575fma7wGFKTgSx537PMcO",
     *   "dateFrom": "2023-06-01",
     *   "dateTo": "2023-06-30"
     * })) {
     *   console.log(record);
     * }
     * ```
     */
    inquiryTransactionHistoryAll(filter, options) {
        return this.core.paginate(operations_js_1.operationMeta.ibisInquiryTransactionHistory, (filter ?? {}), options);
    }
}
exports.IbisApi = IbisApi;
/** `cfi.customerKyc`: The older `/customer/kyc/*` verification endpoints. Use the KYC/KYB (`/akepa`) endpoints instead. */
class CustomerKycApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Start the older KYC process
     *
     * Replaced by `POST /akepa/identification` (`akepaIdentification`). Starts the older KYC process for a customer;
     * with `webhookURL`, status changes are posted there.
     *
     * **Designed here:** the answer (`{ customerId, kycStatus }`) and the `customerNotFound` code.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /customer/kyc/init` (customerKycInit)
     *
     * @deprecated Use `cfi.akepa.identification()` (akepaIdentification) instead.
     * @example
     * ```ts
     * const data = await cfi.customerKyc.init({
     *   "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
     *   "syncMode": true,
     *   "webhookURL": "https://client.example.com/connectfi/webhooks/kyc"
     * });
     * ```
     */
    init(body, options) {
        return this.core.call(operations_js_1.operationMeta.customerKycInit, { body }, options);
    }
    /**
     * Add card attributes to the older KYC process
     *
     * Replaced by `POST /customer/update` (`customerUpdate`) for customer data; the card itself is now requested from
     * Card Issuing (`/ibis`). Adds the attributes of the card the older KYC process issued once the customer passed.
     *
     * **Designed here:** the lengths and required flags of `cardAttributes`, the answer (`{ customerId, kycStatus }`)
     * and the `customerNotFound` code.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /customer/kyc/add-attributes` (customerKycAddAttributes)
     *
     * @deprecated Use `cfi.customer.update()` (customerUpdate) instead.
     * @example
     * ```ts
     * const data = await cfi.customerKyc.addAttributes({
     *   "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
     *   "additionalAttributes": {
     *     "cardAttributes": {
     *       "productID": "Virtual_Debit_Card",
     *       "nameOnCard": "JANICE SAMPLE",
     *       "designId": "blue01",
     *       "addressType": "PRIMARY",
     *       "issueType": "NEW",
     *       "additionalData": {
     *         "costCenter": "42"
     *       }
     *     }
     *   }
     * });
     * ```
     */
    addAttributes(body, options) {
        return this.core.call(operations_js_1.operationMeta.customerKycAddAttributes, { body }, options);
    }
    /**
     * Upload a document for the older KYC process
     *
     * Replaced by `POST /akepa/document/upload/{documentId}` (`akepaUploadDocument`). Uploads a customer's KYC
     * document as `multipart/form-data` with the file in the form field `file`.
     *
     * **Designed here:** the form field (as on the other uploads), the answer (the document, as `/document/upload`
     * answers it) and the `customerNotFound` and `documentNotFound` codes.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /customer/kyc/upload/{customerId}/{documentId}` (customerKycUpload)
     *
     * @deprecated Use `cfi.akepa.uploadDocument()` (akepaUploadDocument) instead.
     * @example
     * ```ts
     * const data = await cfi.customerKyc.upload("cstap_6reGTr3k8vpAu8uFV7EdiN", "sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y", formData);
     * ```
     */
    upload(customerId, documentId, body, options) {
        return this.core.call(operations_js_1.operationMeta.customerKycUpload, { path: { "customerId": customerId, "documentId": documentId }, body }, options);
    }
    /**
     * Get a customer's state in the older KYC process
     *
     * Replaced by `POST /akepa/status` (`akepaStatus`). Returns the customer's state in the older KYC process.
     *
     * **Designed here:** the answer (`{ customerId, kycStatus }`) and the `customerNotFound` code.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `GET /customer/kyc/status/{customerId}` (customerKycStatus)
     *
     * @deprecated Use `cfi.akepa.status()` (akepaStatus) instead.
     * @example
     * ```ts
     * const data = await cfi.customerKyc.status("cstap_6reGTr3k8vpAu8uFV7EdiN");
     * ```
     */
    status(customerId, options) {
        return this.core.call(operations_js_1.operationMeta.customerKycStatus, { path: { "customerId": customerId } }, options);
    }
    /**
     * Link a document to a customer in the older KYC process
     *
     * Replaced by `POST /akepa/update` (`akepaUpdate`). Links a document uploaded with `/document/upload/{documentId}`
     * to a customer undergoing the older KYC process.
     *
     * **Designed here:** the vendor names the endpoint only: the body (`{ customerId, documentId }`), the answer
     * (`{ customerId, kycStatus }`) and the error codes.
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /customer/kyc/document-link` (customerKycDocumentLink)
     *
     * @deprecated Use `cfi.akepa.update()` (akepaUpdate) instead.
     * @example
     * ```ts
     * const data = await cfi.customerKyc.documentLink({
     *   "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
     *   "documentId": "sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y"
     * });
     * ```
     */
    documentLink(body, options) {
        return this.core.call(operations_js_1.operationMeta.customerKycDocumentLink, { body }, options);
    }
}
exports.CustomerKycApi = CustomerKycApi;
/** `cfi.document`: The older `/document/*` upload endpoints. Use `/akepa/document/*` instead. */
class DocumentApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Create a document id (older flow)
     *
     * Replaced by `POST /akepa/document/generate` (`akepaGenerateDocument`). Creates an empty "separate document" and
     * returns its id, `sdoc_...`, with `uploadStatus: false`; upload its file with `/document/upload/{documentId}`.
     * It takes no body.
     *
     * Fidelity: documented (matches the vendor docs).
     *
     * `POST /document/generate` (documentGenerate)
     *
     * @deprecated Use `cfi.akepa.generateDocument()` (akepaGenerateDocument) instead.
     * @example
     * ```ts
     * const data = await cfi.document.generate();
     * ```
     */
    generate(options) {
        return this.core.call(operations_js_1.operationMeta.documentGenerate, {}, options);
    }
    /**
     * Upload a document's file (older flow)
     *
     * Replaced by `POST /akepa/document/upload/{documentId}` (`akepaUploadDocument`). Uploads the file of a document
     * from `/document/generate` as `multipart/form-data` with the file in the form field `file`. Any file type is
     * accepted; uploading again overwrites the file. The answer carries `uploadStatus: true` and the file's extension.
     *
     * **Designed here:** the form field's name (as on the other uploads) and the `documentNotFound` code.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /document/upload/{documentId}` (documentUpload)
     *
     * @deprecated Use `cfi.akepa.uploadDocument()` (akepaUploadDocument) instead.
     * @example
     * ```ts
     * const data = await cfi.document.upload("sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y", formData);
     * ```
     */
    upload(documentId, body, options) {
        return this.core.call(operations_js_1.operationMeta.documentUpload, { path: { "documentId": documentId }, body }, options);
    }
}
exports.DocumentApi = DocumentApi;
/** `cfi.customerLookup`: The older `/card/list` and `/account/list` lookups by customer. Use `/ibis/card/list` instead. */
class CustomerLookupApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * List the cards of a customer (deprecated)
     *
     * Replaced by `POST /ibis/card/list` (`ibisCardList`); use that for new work.
     * Lists every card issued to a customer with the accounts linked to
     * each. A customer with no cards, or an unknown customer, gets an empty `cards` list with code `"0"`, not an error.
     * **Designed here:** required flags and lengths (the vendor shows the example only).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `GET /card/list/{customerId}` (customerLookupCardList)
     *
     * @deprecated Use `cfi.ibis.cardList()` (ibisCardList) instead.
     * @example
     * ```ts
     * const data = await cfi.customerLookup.cardList("csta_6clNH3W2pBehujY8mpTCU8");
     * ```
     */
    cardList(customerId, options) {
        return this.core.call(operations_js_1.operationMeta.customerLookupCardList, { path: { "customerId": customerId } }, options);
    }
    /**
     * List the accounts of a customer (deprecated)
     *
     * Replaced by `POST /ibis/card/list` (`ibisCardList`); use that for new work.
     * Lists every account of a customer with its number, routing number and linked cards;
     * `/ibis/card/list` lists vAccounts with the cards. A customer with no accounts, or an unknown customer, gets an empty
     * `accounts` list with code `"0"`.
     * **Designed here:** required flags and lengths (the vendor shows the example only).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `GET /account/list/{customerId}` (customerLookupAccountList)
     *
     * @deprecated Use `cfi.ibis.cardList()` (ibisCardList) instead.
     * @example
     * ```ts
     * const data = await cfi.customerLookup.accountList("csta_6clNH3W2pBehujY8mpTCU8");
     * ```
     */
    accountList(customerId, options) {
        return this.core.call(operations_js_1.operationMeta.customerLookupAccountList, { path: { "customerId": customerId } }, options);
    }
}
exports.CustomerLookupApi = CustomerLookupApi;
/** `cfi.condor`: The older `/condor` card-issuing endpoints. Use Card Issuing (`/ibis`) instead. */
class CondorApi {
    core;
    constructor(core) {
        this.core = core;
    }
    /**
     * Open a debit card and checking account (deprecated)
     *
     * Replaced by `POST /ibis/debit-card/add` (`ibisDebitCardAdd`); use that for new work.
     * Despite its name, this call does not create the customer:
     * it opens a checking account (`acca_...`) and a debit card (`crda_...`) for an existing customer whose KYC/KYB is
     * `APPROVED`, once per customer, and is the prerequisite of every other /condor call.
     * **Designed here:** the response (the vendor's was not captured) and the `condorCustomerExists` error.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /condor/customer/create` (condorCustomerCreate)
     *
     * @deprecated Use `cfi.ibis.debitCardAdd()` (ibisDebitCardAdd) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.customerCreate({
     *   "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
     *   "cardAttributes": {
     *     "productID": "Virtual_Debit_Card",
     *     "nameOnCard": "JESSIE U TESTMAN",
     *     "designId": "1",
     *     "addressType": "PRIMARY",
     *     "issueType": "NEW"
     *   }
     * });
     * ```
     */
    customerCreate(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorCustomerCreate, { body }, options);
    }
    /**
     * Update a customer (deprecated)
     *
     * Replaced by `POST /ibis/card/cardholder-profile` (`ibisCardCardholderProfile`); use that for new work.
     * The connectFi customer record itself is changed with `POST /customer/update` (`customerUpdate`).
     * Changes or adds a customer's name, gender,
     * birth date, email, addresses and phones; any other property fails, and identification documents cannot change here.
     * **Designed here:** the response and lengths; the phone object was not captured.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /condor/customer/update` (condorCustomerUpdate)
     *
     * @deprecated Use `cfi.ibis.cardCardholderProfile()` (ibisCardCardholderProfile) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.customerUpdate({
     *   "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
     *   "email": "jessie.testman@example.com",
     *   "phones": [
     *     {
     *       "type": "MOBILE",
     *       "countryCode": "1",
     *       "number": "2155550143"
     *     }
     *   ]
     * });
     * ```
     */
    customerUpdate(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorCustomerUpdate, { body }, options);
    }
    /**
     * Get a customer (deprecated)
     *
     * Replaced by `POST /ibis/card/cardholder-profile` (`ibisCardCardholderProfile`); use that for new work.
     * The connectFi customer record itself is read with `GET /customer/status/{customerId}` (`customerStatus`).
     * Returns the customer as the /condor
     * processor holds it, under `condorCustomer`, in snake_case.
     * **Designed here:** required flags and lengths (the vendor shows the example only).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `GET /condor/customer/get/{customerId}` (condorCustomerGet)
     *
     * @deprecated Use `cfi.ibis.cardCardholderProfile()` (ibisCardCardholderProfile) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.customerGet("csta_6clNH3W2pBehujY8mpTCU8");
     * ```
     */
    customerGet(customerId, options) {
        return this.core.call(operations_js_1.operationMeta.condorCustomerGet, { path: { "customerId": customerId } }, options);
    }
    /**
     * Add another debit card (deprecated)
     *
     * Replaced by `POST /ibis/debit-card/add` (`ibisDebitCardAdd`); use that for new work.
     * Adds a further debit card, with its own checking account,
     * to a customer who has its /condor card; a customer can hold several. The card starts `NEW`.
     * **Designed here:** lengths, `cardId` and `accountId` in the response.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /condor/card/add` (condorCardAdd)
     *
     * @deprecated Use `cfi.ibis.debitCardAdd()` (ibisDebitCardAdd) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.cardAdd({
     *   "customerId": "csta_6clNH3W2pBehujY8mpTCU8",
     *   "cardAttributes": {
     *     "productID": "Virtual_Debit_Card",
     *     "nameOnCard": "JESSIE U TESTMAN 2",
     *     "designId": "1",
     *     "addressType": "PRIMARY",
     *     "issueType": "NEW",
     *     "additionalData": {
     *       "designId": "1"
     *     }
     *   }
     * });
     * ```
     */
    cardAdd(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorCardAdd, { body }, options);
    }
    /**
     * Activate a debit card (deprecated)
     *
     * Replaced by `POST /ibis/card/activate` (`ibisCardActivate`); use that for new work.
     * Activates a `NEW` card; `BLOCK`, `FRAUD_BLOCK`, `CLOSED` and
     * `ACTIVE` cards cannot be (use change-status). Any `activateAttributes` given are checked against the card and customer.
     * **Designed here:** the response, the other-identification value field, and the `extCondor` example (only C1004 on set-pin is the vendor's).
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /condor/card/activate` (condorCardActivate)
     *
     * @deprecated Use `cfi.ibis.cardActivate()` (ibisCardActivate) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.cardActivate({
     *   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
     *   "activateAttributes": {
     *     "cardLastFour": "0417",
     *     "cardExpDate": "1027-27"
     *   }
     * });
     * ```
     */
    cardActivate(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorCardActivate, { body }, options);
    }
    /**
     * Set a debit card PIN (deprecated)
     *
     * Replaced by `POST /ibis/card/set-pin` (`ibisCardSetPin`); use that for new work.
     * Sets the 4-digit PIN of a `NEW` or `ACTIVE` card; `BLOCK`,
     * `FRAUD_BLOCK` and `CLOSED` cards are declined by the processor (`extCondor`). The PIN is protected as on
     * `/ibis/card/set-pin`: `encryptedPin` carries RSA-OAEP (SHA-256) of `<PIN>|<cardId>|<dtsNow>`, and the vendor's clear
     * `newPin` goes only through the tokenization gateway, so no PIN appears in clear here.
     * **Designed here:** `encryptedPin`.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /condor/card/set-pin` (condorCardSetPin)
     *
     * @deprecated Use `cfi.ibis.cardSetPin()` (ibisCardSetPin) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.cardSetPin({
     *   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
     *   "encryptedPin": {
     *     "encryptedData": "cOjrl9lkq460ue_qsm-6mGBj6InvrKDtsOjio1_f_DDdmb0TE6SX3lWlHOzvK2uneZe86YRDdGmU2G0TwImUle9W17J4rZeGIVsIhbXX2T7L3TMcLW_w2RpUf8r-Z4zD9JzG1ZVnaCA0yPqftuGxEilVexsRMKbc2cFnDOQpe-IhA4VIHXZG91KWslnNc2Fzkh8saf9aggMzfW0UgBItjFOdwDiWslJ-W1q8QY9vvxL0pxgswfxwlxz_ah-S8ROwEH22N_k90oEq1LMrs0dpp7tBZw9b494ZYMc27tF-2ANx7niSdN1GLBCo6mRxoU2yuunPdOW5ArUr1WR1yDpN6A",
     *     "keyId": "je87i6-C2QJS7PHUAbJPqw"
     *   }
     * });
     * ```
     */
    cardSetPin(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorCardSetPin, { body }, options);
    }
    /**
     * Change a debit card status (deprecated)
     *
     * Replaced by `POST /ibis/card/set-status` (`ibisCardSetStatus`); use that for new work.
     * Moves a card to `ACTIVE`, `BLOCK`, `FRAUD_BLOCK` or
     * `CLOSED`, with an optional reason. A `CLOSED` card never changes again.
     * **Designed here:** the changes out of `NEW` other than activation, `cardId`/`accountId` in the response, and the `extCondor` example's sub-code.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /condor/card/change-status` (condorCardChangeStatus)
     *
     * @deprecated Use `cfi.ibis.cardSetStatus()` (ibisCardSetStatus) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.cardChangeStatus({
     *   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
     *   "statusAction": "FRAUD_BLOCK",
     *   "reason": "Test space"
     * });
     * ```
     */
    cardChangeStatus(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorCardChangeStatus, { body }, options);
    }
    /**
     * Reissue a debit card (deprecated)
     *
     * Replaced by `POST /ibis/card/reissue` (`ibisCardReissue`); use that for new work.
     * Reissues a card for an `issueType` (`NEW`, `REGISTRATION`,
     * `RE-ISSUE`, `EXPIRED`, `DAMAGED`). `CLOSED` and `FRAUD_BLOCK` cards cannot be reissued; a `BLOCK` card stays blocked.
     * **Designed here:** the response (the vendor's was not captured), lengths, and the `extCondor` example's sub-code.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /condor/card/re-issue` (condorCardReIssue)
     *
     * @deprecated Use `cfi.ibis.cardReissue()` (ibisCardReissue) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.cardReIssue({
     *   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
     *   "cardAttributes": {
     *     "issueType": "DAMAGED",
     *     "reference": "externalCrdId1234",
     *     "cardShippingMethod": "Standard"
     *   }
     * });
     * ```
     */
    cardReIssue(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorCardReIssue, { body }, options);
    }
    /**
     * Get a debit card balance (deprecated)
     *
     * Replaced by `POST /ibis/card/status` (`ibisCardStatus`); use that for new work.
     * Returns a card's available balance, which `/ibis/card/status` answers as `availableBalance`.
     * **Designed here:** the response (the vendor lists the endpoint only).
     * **Sandbox:** the card's `available_balance`, always in `USD` (designed).
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `GET /condor/card/balance/{cardId}` (condorCardBalance)
     *
     * @deprecated Use `cfi.ibis.cardStatus()` (ibisCardStatus) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.cardBalance("crda_fO2N93TnJZvSmUgFFClUA");
     * ```
     */
    cardBalance(cardId, options) {
        return this.core.call(operations_js_1.operationMeta.condorCardBalance, { path: { "cardId": cardId } }, options);
    }
    /**
     * Get a debit card (deprecated)
     *
     * Replaced by `POST /ibis/card/status` (`ibisCardStatus`); use that for new work.
     * Returns one card with its status and balance.
     * **Designed here:** the response, shaped like the change-status answer (the vendor lists the endpoint only).
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `GET /condor/card/get/{cardId}` (condorCardGet)
     *
     * @deprecated Use `cfi.ibis.cardStatus()` (ibisCardStatus) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.cardGet("crda_fO2N93TnJZvSmUgFFClUA");
     * ```
     */
    cardGet(cardId, options) {
        return this.core.call(operations_js_1.operationMeta.condorCardGet, { path: { "cardId": cardId } }, options);
    }
    /**
     * Load money onto a debit card (deprecated)
     *
     * Replaced by `POST /ibis/financial/funds-credit` (`ibisFinancialFundsCredit`); use that for new work.
     * Credits (loads) an amount greater than 0
     * onto a card, optionally with a reference, merchant and transaction type.
     * **Designed here:** the response (`transaction`, shaped like the reversal's answer) and lengths.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /condor/financial/credit` (condorFinancialCredit)
     *
     * @deprecated Use `cfi.ibis.financialFundsCredit()` (ibisFinancialFundsCredit) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.financialCredit({
     *   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
     *   "amount": 560.99,
     *   "currency": "USD",
     *   "reference": "externlCrdtId123",
     *   "transactionType": "CREDIT"
     * });
     * ```
     */
    financialCredit(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorFinancialCredit, { body }, options);
    }
    /**
     * Take money from a debit card (deprecated)
     *
     * Replaced by `POST /ibis/financial/funds-debit` (`ibisFinancialFundsDebit`); use that for new work.
     * Debits an amount greater than 0 from an
     * `ACTIVE` card with enough balance; the card's withdrawal limits per time window apply even when the balance suffices.
     * **Designed here:** the response, lengths, and the `extCondor` example's sub-code.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /condor/financial/debit` (condorFinancialDebit)
     *
     * @deprecated Use `cfi.ibis.financialFundsDebit()` (ibisFinancialFundsDebit) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.financialDebit({
     *   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
     *   "amount": 15.62,
     *   "currency": "USD",
     *   "reference": "externlCrdtId123",
     *   "merchant": {
     *     "mcc": "5813",
     *     "mccName": "Restaurant",
     *     "mccGroup": "F002-Restaurant-Eating and Drinking Places",
     *     "name": "Fantastic Fancy Dining",
     *     "city": "Chicago",
     *     "region": "Mid-West",
     *     "countryCodeA3": "USA"
     *   },
     *   "transactionType": "DEBIT"
     * });
     * ```
     */
    financialDebit(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorFinancialDebit, { body }, options);
    }
    /**
     * Move money between two debit cards (deprecated)
     *
     * Replaced by `POST /ibis/financial/card-to-card` (`ibisFinancialCardToCard`); use that for new work.
     * Moves money from one card's account (the
     * source) to another's (the beneficiary).
     * **Designed here:** the whole body and response (the vendor lists the endpoint only).
     *
     * Fidelity: designed (no vendor detail; confirm with PayGears).
     *
     * `POST /condor/financial/p2p` (condorFinancialP2p)
     *
     * @deprecated Use `cfi.ibis.financialCardToCard()` (ibisFinancialCardToCard) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.financialP2p({
     *   "sourceCardId": "crda_fO2N93TnJZvSmUgFFClUA",
     *   "beneficiaryCardId": "crda_5k11BrCFFq5BQX5VV2AnSU",
     *   "amount": 20,
     *   "currency": "USD",
     *   "reference": "p2p20230628x001"
     * });
     * ```
     */
    financialP2p(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorFinancialP2p, { body }, options);
    }
    /**
     * Get a debit card history (deprecated)
     *
     * Replaced by `POST /ibis/inquiry/transaction-history` (`ibisInquiryTransactionHistory`); use that for new work.
     * Lists a card's transactions,
     * newest first, optionally between two dates and of one status; with only `cardId`, the 20 most recent.
     * **Designed here:** the response key `transactions` and the bounds.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /condor/transaction/history` (condorTransactionHistory)
     *
     * @deprecated Use `cfi.ibis.inquiryTransactionHistory()` (ibisInquiryTransactionHistory) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.transactionHistory({
     *   "cardId": "crda_fO2N93TnJZvSmUgFFClUA",
     *   "dateFrom": "2021-01-01",
     *   "dateTo": "2022-10-14",
     *   "offset": 2,
     *   "numberOfTransactions": 20
     * });
     * ```
     */
    transactionHistory(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorTransactionHistory, { body }, options);
    }
    /**
     * Reverse a debit card transaction (deprecated)
     *
     * Replaced by `POST /ibis/financial/reversal` (`ibisFinancialReversal`); use that for new work.
     * Reverses a completed transaction, unless the card
     * is `BLOCK`, `FRAUD_BLOCK` or `CLOSED` or its account cannot cover the reversal. The answer is the reversed
     * transaction with the new running balance.
     * **Designed here:** `transaction_id` in the response, lengths, and the `extCondor` example's title. The vendor's example id `cс_...` has a Cyrillic
     * second letter, outside its own id pattern; the examples here use `cc_`.
     *
     * Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
     *
     * `POST /condor/transaction/reversal` (condorTransactionReversal)
     *
     * @deprecated Use `cfi.ibis.financialReversal()` (ibisFinancialReversal) instead.
     * @example
     * ```ts
     * const data = await cfi.condor.transactionReversal({
     *   "transactionId": "cc_3mMsxtaBouaAe6mJGY0kty",
     *   "forcePost": false,
     *   "reason": "Transaction refund"
     * });
     * ```
     */
    transactionReversal(body, options) {
        return this.core.call(operations_js_1.operationMeta.condorTransactionReversal, { body }, options);
    }
}
exports.CondorApi = CondorApi;
