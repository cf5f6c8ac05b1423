export interface paths {
	"/auth/get-token": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Get an access token
		* @description Logs the API user in and returns the token that every other call sends in the `x-connectfi-token` header, with
		*     its expiry `dtsExpireAt`. There is no refresh call: log in again before the token expires.
		*/
		post: operations["authGetToken"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/user/change-password": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Change the API user's password
		* @description Replaces the API user's password. Change the initial password before first use in production. The new password
		*     has 8–50 characters with at least one digit, one of `!@#$%^&*`, one lowercase and one uppercase letter.
		*/
		post: operations["userChangePassword"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/health": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Check that the instance is up
		* @description Answers when the connectFi instance is running. Needs no token.
		*     **Designed here:** the vendor lists the endpoint ("check the health of the application") but documents neither its method nor its body; `GET` and the `{status, dtsChecked}` body are designed.
		*/
		get: operations["healthCheck"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/customer/init": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Register a customer
		* @description Validates and registers an individual or a business customer. It does **not** start KYC/KYB: call
		*     `/akepa/identification` next. The body must match exactly one of the two schemas, told apart by `customerType`;
		*     when it matches neither, the `requestValidateError` lists the violations of both. For a business, a
		*     representative sent without `id` gets one generated; the answer carries every representative's id, which is the
		*     `entityId` of its KYC.
		*
		*     Do not register the same person or business twice: connectFi rejects a second customer with the same
		*     `reference`, the same SSN (individuals) or the same FEIN (businesses). Change a registered customer with
		*     `/customer/update`.
		*
		*     **Sandbox:** the customer's `lastName` chooses the KYC outcome. `WaitReview` makes `/akepa/identification`
		*     answer `pending_step_up`; after the front and back of a driver's licence are uploaded and linked with
		*     `/akepa/update`, the application is `waiting_review` until PayGears approves or denies it by hand. The vendor
		*     lists other trigger names in a table this description could not capture; this sandbox adds `Deny`, denied at
		*     once, and approves any other name at once (both designed).
		*
		*     **Designed here:** the vendor's property tables were not captured: the body mirrors the `GET /customer/status`
		*     record, and `legalName`, `FEIN`, `identificationDocument`, the role flags, required flags and lengths are ours;
		*     the answer is that record; duplicate SSNs and FEINs are assumed to answer `referenceExists`.
		*/
		post: operations["customerInit"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/customer/update": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Update a customer's contact details
		* @description Replaces the contact details a customer may change after `/customer/init`. An individual may change `email`,
		*     `addresses` and `phones`; a business may change `businessAddresses`, `businessPhones` and each business
		*     representative's `email`, `addresses` and `phones`. Each list sent replaces the stored one and holds at least one
		*     item. A field that does not belong to the customer's type fails with `invalidField`. When a KYC application is
		*     in `data_request`, supplying the missing data here resumes it.
		*
		*     **Designed here:** how the customer is named (`customerId`), the `customer` wrapper (as at `/customer/init`), the
		*     representative's `id` key, the answer (the updated record) and the `invalidField` and `customerNotFound` codes.
		*/
		post: operations["customerUpdate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/customer/status/{customerId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Get a customer
		* @description Returns the customer record: `{ reference, customerId, customerType, customer }`, where `customer` holds the
		*     individual's or the business's details. A business also lists its `employees`, and each business
		*     representative carries the id that is the `entityId` of its KYC.
		*
		*     **Designed here:** the vendor shows only the start of the individual answer: the rest of the individual record,
		*     the business record, `employees` items and the `customerNotFound` error are designed.
		*/
		get: operations["customerStatus"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/customer/add-employee": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Add an employee to a business
		* @description Adds an individual customer to a business customer as an employee, with a position. The individual must
		*     already be registered with `/customer/init`. An employee can then hold business cards and accounts.
		*
		*     **Designed here:** the answer (the employee record) and the error codes `customerNotFound` and
		*     `customerTypeMismatch` with their contexts.
		*/
		post: operations["customerAddEmployee"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/customer/disable-employee": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Disable an employee of a business
		* @description Disables an employee of a business customer. A disabled employee cannot get new business cards or accounts.
		*     Business representatives cannot be disabled.
		*
		*     **Designed here:** the answer (the employee record) and the error codes `employeeNotFound` and
		*     `representativeNotDisabled` with their contexts.
		*/
		post: operations["customerDisableEmployee"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/akepa/identification": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Start a KYC/KYB application
		* @description Starts the identity verification of a customer registered with `/customer/init`: KYC for an individual, KYB for
		*     a business (which passes only if every business representative passes KYC). The answer is the application
		*     (`iapp_...`); its `status` says what is needed next: `pending_step_up` or `pending_documents` (upload documents
		*     with `/akepa/document/generate`, `/akepa/document/upload/{documentId}` and `/akepa/update`), `data_request`
		*     (complete the customer with `/customer/update`), `running`, `waiting_review`, or `completed` with its `outcome`.
		*     Later changes that happen asynchronously are POSTed to `webhookURL` (`akepaStatusChanged`); poll them with
		*     `/akepa/status`. Identification may run several times for one customer, each with its own `reference`.
		*
		*     The vendor's schema spells the field `webhookURL` while its example body spells it `webhookUrl`; this spec keeps
		*     the schema's spelling, `webhookURL`.
		*
		*     **Sandbox:** the outcome follows the customer's `lastName` at `/customer/init`. For `WaitReview`, identification
		*     answers `pending_step_up`; once the front and back of a driver's licence are uploaded and linked with
		*     `/akepa/update`, the application is `waiting_review` until PayGears approves or denies it by hand.
		*
		*     **Designed here:** the answer (the `KycApplication` the webhook carries) and the `customerNotFound` code; the
		*     vendor documents the body and says only that the answer tells whether data or documents are needed.
		*/
		post: operations["akepaIdentification"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/akepa/status": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Get a KYC/KYB application
		* @description Returns one application of a customer with its status, its `outcome` once `completed`, and each entity's own
		*     status and outcome. Use it to confirm a webhook before acting on it. Replaces `GET /akepa/status/{customerId}`.
		*
		*     **Designed here:** the answer (the `KycApplication` the webhook carries) and the `applicationNotFound` code.
		*/
		post: operations["akepaStatus"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/akepa/status/{customerId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Get a customer's latest KYC/KYB application (older form)
		* @deprecated
		* @description Replaced by `POST /akepa/status` (`akepaStatus`), which names the application as well as the customer. This is
		*     the older path form of the status call: it answers the customer's latest application.
		*
		*     **Designed here:** the method (the older docs give only the path), "the latest application" and the answer
		*     (the `KycApplication` the webhook carries).
		*/
		get: operations["akepaStatusByCustomer"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/akepa/document/generate": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Declare a KYC/KYB document
		* @description Declares a document (its workflow, name, file extension and type) and returns its id, `doc_...`. Then upload
		*     the file with `/akepa/document/upload/{documentId}` and link it to an application with `/akepa/update`. For a
		*     driver's licence, declare the front and the back as two documents.
		*
		*     **Designed here:** the answer beyond the id (`uploadStatus` and `extension`, after the deprecated `/document`
		*     endpoints).
		*/
		post: operations["akepaGenerateDocument"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/akepa/document/upload/{documentId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Upload a KYC/KYB document's file
		* @description Uploads the file of a document declared with `/akepa/document/generate`, as `multipart/form-data` with the file
		*     in the form field `file`. An unknown `documentId` fails with 400. Then link the document with `/akepa/update`.
		*
		*     **Designed here:** the answer beyond the id (`uploadStatus` and `extension`) and the `documentNotFound` code of
		*     the documented 400.
		*/
		post: operations["akepaUploadDocument"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/akepa/update": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Link uploaded documents to a KYC/KYB application
		* @description Links documents uploaded with `/akepa/document/upload/{documentId}` to one entity of an application and resumes
		*     it. `entityId` is the `customerId` for an individual, or a business representative's id from `/customer/init`
		*     for a KYB. Link the front and back of a driver's licence in one call. Not allowed once the application is
		*     `completed`. The answer is the application with its new status.
		*
		*     **Sandbox:** for a customer whose `lastName` is `WaitReview`, linking the licence moves the application from
		*     `pending_step_up` to `waiting_review`; PayGears then approves or denies it by hand and the webhook reports it.
		*
		*     **Designed here:** the body beyond `documents` and `entityId` (`customerId`, `applicationId` and the
		*     `documents[]` item `{ documentId }`), the answer (the `KycApplication`) and the error codes `applicationCompleted`,
		*     `applicationNotFound` and `documentNotFound`.
		*/
		post: operations["akepaUpdate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/ach/create": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Create an ACH transfer
		* @description Creates one ACH credit or debit. connectFi answers at once with the transfer as `Initiated` and its
		*     `cFiTransactionId`, then delivers it to the ODFI in a NACHA batch over SFTP (several batches a day) and reports
		*     every later status change to `webhookUrl` (`achStatusChanged`). Idempotent on `reference`: a second create with
		*     the same reference fails with `referenceExists`; the same body under another reference is a new transfer.
		*
		*     **Effective date cut-offs** (Monday to Friday, US Central time): same-day settlement needs the create before
		*     9:30 am CST, next-day before 7:30 pm CST; otherwise choose a later `effectiveEntryDate`, or the call fails with
		*     `achEffectiveEntryDate`. Check a body first, without creating anything, with `POST /transfer-to/ach/validate`.
		*
		*     The same entries can be sent as CSV batch files over SFTP instead: the schemas `AchBatchFileName` (the file-name
		*     rule) and `AchBatchFileRow` (one line, columns in `x-connectfi-csv-columns` order) describe them.
		*
		*     **Sandbox:** amount 13.99 is created `Declined`; amount 13.01 is returned `R01` step by step as it is queried
		*     (both designed; see the trigger table).
		*
		*     **Designed here:** the required flags and lengths (from the NACHA record layout), the SEC-code set, and the
		*     answer, which mirrors the webhook body.
		*/
		post: operations["achCreate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/ach/validate": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Validate an ACH transfer without creating it
		* @description A dry run of `POST /transfer-to/ach/create`: the same body passes the same checks (schema, ACH profile, effective
		*     date cut-offs, amount, reference) and the answer looks like the create answer, but no transfer is created, no
		*     webhook is sent and the reference stays free.
		*
		*     **Designed here:** as for create, the required flags and lengths, and the answer (the vendor says only that it is
		*     similar to the create answer, with `cFiTransactionId` and status `Initiated`).
		*/
		post: operations["achValidate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/ach/query": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Query ACH transfers by ids or references
		* @description Returns the ACH transfers with the given `cFiTransactionIds` or `references` (exactly one of the two, 1 to 20
		*     items). Repeated ids return one record, unknown ids are ignored, and when none is found `data` is an empty list.
		*
		*     **Sandbox:** each query of a transfer of 13.01 moves it one step, `Sent`, `Complete`, then `Returned` with
		*     `returnCode` R01, and fires `achStatusChanged` (designed).
		*
		*     **Designed here:** the records, which mirror the webhook body (the vendor did not show the answer).
		*/
		post: operations["achQuery"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/ach/list": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* List ACH transfers
		* @description Lists ACH transfers that match every filter given (id, reference, status, creation date range); an empty body
		*     lists them all. At most 1000 per call (the default); when more match, `more` is true: ask again with a larger
		*     `skipRecords`.
		*
		*     **Designed here:** the array key `transactions` and the records, which mirror the webhook body.
		*/
		post: operations["achList"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/ach/export-list": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Export ACH transfers as CSV
		* @description The list's filters, plus the NACHA package (`cFiPackageId`) and the ACH profile (`clientCode`), answered as a CSV
		*     file of at most 100000 transfers (the default).
		*
		*     **Designed here:** the CSV columns (the vendor did not show the file); they mirror the webhook body.
		*/
		post: operations["achExportList"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/ach/return-rates": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Get the client's ACH return rates
		* @description Returns the client's ACH return rates, calculated daily over the rolling 60 days before each date, against the
		*     Nacha thresholds: unauthorized below 0.5 %, administrative below 3.0 %, overall below 15.0 % (overall excludes
		*     RCK), with the number of days out of compliance. With `date`, the record of that day; without it, up to 1000
		*     records, newest `maxDate` first.
		*
		*     **Designed here:** the record's field names (the vendor did not show the answer).
		*/
		post: operations["achReturnRates"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/bills/billers/download": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Download the whole RPPS biller directory
		* @description Returns every biller of the Mastercard RPPS directory (about 44,000) as one very large array. Download it at most
		*     once a day and search your copy; for a few billers use `POST /transfer-to/bills/billers/list` or
		*     `GET /transfer-to/bills/biller/{billerId}` instead.
		*
		*     **Designed here:** the field types of the biller record (the vendor shows the snake_case field names only).
		*/
		get: operations["billsBillersDownload"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/bills/billers/list": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Search the RPPS biller directory
		* @description Lists billers by id or ids, by part of the name (`billerName`) or of an alternative name (`aka`). At most 100
		*     billers per call (the default); when more match, `more` is true: ask again with a larger `skipRecords`.
		*
		*     **Designed here:** the array key `billers` and the field types of the biller record.
		*/
		post: operations["billsBillersList"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/bills/biller/{billerId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Get one RPPS biller with its addresses and masks
		* @description Returns one biller of the RPPS directory under `original`: the directory record, its `addresses` and its
		*     account-number `masks`. Check an account number against the masks before initiating a payment
		*     (`rppsMaskMatch` otherwise).
		*
		*     **Designed here:** the fields of the address and mask records beyond those the vendor shows, and the field types.
		*/
		get: operations["billsBiller"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/bills/public-encryption-keys": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Get the public keys for encrypting account numbers
		* @description Returns connectFi's two RSA public keys, `primary` and `secondary`, each in PEM (SPKI) and JWK form. Encrypt the
		*     consumer's account number with either one and send it as `accountNumberEncrypted` to
		*     `POST /transfer-to/bills/initiate`:
		*
		*     - **Scheme:** RSA-OAEP with SHA-256 (and MGF1-SHA-256) over the UTF-8 account number. In node:
		*       `crypto.publicEncrypt({ key: pem, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(accountNumber, 'utf8')).toString('base64')`;
		*       with WebCrypto: import the JWK as `{ name: 'RSA-OAEP', hash: 'SHA-256' }` and `encrypt`. The result is standard
		*       base64, exactly 344 characters (2048-bit keys).
		*     - **Environments:** the keys differ between sandbox and production; never mix them.
		*     - **Rotation:** both keys decrypt, so PayGears can replace one while the other keeps working. Fetch the keys at
		*       start-up and again when an initiate fails with `rppsDecryptAccountNumber`, and encrypt with `primary`.
		*     - The plain account number never needs to reach your servers in clear: encrypt it where it is entered.
		*
		*     **Designed here:** the field names `primary`, `secondary`, `pem` and `jwk` (the vendor shows both keys in both
		*     forms, not the answer's field names), and the rotation advice.
		*/
		get: operations["billsPublicEncryptionKeys"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/bills/initiate": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Initiate a bill payment to an RPPS biller
		* @description Starts a payment to a Mastercard RPPS biller and answers it as `Initiated`. Store its `cFiTransactionId` and
		*     call `POST /transfer-to/bills/execute` to send it (status `Processing`); PayGears sends files to RPPS several
		*     times a day, and every later status change goes to `webhookUrl` (`billsStatusChanged`).
		*
		*     **The account number** goes in exactly one of two fields:
		*     - `accountNumberEncrypted` (required unless PayGears agreed otherwise): the UTF-8 account number encrypted with
		*       RSA-OAEP / SHA-256 under one of the two public keys of `GET /transfer-to/bills/public-encryption-keys` (primary
		*       or secondary; the keys differ per environment), as standard base64 of exactly 344 characters;
		*     - `accountNumber` in clear, only where PayGears allows it (`rppsAccountNumberEncrypted` otherwise).
		*
		*     The account number must fit one of the biller's masks (see `GET /transfer-to/bills/biller/{billerId}`).
		*     Idempotent on `reference`, but a biller may itself reject several payments in one billing cycle. Reversals
		*     (`isReversal`) need a separate agreement with PayGears (`rppsIsReversal`, HTTP 401, otherwise).
		*
		*     **Designed here:** the required flags and lengths, the `deliveryTimeCode` pattern, the reversal's
		*     `originalCFiTransactionId`, and the answer, which mirrors the webhook body.
		*/
		post: operations["billsInitiate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/bills/execute": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Execute an initiated bill payment
		* @description Sends an `Initiated` payment on its way: it becomes `Processing` and goes to Mastercard RPPS in the next file
		*     (several a day). This change fires no webhook; the next ones (`Sent`, `Complete`, ...) do.
		*
		*     **Designed here:** the answer's fields after `amount`, which mirror the webhook body (the vendor's example stops
		*     there).
		*/
		post: operations["billsExecute"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/bills/query": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Query bill payments by ids or references
		* @description Returns the bill payments with the given `cFiTransactionIds` or `references` (exactly one of the two, 1 to 20
		*     items). Repeated ids return one record, unknown ids are ignored, and when none is found `data` is an empty list.
		*
		*     **Designed here:** the whole call follows the shared query pattern; the vendor's page for it is not available.
		*/
		post: operations["billsQuery"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/bills/list": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* List bill payments
		* @description Lists bill payments that match every filter given (ids, reference, creation, settlement or exception date,
		*     status, biller, batch); an empty body lists them all. At most 1000 per call (the default); when more match,
		*     `more` is true: ask again with a larger `skipRecords`.
		*
		*     **Designed here:** the vendor's page for this call is not available: the filters are the export's, the rest is
		*     the shared list pattern with the array key `transactions`.
		*/
		post: operations["billsList"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/bills/summary": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Get one day's RPPS settlement summary
		* @description Summarises one settlement day: totals for payments (`disburse`), reversals (`purchase`), `adjustments` and `fees`,
		*     the day's payments, the exceptions RPPS reported, and `notes` on every discrepancy. RPPS settles the same or the
		*     next business day, so ask for yesterday, once a day, and reconcile the settlement account against it.
		*
		*     **Designed here:** the answer's shape apart from the bucket names and `notes` (the vendor names them only).
		*/
		post: operations["billsSummary"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/bills/export": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Export bill payments as CSV
		* @description The bill filters (ids, reference, creation, settlement or exception date, status, biller, batch), answered as a
		*     CSV file of at most 100000 payments (the default).
		*
		*     **Designed here:** the CSV columns (the vendor did not show the file); they mirror the webhook body.
		*/
		post: operations["billsExport"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/card/register": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Register an external card
		* @description Registers a card that connectFi did not issue, so that you can push money to it or pull money from it. Send
		*     `reference`, the `owner`, and exactly one of:
		*
		*     - `card`: the card data encrypted by you. Encrypt `PAN|YYYYMM|CVV` with RSA-OAEP SHA-256 under the public key
		*       PayGears gives you and send it as 342 base64url characters, with the key's `keyId` (see `CardEncryptedData`);
		*     - `clearCard`: the card in clear, sent through connectFi's tokenization gateway, which replaces the PAN and the
		*       security code with aliases before connectFi sees them. A `clearCard` whose account number arrives unredacted
		*       fails with `toucanClearCardNotRedacted`.
		*
		*     The answer carries the card id `cFiCardId` (`tcrd_...`) and only the last 4 digits of the PAN. The same card may
		*     be registered again under another `reference`; a repeated `reference` fails with `referenceExists`.
		*
		*     **Designed here:** the answer's fields; the `clearCard` fields and the alias pattern that makes a redacted value;
		*     the key and `keyId` reach you out of band (the vendor documents no key endpoint for cards).
		*/
		post: operations["cardRegister"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/card/get/{cardId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Get a registered card
		* @description Returns a registered external card by its `cFiCardId` (`tcrd_...`): the reference, the owner and the last 4
		*     digits of the PAN, never the PAN itself.
		*
		*     **Designed here:** the vendor lists the path but shows neither method nor answer; `GET` follows from the path
		*     parameter, and the answer is the registration's record.
		*/
		get: operations["cardGet"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/card/push": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Push money to a registered card
		* @description Sends money from your settlement account (at Evolve Bank) to a registered external card. Such transfers usually
		*     complete within seconds. `reference`, `cFiCardId`, `amount`, `currency` and `narrative` are required;
		*     `softDescriptor` sets what the cardholder's statement shows. Idempotent on `reference`: a repeated `reference`
		*     fails with `referenceExists`. Later status changes arrive by the `cardStatusChanged` webhook.
		*
		*     **Sandbox:** amount 14.05 is declined and 14.10 is refused with `toucanPushNotAllowed` (designed).
		*
		*     **Designed here:** the answer (the transaction record, `CardTransaction`); the vendor shows no response body.
		*/
		post: operations["cardPush"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/card/pull": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Pull money from a registered card
		* @description Moves money from a registered external card to your settlement account (at Evolve Bank); the body is the same as
		*     the push's. Usually completes within seconds. Idempotent on `reference`: a repeated `reference` fails with
		*     `referenceExists`. A completed pull can be reversed with `/transfer-to/card/reversal`. Later status changes
		*     arrive by the `cardStatusChanged` webhook.
		*
		*     **Sandbox:** amount 14.05 is declined and 14.10 is refused with `toucanPullNotAllowed` (designed).
		*
		*     **Designed here:** the answer (the transaction record, `CardTransaction`); the vendor shows no response body.
		*/
		post: operations["cardPull"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/card/transactions-query": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Query push and pull transactions
		* @description Returns the push and pull transactions named by exactly one of `cFiTransactionIds` or `references` (1–20
		*     items). Repeated ids return one record, unknown ids are ignored, and when none is found the answer is `code "0"`
		*     with an empty list. Sending both lists fails with `transactionQuery`.
		*
		*     The vendor spells this path `transactions-query` (as on acquiring); the issue's `/transaction-query` is not used.
		*
		*     **Designed here:** the record's fields (`CardTransaction`); the vendor shows no response body.
		*/
		post: operations["cardTransactionQuery"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/card/list/transactions": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* List push and pull transactions
		* @description Lists push and pull transactions, newest first. The filters (`dateCreateFrom`, `dateCreateTo`, `status`,
		*     `reversalStatus`) combine freely; an empty body lists everything. `numberOfRecords` defaults to and caps at 1000
		*     (more fails with `greaterNumberOfRecords`); page with `skipRecords` while `more` is true.
		*
		*     **Designed here:** the answer's array key `transactions` (the vendor documents only `more`), the record's fields
		*     and the order.
		*/
		post: operations["cardListTransactions"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/card/reversal": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Reverse a pull from a card
		* @description Returns the money of a completed **pull** to the card. Push transactions cannot be reversed, and neither can a
		*     pull already reversed: both fail with `toucanCannotReverseError`. The answer is the pull with its new
		*     `reversalStatus` (`Reversal` while the processor confirms, then `Reversed`).
		*
		*     **Designed here:** the vendor documents the endpoint and its error but not its body or answer; the body
		*     (`cFiTransactionId`, optional partial `amount`) and the answer are designed.
		*/
		post: operations["cardReversal"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/wire": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Send a wire
		* @description Sends one US domestic wire over Fedwire from the client's end-user account. Fedwire transfers are final and
		*     irrevocable once processed; the Fedwire business day runs from 9:00 pm ET the day before to 7:00 pm ET, and
		*     customer transfers close at 6:00 pm ET, Monday to Friday. A wire that cannot go out at once (nightly maintenance,
		*     insufficient funds) is saved as `Initiated` and retried; every later status change is POSTed to `webhookURL`
		*     (`wireStatusChanged`; note the capital `URL` on wires). Idempotent on `reference`.
		*
		*     The beneficiary's address line 1 must not be a P.O. box.
		*
		*     **Sandbox:** the amount and the beneficiary's `bankABANumber` choose the outcome: 16.95 and 16.97 are saved as
		*     `Initiated` (nightly updates, amount exceeds balance); 16.98 and 16.99 fail (invalid source account, core system
		*     error); amounts above 17.00 exceed, by band, the account's daily total (to 18.00), the per-wire limit (to 19.00),
		*     the company's daily total (to 20.00) and the company's wire limit (above 20.00); 12.91 and 12.92 start `Initiated`
		*     and become `Complete` or `Declined` when queried; `bankABANumber` 110000000 and 120000000 fail; a P.O. box as the
		*     beneficiary's address line 1 is a request error. Each trigger has a request example.
		*
		*     **Designed here:** the required flags and lengths (from the Fedwire message format), the answer (it mirrors the
		*     webhook body) and the error code `wireRejected` with its `subCode`s for the back office's refusals (the vendor
		*     gives only their messages).
		*/
		post: operations["wireCreate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/wire/query": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Query wires by ids or references
		* @description Returns the wires with the given `cFiTransactionIds` or `references` (exactly one of the two, 1 to 20 items).
		*     Repeated ids return one record, unknown ids are ignored, and when none is found `data` is an empty list.
		*
		*     **Sandbox:** querying a wire sent with amount 12.91 moves it from `Initiated` to `Complete`, and one sent with
		*     12.92 to `Declined`; either change also fires `wireStatusChanged`. Each trigger has a request example.
		*
		*     **Designed here:** the records, which mirror the webhook body (the vendor's page for this call is not available).
		*/
		post: operations["wireQuery"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/wire/list": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* List wires
		* @description Lists wires that match every filter given (one id or several, reference, creation date range, status); an empty
		*     body lists them all. At most 1000 per call (the default); when more match, `more` is true: ask again with a
		*     larger `skipRecords`.
		*
		*     **Designed here:** the array key `transactions` and the records, which mirror the webhook body.
		*/
		post: operations["wireList"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/wire/export-list": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Export wires as CSV
		* @description The list's filters, answered as a CSV file of at most 100000 wires (the default).
		*
		*     **Designed here:** the CSV columns (the vendor did not show the file); they mirror the webhook body.
		*/
		post: operations["wireExportList"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/combo/card/register": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Register an external card for unified payments
		* @description Registers an external card for the `pull` and `push` unified payments, with the same body as
		*     `/transfer-to/card/register`: `reference`, the `owner`, and exactly one of `card` (the card data encrypted by you
		*     with RSA-OAEP SHA-256: 342 base64url characters and the key's `keyId`) or `clearCard` (redacted by connectFi's
		*     tokenization gateway before connectFi sees it). The answer carries the card id `cFiCardId` (`tcrd_...`) and only
		*     the last 4 digits of the PAN. A repeated `reference` fails with `referenceExists`.
		*
		*     **Designed here:** the answer's fields and the `clearCard` alias pattern (as on push/pull); the key and `keyId`
		*     reach you out of band.
		*/
		post: operations["comboCardRegister"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/combo/create": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Send a payment on any rail
		* @description Creates an ACH transfer, a wire, a pull from a card or a push to a card. `transferType` (`ach`, `wire`, `pull`,
		*     `push`) picks the rail, and the rest of the body is that rail's own create body, with its rules: ACH cut-offs
		*     and `effectiveEntryDate`, wire `webhookURL` and limits, registered cards (`/transfer-to/combo/card/register`) for
		*     `pull` and `push`. Idempotent on `reference`: a repeated `reference` fails with `referenceExists`.
		*
		*     **Designed here:** the vendor documents the body (each rail's body plus `transferType`) but neither the answer
		*     nor the errors; the answer is the rail's own record tagged with `transferType`, and each rail's errors are taken
		*     to carry over.
		*/
		post: operations["comboCreate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/transfer-to/combo/query": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Query payments on any rail
		* @description Returns the payments named by exactly one of `cFiTransactionIds` (items `{ transferType, cFiTransactionId }`) or
		*     `references` (items `{ transferType, reference }`), 1–20 items. Repeated items return one record, unknown ids are
		*     ignored, and when none is found the answer is `code "0"` with an empty list. Sending both lists fails with
		*     `transactionQuery`.
		*
		*     **Designed here:** the records (each rail's own record tagged with `transferType`); the vendor shows no response
		*     body.
		*/
		post: operations["comboQuery"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/acquiring/register": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Register a customer's card for acquiring
		* @description Registers the debit or credit card of a customer who pays you, with the same body as
		*     `/transfer-to/card/register`: `reference`, the `owner`, and exactly one of `card` (encrypted by you with
		*     RSA-OAEP SHA-256, 342 base64url characters and a `keyId`) or `clearCard` (redacted by connectFi's tokenization
		*     gateway). The answer carries the card id `cFiCardId` (`tcrd_...`) and only the last 4 digits of the PAN. The same
		*     card can be registered several times under different references; a repeated `reference` fails with
		*     `referenceExists`.
		*
		*     **Designed here:** the answer's fields and the `clearCard` alias pattern (as on push/pull); the acquiring error page
		*     was not available, so the push/pull register's `toucanClearCardNotRedacted` is taken to apply.
		*/
		post: operations["acquiringRegister"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/acquiring/pull": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Charge a registered card
		* @description Pulls money from a card registered with `/acquiring/register` into your settlement account, with the same body as
		*     `/transfer-to/card/pull`: `reference`, `cFiCardId`, `amount`, `currency`, `narrative` (required) and an optional
		*     `softDescriptor` for the cardholder's statement. Idempotent on `reference`: a repeated `reference` fails with
		*     `referenceExists`.
		*
		*     **Sandbox:** amount 14.05 is declined (designed).
		*
		*     **Designed here:** the answer (the transaction record, `CardTransaction`, with `transferType` always `pull`).
		*/
		post: operations["acquiringPull"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/acquiring/transactions-query": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Query acquiring transactions
		* @description Returns the acquiring transactions named by exactly one of `cFiTransactionIds` or `references` (1–20 items).
		*     Repeated ids return one record, unknown ids are ignored, and when none is found the answer is `code "0"` with an
		*     empty list. Sending both lists fails with `transactionQuery`.
		*
		*     **Designed here:** the record's fields (`CardTransaction`); the vendor shows no response body.
		*/
		post: operations["acquiringTransactionQuery"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/acquiring/list": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* List acquiring transactions
		* @description Lists acquiring transactions, newest first. The filters (`dateCreateFrom`, `dateCreateTo`, `status`,
		*     `reversalStatus`) combine freely; an empty body lists everything. `numberOfRecords` defaults to and caps at 1000
		*     (more fails with `greaterNumberOfRecords`); page with `skipRecords` while `more` is true.
		*
		*     **Designed here:** the answer's array key `transactions` (the vendor documents only `more`), the record's fields
		*     and the order.
		*/
		post: operations["acquiringList"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/acquiring/reversal": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Reverse a charge
		* @description Returns the money of a completed acquiring charge to the card. The answer is the charge with its new
		*     `reversalStatus` (`Reversal` while the processor confirms, then `Reversed`).
		*
		*     **Designed here:** the vendor lists the endpoint but its body was not found; it takes the push/pull reversal's
		*     designed body (`cFiTransactionId`, optional partial `amount`), answers the transaction record, and refuses a transaction that is not Complete or already reversed with the push/pull code `toucanCannotReverseError`.
		*/
		post: operations["acquiringReversal"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/check/print": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Print and mail a check
		* @description Creates a check that the bank prints on trifold stock and mails by USPS First Class in a #10 double-window
		*     envelope. Checks in `Processing` go to the bank by SFTP several times a day; mailing takes up to 2 business days
		*     and delivery 7–10 days. Each check gets a serial number. Status changes are POSTed to `webhookUrl`
		*     (`checkStatusChanged`). Idempotent on `reference`: a repeated `reference` fails with `referenceExists`.
		*
		*     **Sandbox:** a check for 15.01 is rejected by AutoMail (`Declined`); one for 15.02 counts as mailed, so voiding it
		*     is refused (designed).
		*
		*     **Designed here:** the vendor shows only an example body, so the required flags and lengths of
		*     `checkAttributes` are designed; the answer is the check as `/check/get` returns it.
		*/
		post: operations["checkPrint"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/check/get/{checkId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Get a check
		* @description Returns a check by its `cFiCheckId` (`chk_...`): serial number, amount, `cFiCheckStatus`, whether a void is
		*     pending (`initVoid`) and the webhook URL.
		*
		*     **Designed here:** the types the vendor does not give (`serial` as an integer) and the `checkNotFound` code.
		*/
		get: operations["checkGet"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/check/query": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Query checks
		* @description Returns the checks named by exactly one of `cFiCheckIds` or `references` (1–20 items). Repeated ids return one
		*     check, unknown ids are ignored, and when none is found the answer is `code "0"` with an empty list. Sending both
		*     lists fails with `transactionQuery`.
		*
		*     **Designed here:** the record's types the vendor does not give, as on `/check/get` (`serial` as an integer).
		*/
		post: operations["checkQuery"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/check/void": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Void a check
		* @description Voids a check. Voided before it was sent to the bank, the check becomes `Cancelled` and is never printed. Voided
		*     after, it is still printed and mailed, but the bank refuses to pay it: the check keeps its status with
		*     `initVoid: true` until the bank confirms, then becomes `Cancelled`.
		*
		*     **Sandbox:** a check printed for 15.02 counts as already mailed: the void answers `checkVoidNotAllowed`
		*     (designed).
		*
		*     **Designed here:** the answer (the check as `/check/get` returns it); the vendor documents only the body; and the
		*     codes `checkNotFound` and `checkVoidNotAllowed` (a check already mailed, cancelled or declined).
		*/
		post: operations["checkVoid"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/check/list": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* List checks
		* @description Lists checks, newest first. The filters (`cFiCheckId`, `cFiCheckIds`, `reference`, `dateCreateFrom`,
		*     `dateCreateTo`, `cFiCheckStatus`, `initVoid`) combine freely; an empty body lists every check.
		*     `numberOfRecords` defaults to and caps at 1000 (more fails with `greaterNumberOfRecords`); page with
		*     `skipRecords` while `more` is true.
		*
		*     **Designed here:** the answer's array key `checks` (the vendor documents only `more`), the keys of the status and
		*     void filters, and the order.
		*/
		post: operations["checkList"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/check/export-list": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Export checks as CSV
		* @description The list's filters, answered as a `.csv` file of up to 100000 checks (the default and the cap; more fails with
		*     `greaterNumberOfRecords`). An empty body exports every check, up to 100000.
		*
		*     **Designed here:** the CSV's columns (one per field of the check record, in its order, with a header row); the
		*     vendor documents only that the answer is a CSV file.
		*/
		post: operations["checkExportList"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/account/add": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Open a vAccount without a card
		* @description Opens an /ibis vAccount for an existing customer, with no card attached. The answer carries the account number
		*     `vAccountNumber` and the routing number `abaRoutingNumber`, so the account can receive ACH and wires. Check the
		*     customer's KYC/KYB outcome first (`/customer/status/{customerId}` or `/akepa/status`). The vAccount's `cFiAccountId`
		*     can stand in for `cFiCardId` on every `/ibis/card/*` endpoint. Idempotent on `reference`.
		*     **Designed here:** the request body, the response record (`IbisCard` with `productType: vAccount`) and the
		*     `customerNotFound` and `kycNotApproved` errors.
		*/
		post: operations["ibisAccountAdd"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/debit-card/add": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Issue a debit card
		* @description Issues a debit card, with its own vAccount, to an existing customer who passed KYC/KYB. The card starts in status
		*     `A` (issued, not active): activate it with `/ibis/card/activate` once the cardholder has it, and set its PIN with
		*     `/ibis/card/set-pin`. Idempotent on `reference`.
		*     **Designed here:** required flags and lengths (the vendor shows the shape through the credit-card example), the
		*     response record, `customerNotFound` and `kycNotApproved` (the vendor states the rule, a card only for an
		*     initialized customer whose documents are uploaded and whose KYC is APPROVED, but not its code).
		*/
		post: operations["ibisDebitCardAdd"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/credit-card/application": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Apply for credit
		* @description Starts a credit application for an existing customer who passed KYC/KYB. The decision may come at once or later:
		*     poll `GET /ibis/credit-card/application/{applicationId}`. Once `approved`, issue the card with
		*     `/ibis/credit-card/add`, up to `approvedCreditLimit`. Idempotent on `reference`.
		*     **Designed here:** the request body, the response record and its status values (the vendor lists the endpoint only).
		*/
		post: operations["ibisCreditCardApplication"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/credit-card/application/{applicationId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Get a credit application
		* @description Returns a credit application and, once decided, its outcome and `approvedCreditLimit`.
		*     **Designed here:** the response record and the `creditApplicationNotFound` error (the vendor lists the endpoint only).
		*/
		get: operations["ibisCreditCardApplicationGet"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/credit-card/add": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Issue a credit card
		* @description Issues a credit card to a customer whose credit application is `approved`, with a `creditLimit` up to the approved
		*     limit. The card starts in status `A`, like a debit card. Idempotent on `reference`.
		*     **Designed here:** required flags and lengths (the vendor shows only the example), the response record and the `creditApplicationStatus` and `creditLimitExceeded` errors.
		*/
		post: operations["ibisCreditCardAdd"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/card/activate": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Activate a card
		* @description Activates a card or vAccount: its status becomes `B` (on). Allowed from `A` (issued), and from `S` (off) to turn a
		*     card back on. A vAccount's `cFiAccountId` can stand in for `cFiCardId`. `attributes.cardExpDate` (MMYY), when given, must match the card, which proves the cardholder
		*     holds it.
		*     **Designed here:** the response record and the `ibisCardStatus` and `cardExpDateMismatch` errors. The vendor's page also allows `I`, which its status table does not; the lifecycle follows the table.
		*/
		post: operations["ibisCardActivate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/card/set-pin": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Set or change a card PIN
		* @description Sets a card's 4-digit PIN, first or again. Allowed while the card is `A` or `B`; `/ibis/card/check-pin` succeeds only
		*     after a PIN was set. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
		*
		*     PINs never travel or appear in clear here: send `encryptedPin`, an RSA-OAEP (SHA-256) encryption of
		*     `<PIN>|<cFiCardId>|<dtsNow>` under the connectFi public key `keyId` (the card-data key), base64url-encoded; see
		*     `IbisCardPinRequest`. connectFi decrypts it inside its PCI zone and refuses a block for another card or older than 5
		*     minutes (`ibisPinDecrypt`). The vendor's clear `pin` field stays accepted only through the tokenization gateway.
		*
		*     **Designed here:** the PIN protection (`encryptedPin`, its plaintext and key), the response record and the `ibisCardStatus` and `ibisPinDecrypt` errors.
		*/
		post: operations["ibisCardSetPin"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/card/check-pin": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Check a card PIN
		* @description Tells whether a PIN is the card's. Allowed only while the card is `B`, after `/ibis/card/set-pin`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
		*
		*     PINs never travel or appear in clear here: send `encryptedPin`, an RSA-OAEP (SHA-256) encryption of
		*     `<PIN>|<cFiCardId>|<dtsNow>` under the connectFi public key `keyId` (the card-data key), base64url-encoded; see
		*     `IbisCardPinRequest`. connectFi decrypts it inside its PCI zone and refuses a block for another card or older than 5
		*     minutes (`ibisPinDecrypt`). The vendor's clear `pin` field stays accepted only through the tokenization gateway.
		*
		*     **Designed here:** the PIN protection, the response record `IbisPinCheck` and the errors.
		*     **Sandbox:** keeps no PIN, so every PIN block it can decrypt is valid with 3 attempts left (designed).
		*/
		post: operations["ibisCardCheckPin"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/card/status": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Get a card
		* @description Returns a card or vAccount with its status code, found by exactly one of `cFiCardId` or the `reference` it was
		*     added with (sending both fails). A vAccount's `cFiAccountId` can stand in for `cFiCardId`. Allowed in every status.
		*     **Designed here:** the response record beyond `statusCode` (the vendor says it returns "the available details").
		*/
		post: operations["ibisCardStatus"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/card/set-status": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Change a card status
		* @description Moves a card or vAccount to `B` (on), `I` (inactive), `S` (off: fraud or lost) or `F` (closed), with an optional
		*     `description` of up to 60 characters. Only the changes of the `IbisCardStatus` lifecycle are allowed: `A` can never be
		*     set, and a closed card (`F`) never changes. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
		*     **Designed here:** the response record and the `ibisStatusChange` error (the request is the vendor's).
		*/
		post: operations["ibisCardSetStatus"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/card/cardholder-profile": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Get the cardholder of a card
		* @description Returns the person behind a card: the name on the card and the customer's name, address and contacts. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
		*     **Designed here:** the request and response (the vendor lists the endpoint only).
		*     **Sandbox:** the name on the card is the one the card was added with, else `CARDHOLDER`; the rest is the stored customer's (designed).
		*/
		post: operations["ibisCardCardholderProfile"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/card/reissue": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Reissue a card
		* @description Reissues a card with the same card number (`reissueType` `1`, or `2` with a new expiry) or a new one (`3`, e.g. after
		*     loss or theft), for a `reasonCode`; which types and reasons are allowed depends on the card program. The answer is the
		*     reissued card. A closed card (`F`) cannot be reissued. Idempotent on `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
		*     **Designed here:** the response record and the errors; the vendor's optional `profile` object is not captured.
		*/
		post: operations["ibisCardReissue"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/card/list": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* List the cards of a customer
		* @description Lists a customer's cards and vAccounts, optionally of one status, with the shared list pattern: at most 1000 per
		*     page (`numberOfRecords`), paged with `skipRecords`, and `more: true` when more match.
		*     **Designed here:** the filters beyond `customerId`, and the array's key `cards`.
		*/
		post: operations["ibisCardList"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/card/get-auth-data": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Get the card data for its cardholder
		* @description Returns the card's full PAN, expiry and CVV for showing to its own cardholder (for example a virtual card in the
		*     client's app), never in clear: `authData` is `PAN|expiryYYYYMM|CVV` encrypted with RSA-OAEP (SHA-256) under the
		*     client's public key that PayGears registered, named by `keyId`. Decrypt only on the cardholder's device. Needs the
		*     token like every call. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
		*     **Designed here:** the whole exchange (the vendor lists the endpoint only).
		*     **Sandbox:** answers the documented `authData` for every card (it holds no card data and no client key; designed).
		*/
		post: operations["ibisCardGetAuthData"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/financial/card-to-card": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Move money between two cards
		* @description Moves money from one issued card or vAccount to another, at once. The debited card (`cardFromId`) must be in status
		*     `B` (on); anything else fails with `ibisCardStatus`. The two ids must differ, which JSON Schema cannot express (it
		*     compares no two values), so connectFi checks it (`ibisSameCard`). Only USD. A transfer between two cards of one card
		*     program can later be reversed with `/ibis/financial/reversal`. Idempotent on `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
		*     **Designed here:** required flags, the response record, and the `ibisSameCard` and `insufficientFunds` errors.
		*/
		post: operations["ibisFinancialCardToCard"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/financial/funds-credit": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Load money onto a card
		* @description Pushes money from the client's settlement account onto a card or vAccount, at once. The card must not be closed
		*     (`F`). Only USD. Idempotent on `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
		*     **Designed here:** the body (shaped like card-to-card), the response and the errors (the vendor lists the endpoint only).
		*/
		post: operations["ibisFinancialFundsCredit"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/financial/funds-debit": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Take money back from a card
		* @description Pulls money from a card or vAccount back to the client's settlement account, at once. Like every debit of a card, it
		*     needs the card in status `B` (`ibisCardStatus` otherwise) and enough available balance. Only USD. Idempotent on
		*     `reference`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
		*     **Designed here:** the body (shaped like card-to-card), the response and the errors (the vendor lists the endpoint only).
		*/
		post: operations["ibisFinancialFundsDebit"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/financial/reversal": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Reverse a card-to-card transfer
		* @description Reverses a card-to-card transfer, in whole (no `amount`) or in part (`amount` > 0, at most what is left). Only
		*     card-to-card transfers between two cards of the same `cardProgramId` can be reversed; that rule compares two stored
		*     cards, so no schema can state it, and connectFi refuses others with `ibisReversalNotAllowed`. The answer is the
		*     reversal itself (`transferType: reversal`, `originalFundsId` the reversed transfer), whose amount moves back from
		*     `cardToId` to `cardFromId`.
		*     **Designed here:** the response record and the `ibisReversalNotAllowed` and `ibisReversalAmountExceeded` errors (the body is the vendor's). Reversals of funds-credit and funds-debit are not supported.
		*/
		post: operations["ibisFinancialReversal"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/financial/retrieve": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Get a funds transfer
		* @description Returns one /ibis funds transfer (card-to-card, credit, debit or reversal), found by exactly one of `cFiFundsId` or
		*     its `reference`, with how much of it was reversed.
		*     **Designed here:** the body and the response (the vendor lists the endpoint only).
		*/
		post: operations["ibisFinancialRetrieve"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/ibis/inquiry/transaction-history": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Get the transaction history of a card
		* @description Lists a card's transactions between `dateFrom` and `dateTo` (both required, inclusive, `YYYY-MM-DD`), newest first:
		*     card purchases, ATM withdrawals and refunds, and /ibis funds transfers. A range that is too broad fails with
		*     `badTimeFrameRequest`, one that ends before it starts with `invalidDateRange`. At most 1000 per page, with
		*     `skipRecords` and `more`. A vAccount's `cFiAccountId` can stand in for `cFiCardId`.
		*     **Designed here:** everything but `dateFrom` and `dateTo`: the paging, the record and the array's key `transactions`.
		*/
		post: operations["ibisInquiryTransactionHistory"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/customer/kyc/init": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Start the older KYC process
		* @deprecated
		* @description Replaced by `POST /akepa/identification` (`akepaIdentification`). Starts the older KYC process for a customer;
		*     with `webhookURL`, status changes are posted there.
		*
		*     **Designed here:** the answer (`{ customerId, kycStatus }`) and the `customerNotFound` code.
		*/
		post: operations["customerKycInit"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/customer/kyc/add-attributes": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Add card attributes to the older KYC process
		* @deprecated
		* @description Replaced by `POST /customer/update` (`customerUpdate`) for customer data; the card itself is now requested from
		*     Card Issuing (`/ibis`). Adds the attributes of the card the older KYC process issued once the customer passed.
		*
		*     **Designed here:** the lengths and required flags of `cardAttributes`, the answer (`{ customerId, kycStatus }`)
		*     and the `customerNotFound` code.
		*/
		post: operations["customerKycAddAttributes"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/customer/kyc/upload/{customerId}/{documentId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Upload a document for the older KYC process
		* @deprecated
		* @description Replaced by `POST /akepa/document/upload/{documentId}` (`akepaUploadDocument`). Uploads a customer's KYC
		*     document as `multipart/form-data` with the file in the form field `file`.
		*
		*     **Designed here:** the form field (as on the other uploads), the answer (the document, as `/document/upload`
		*     answers it) and the `customerNotFound` and `documentNotFound` codes.
		*/
		post: operations["customerKycUpload"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/customer/kyc/status/{customerId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Get a customer's state in the older KYC process
		* @deprecated
		* @description Replaced by `POST /akepa/status` (`akepaStatus`). Returns the customer's state in the older KYC process.
		*
		*     **Designed here:** the answer (`{ customerId, kycStatus }`) and the `customerNotFound` code.
		*/
		get: operations["customerKycStatus"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/customer/kyc/document-link": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Link a document to a customer in the older KYC process
		* @deprecated
		* @description Replaced by `POST /akepa/update` (`akepaUpdate`). Links a document uploaded with `/document/upload/{documentId}`
		*     to a customer undergoing the older KYC process.
		*
		*     **Designed here:** the vendor names the endpoint only: the body (`{ customerId, documentId }`), the answer
		*     (`{ customerId, kycStatus }`) and the error codes.
		*/
		post: operations["customerKycDocumentLink"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/document/generate": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Create a document id (older flow)
		* @deprecated
		* @description Replaced by `POST /akepa/document/generate` (`akepaGenerateDocument`). Creates an empty "separate document" and
		*     returns its id, `sdoc_...`, with `uploadStatus: false`; upload its file with `/document/upload/{documentId}`.
		*     It takes no body.
		*/
		post: operations["documentGenerate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/document/upload/{documentId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Upload a document's file (older flow)
		* @deprecated
		* @description Replaced by `POST /akepa/document/upload/{documentId}` (`akepaUploadDocument`). Uploads the file of a document
		*     from `/document/generate` as `multipart/form-data` with the file in the form field `file`. Any file type is
		*     accepted; uploading again overwrites the file. The answer carries `uploadStatus: true` and the file's extension.
		*
		*     **Designed here:** the form field's name (as on the other uploads) and the `documentNotFound` code.
		*/
		post: operations["documentUpload"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/customer/create": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Open a debit card and checking account (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/debit-card/add` (`ibisDebitCardAdd`); use that for new work.
		*     Despite its name, this call does not create the customer:
		*     it opens a checking account (`acca_...`) and a debit card (`crda_...`) for an existing customer whose KYC/KYB is
		*     `APPROVED`, once per customer, and is the prerequisite of every other /condor call.
		*     **Designed here:** the response (the vendor's was not captured) and the `condorCustomerExists` error.
		*/
		post: operations["condorCustomerCreate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/customer/update": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Update a customer (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/card/cardholder-profile` (`ibisCardCardholderProfile`); use that for new work.
		*     The connectFi customer record itself is changed with `POST /customer/update` (`customerUpdate`).
		*     Changes or adds a customer's name, gender,
		*     birth date, email, addresses and phones; any other property fails, and identification documents cannot change here.
		*     **Designed here:** the response and lengths; the phone object was not captured.
		*/
		post: operations["condorCustomerUpdate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/customer/get/{customerId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Get a customer (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/card/cardholder-profile` (`ibisCardCardholderProfile`); use that for new work.
		*     The connectFi customer record itself is read with `GET /customer/status/{customerId}` (`customerStatus`).
		*     Returns the customer as the /condor
		*     processor holds it, under `condorCustomer`, in snake_case.
		*     **Designed here:** required flags and lengths (the vendor shows the example only).
		*/
		get: operations["condorCustomerGet"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/card/add": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Add another debit card (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/debit-card/add` (`ibisDebitCardAdd`); use that for new work.
		*     Adds a further debit card, with its own checking account,
		*     to a customer who has its /condor card; a customer can hold several. The card starts `NEW`.
		*     **Designed here:** lengths, `cardId` and `accountId` in the response.
		*/
		post: operations["condorCardAdd"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/card/activate": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Activate a debit card (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/card/activate` (`ibisCardActivate`); use that for new work.
		*     Activates a `NEW` card; `BLOCK`, `FRAUD_BLOCK`, `CLOSED` and
		*     `ACTIVE` cards cannot be (use change-status). Any `activateAttributes` given are checked against the card and customer.
		*     **Designed here:** the response, the other-identification value field, and the `extCondor` example (only C1004 on set-pin is the vendor's).
		*/
		post: operations["condorCardActivate"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/card/set-pin": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Set a debit card PIN (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/card/set-pin` (`ibisCardSetPin`); use that for new work.
		*     Sets the 4-digit PIN of a `NEW` or `ACTIVE` card; `BLOCK`,
		*     `FRAUD_BLOCK` and `CLOSED` cards are declined by the processor (`extCondor`). The PIN is protected as on
		*     `/ibis/card/set-pin`: `encryptedPin` carries RSA-OAEP (SHA-256) of `<PIN>|<cardId>|<dtsNow>`, and the vendor's clear
		*     `newPin` goes only through the tokenization gateway, so no PIN appears in clear here.
		*     **Designed here:** `encryptedPin`.
		*/
		post: operations["condorCardSetPin"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/card/change-status": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Change a debit card status (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/card/set-status` (`ibisCardSetStatus`); use that for new work.
		*     Moves a card to `ACTIVE`, `BLOCK`, `FRAUD_BLOCK` or
		*     `CLOSED`, with an optional reason. A `CLOSED` card never changes again.
		*     **Designed here:** the changes out of `NEW` other than activation, `cardId`/`accountId` in the response, and the `extCondor` example's sub-code.
		*/
		post: operations["condorCardChangeStatus"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/card/re-issue": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Reissue a debit card (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/card/reissue` (`ibisCardReissue`); use that for new work.
		*     Reissues a card for an `issueType` (`NEW`, `REGISTRATION`,
		*     `RE-ISSUE`, `EXPIRED`, `DAMAGED`). `CLOSED` and `FRAUD_BLOCK` cards cannot be reissued; a `BLOCK` card stays blocked.
		*     **Designed here:** the response (the vendor's was not captured), lengths, and the `extCondor` example's sub-code.
		*/
		post: operations["condorCardReIssue"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/card/balance/{cardId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Get a debit card balance (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/card/status` (`ibisCardStatus`); use that for new work.
		*     Returns a card's available balance, which `/ibis/card/status` answers as `availableBalance`.
		*     **Designed here:** the response (the vendor lists the endpoint only).
		*     **Sandbox:** the card's `available_balance`, always in `USD` (designed).
		*/
		get: operations["condorCardBalance"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/card/get/{cardId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* Get a debit card (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/card/status` (`ibisCardStatus`); use that for new work.
		*     Returns one card with its status and balance.
		*     **Designed here:** the response, shaped like the change-status answer (the vendor lists the endpoint only).
		*/
		get: operations["condorCardGet"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/financial/credit": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Load money onto a debit card (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/financial/funds-credit` (`ibisFinancialFundsCredit`); use that for new work.
		*     Credits (loads) an amount greater than 0
		*     onto a card, optionally with a reference, merchant and transaction type.
		*     **Designed here:** the response (`transaction`, shaped like the reversal's answer) and lengths.
		*/
		post: operations["condorFinancialCredit"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/financial/debit": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Take money from a debit card (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/financial/funds-debit` (`ibisFinancialFundsDebit`); use that for new work.
		*     Debits an amount greater than 0 from an
		*     `ACTIVE` card with enough balance; the card's withdrawal limits per time window apply even when the balance suffices.
		*     **Designed here:** the response, lengths, and the `extCondor` example's sub-code.
		*/
		post: operations["condorFinancialDebit"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/financial/p2p": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Move money between two debit cards (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/financial/card-to-card` (`ibisFinancialCardToCard`); use that for new work.
		*     Moves money from one card's account (the
		*     source) to another's (the beneficiary).
		*     **Designed here:** the whole body and response (the vendor lists the endpoint only).
		*/
		post: operations["condorFinancialP2p"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/transaction/history": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Get a debit card history (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/inquiry/transaction-history` (`ibisInquiryTransactionHistory`); use that for new work.
		*     Lists a card's transactions,
		*     newest first, optionally between two dates and of one status; with only `cardId`, the 20 most recent.
		*     **Designed here:** the response key `transactions` and the bounds.
		*/
		post: operations["condorTransactionHistory"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/condor/transaction/reversal": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Reverse a debit card transaction (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/financial/reversal` (`ibisFinancialReversal`); use that for new work.
		*     Reverses a completed transaction, unless the card
		*     is `BLOCK`, `FRAUD_BLOCK` or `CLOSED` or its account cannot cover the reversal. The answer is the reversed
		*     transaction with the new running balance.
		*     **Designed here:** `transaction_id` in the response, lengths, and the `extCondor` example's title. The vendor's example id `cс_...` has a Cyrillic
		*     second letter, outside its own id pattern; the examples here use `cc_`.
		*/
		post: operations["condorTransactionReversal"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/card/list/{customerId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* List the cards of a customer (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/card/list` (`ibisCardList`); use that for new work.
		*     Lists every card issued to a customer with the accounts linked to
		*     each. A customer with no cards, or an unknown customer, gets an empty `cards` list with code `"0"`, not an error.
		*     **Designed here:** required flags and lengths (the vendor shows the example only).
		*/
		get: operations["customerLookupCardList"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/account/list/{customerId}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		* List the accounts of a customer (deprecated)
		* @deprecated
		* @description Replaced by `POST /ibis/card/list` (`ibisCardList`); use that for new work.
		*     Lists every account of a customer with its number, routing number and linked cards;
		*     `/ibis/card/list` lists vAccounts with the cards. A customer with no accounts, or an unknown customer, gets an empty
		*     `accounts` list with code `"0"`.
		*     **Designed here:** required flags and lengths (the vendor shows the example only).
		*/
		get: operations["customerLookupAccountList"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
}
export interface webhooks {
	akepaStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* KYC/KYB application status changed
		* @description connectFi POSTs this to the `webhookURL` given at `/akepa/identification` when an application's status changes
		*     **asynchronously**, one POST per change. A change that `/akepa/identification`, `/akepa/status` or `/akepa/update`
		*     already returned in its response is not sent again. Answer 200; confirm with `POST /akepa/status` before acting.
		*/
		post: operations["akepaStatusChanged"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	achStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* ACH transfer status changed
		* @description connectFi POSTs this to the `webhookUrl` given at `/transfer-to/ach/create` once per status change that an
		*     external response causes (the ODFI's acknowledgement, settlement, a return). The create answer already reported
		*     `Initiated`. Answer 200; confirm with `POST /transfer-to/ach/query` before acting.
		*
		*     **Designed here:** `returnCode` on returned transfers (the vendor's body shows no return code).
		*/
		post: operations["achStatusChanged"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	billsStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Bill payment status changed
		* @description connectFi POSTs this to the `webhookUrl` given at `/transfer-to/bills/initiate` once per status change, **except
		*     Initiated → Processing** (the execute answer already reports it). From `Complete` on, the body adds `dtsSent` and
		*     the RPPS result `processing`. Answer 200; no body is needed.
		*/
		post: operations["billsStatusChanged"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	cardStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Push or pull transaction status changed
		* @description connectFi POSTs the transaction record when a push or pull transaction changes `status` or `reversalStatus`
		*     after the call that created it answered, one POST per change. Answer 200; confirm with
		*     `POST /transfer-to/card/transactions-query` before acting.
		*
		*     **Designed here:** the vendor documents no push/pull webhook and the push/pull bodies carry no `webhookUrl`, so
		*     the webhook is sent to the URL PayGears configures for your aggregator, and its body is the transaction record
		*     (`CardTransaction`), flat like the ACH and check webhooks.
		*/
		post: operations["cardStatusChanged"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	wireStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Wire status changed
		* @description connectFi POSTs this to the `webhookURL` (capital `URL`) given at `POST /transfer-to/wire`, with exactly one
		*     attempt per status change: it does not retry, so reconcile with `POST /transfer-to/wire/query` or `/list` when a
		*     delivery may have been missed. Answer 200.
		*/
		post: operations["wireStatusChanged"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	comboStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Unified payment status changed
		* @description connectFi POSTs the payment's record, tagged with `transferType`, when a payment made through
		*     `/transfer-to/combo/create` changes status, one POST per change. The status values and the destination are those
		*     of the payment's rail: `webhookUrl` for `ach`, `webhookURL` for `wire`, and for `pull` and `push` the URL of the
		*     card webhook (`cardStatusChanged`). Answer 200; confirm with `POST /transfer-to/combo/query` before acting.
		*
		*     **Designed here:** the vendor lists combo webhooks but their content was not found; following its note that each
		*     rail's status and webhook carry over, the body is the rail's webhook body with `transferType` added.
		*/
		post: operations["comboStatusChanged"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	checkStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Check status changed
		* @description connectFi POSTs the check to the `webhookUrl` given at `/check/print`, one POST per status change, with the
		*     bank's own status (`boStatus`), its dates and the mail tracking number once the bank gives them. `initVoid` is
		*     true when a void was asked for but the check could not be cancelled at once. Answer 200; confirm with
		*     `POST /check/query` before acting.
		*
		*     **Designed here:** the types the vendor does not give: `serial` as an integer, the `bo*` dates as the bank's own
		*     text, `boTracking` as free text.
		*/
		post: operations["checkStatusChanged"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
}
export interface components {
	schemas: {
		/**
		* AchBatchFileName
		* @description The name of an ACH batch file uploaded over SFTP: `YYYY_MM_DD_#.csv`, where `#` is one digit or capital letter,
		*     unique within the day. A file rejected for defects may be sent again under the same name, which replaces it; a file
		*     named like one already accepted is rejected.
		* @example 2023_06_28_1.csv
		*/
		AchBatchFileName: string;
		/**
		* AchBatchFileRow
		* @description One line of an ACH batch file uploaded over SFTP: one entry, as comma-separated text with no quotes and no commas
		*     inside a field. A line has at least the 16 columns 0–15, in the order `x-connectfi-csv-columns` lists; an empty
		*     optional column is kept as an empty field (two commas in a row). Every column after 15 is one addendum
		*     (`x-connectfi-csv-rest`). Each property carries its column number and whether the vendor documents it:
		*     columns 0–2 are documented; columns 3–15 are **designed here** to mirror the fields of
		*     `POST /transfer-to/ach/create` (columns 13–15 carry the optional NACHA entry fields that the create body lacks).
		*     The file has no header line (designed).
		* @example {
		*       "effectiveEntryDate": "230628",
		*       "companyName": "PAYROLL1",
		*       "standardEntryClassCode": "PPD",
		*       "companyEntryDescription": "PAYROLL",
		*       "transactionType": "Credit",
		*       "accountType": "Checking",
		*       "routingNumber": "053207766",
		*       "DFIAccountNumber": "1234567890123456",
		*       "amount": "1250.00",
		*       "currency": "USD",
		*       "individualName": "John Smith",
		*       "reference": "batch20230628x001",
		*       "webhookUrl": "https://client.example.com/connectfi/webhooks/ach",
		*       "individualIdNumber": "EMP0042",
		*       "discretionaryData": "",
		*       "companyDiscretionaryData": "",
		*       "addenda": [
		*         "June salary"
		*       ]
		*     }
		*/
		AchBatchFileRow: {
			/** @description Column 0. The effective entry date as `YYMMDD` (not the API's `YYYY-MM-DD`). */
			effectiveEntryDate: string;
			/** @description Column 1. The company name or the client code of the ACH profile that originates the entry (the API's `clientCode`). */
			companyName: string;
			/** @description Column 2. The SEC code, as in `AchSecCode`. */
			standardEntryClassCode: components["schemas"]["AchSecCode"];
			/** @description Column 3. As the create field `companyEntryDescription`, with no comma or quote. */
			companyEntryDescription: string;
			/** @description Column 4. As the create field `transactionType`. */
			transactionType: components["schemas"]["AchTransactionType"];
			/** @description Column 5. As the create field `accountType`. */
			accountType: components["schemas"]["AchAccountType"];
			/** @description Column 6. As the create field `routingNumber`. */
			routingNumber: components["schemas"]["AchRoutingNumber"];
			/** @description Column 7. As the create field `DFIAccountNumber`. */
			DFIAccountNumber: components["schemas"]["AchDFIAccountNumber"];
			/** @description Column 8. As the create field `amount`, written in dollars with at most 2 decimals and no thousands separator, e.g. `7.15`. */
			amount: string;
			/** @description Column 9. As the create field `currency`; only `USD` is accepted. */
			currency: components["schemas"]["Currency"];
			/** @description Column 10. As the create field `individualName`, with no comma or quote. */
			individualName: string;
			/** @description Column 11. As the create field `reference`; the same idempotency applies. */
			reference: components["schemas"]["CommonReference"];
			/** @description Column 12. As the create field `webhookUrl`, with no comma or quote; empty for none. */
			webhookUrl?: string;
			/** @description Column 13. The NACHA Individual Identification Number (the receiver's id at the originator, at most 15 characters); empty for none. */
			individualIdNumber?: string;
			/** @description Column 14. The NACHA entry's Discretionary Data (2 characters); empty for none. */
			discretionaryData?: string;
			/** @description Column 15. The NACHA batch's Company Discretionary Data (at most 20 characters); empty for none. */
			companyDiscretionaryData?: string;
			/**
			* @description Columns 16 and after, one addendum each: the NACHA Payment Related Information (at most 80 characters).
			*     Nacha allows one addendum on `PPD`, `CCD` and `WEB` entries and none on `TEL` (bounds designed from Nacha).
			*/
			addenda?: string[];
		};
		/**
		* CommonId
		* @description A connectFi identifier (vendor fragment `common-id`).
		* @example CLIENTID_3A5dSDcMFdlWK54dj1cacU
		*/
		CommonId: string;
		/**
		* Password
		* Format: password
		* @description A password of 1–50 characters (vendor fragment `common-password`).
		*/
		Password: string;
		/**
		* CommonStr32Req
		* @description Required text of 1–32 characters with no `<` or `>`, not only whitespace (vendor fragment `common-commonStr32Req`; its `isNotOnlyWhitespace` keyword is the leading look-ahead of the pattern).
		*/
		CommonStr32Req: string;
		/**
		* GetTokenRequest
		* @description The API user's credentials.
		*/
		GetTokenRequest: {
			user: {
				login: components["schemas"]["CommonId"];
				password: components["schemas"]["Password"];
			};
			requestId?: components["schemas"]["CommonStr32Req"];
		};
		/**
		* SuccessCode
		* @description `"0"` on every successful response.
		* @constant
		*/
		SuccessCode: "0";
		/**
		* Timestamp
		* Format: date-time
		* @description An ISO-8601 UTC date-time with milliseconds; connectFi names these fields `dts*` (`dtsCreatedAt`, `dtsExpireAt`, ...).
		* @example 2023-06-28T13:26:59.312Z
		*/
		Timestamp: string;
		/**
		* AccessToken
		* @description The base token and its expiry. Send the token in `x-connectfi-token`.
		*/
		AccessToken: {
			/** @description An opaque random string of about 66 characters. */
			token: string;
			dtsExpireAt: components["schemas"]["Timestamp"];
		};
		/**
		* RequestId
		* @description The identifier connectFi gives every request, 32 lowercase hex characters. Quote it to PayGears support.
		* @example 3ec05680b7a611edaaa621b3360f38c0
		*/
		RequestId: string;
		/**
		* ValidationErrorItem
		* @description One schema violation, in the shape Ajv reports it; `requestValidateError` lists them in `context`.
		* @example {
		*       "instancePath": "/newPassword",
		*       "schemaPath": "#/properties/newPassword/minLength",
		*       "keyword": "minLength",
		*       "params": {
		*         "limit": 8
		*       },
		*       "message": "must NOT have fewer than 8 characters"
		*     }
		*/
		ValidationErrorItem: {
			/** @description JSON Pointer to the offending value in the request body (empty for the body itself). */
			instancePath: string;
			/** @description JSON Pointer to the failing keyword in connectFi's schema. */
			schemaPath: string;
			/** @description The JSON Schema keyword that failed, e.g. `minLength`, `required`, `pattern`. */
			keyword: string;
			/** @description The keyword's parameters, e.g. `{ "limit": 8 }` or `{ "missingProperty": "reference" }`. */
			params: {
				[key: string]: unknown;
			};
			/** @description Human-readable message, e.g. `must NOT have fewer than 8 characters`. */
			message: string;
		};
		/**
		* RequestValidateError
		* @description The body, path or query failed connectFi's schema. `context` lists every violation, Ajv-style.
		*/
		RequestValidateError: {
			requestId: components["schemas"]["RequestId"];
			/** @constant */
			code: "requestValidateError";
			subCode?: string;
			context: components["schemas"]["ValidationErrorItem"][];
			message: string;
		};
		/**
		* ServiceError
		* @description Any other failure. `code` is a short token such as `referenceExists`; when the failure comes from a back office,
		*     `code` is that back office's name and `subCode` carries its own code (present only when the back office gave one).
		*     `context` holds the values that explain the failure, e.g. `{ "reference": "...", "entityId": "..." }`.
		*/
		ServiceError: {
			requestId: components["schemas"]["RequestId"];
			code: string;
			subCode?: string;
			context: {
				[key: string]: unknown;
			};
			message: string;
		};
		/**
		* ErrorEnvelope
		* @description Every connectFi error: `{ requestId, code, subCode?, context, message }`. `requestValidateError` carries a list of
		*     schema violations in `context`; every other code carries an object.
		*/
		ErrorEnvelope: components["schemas"]["RequestValidateError"] | components["schemas"]["ServiceError"];
		/**
		* ChangePasswordRequest
		* @description The current and the new password.
		*/
		ChangePasswordRequest: {
			oldPassword: components["schemas"]["Password"];
			/**
			* Format: password
			* @description 8–50 characters with a digit, one of `!@#$%^&*`, a lowercase and an uppercase letter.
			*/
			newPassword: string;
		};
		/**
		* ChangePasswordResult
		* @description Confirms the change.
		*/
		ChangePasswordResult: {
			/** @constant */
			status: true;
		};
		/**
		* HealthStatus
		* @description The instance's state at the time of the call (designed).
		*/
		HealthStatus: {
			/** @enum {string} */
			status: "ok";
			dtsChecked: components["schemas"]["Timestamp"];
		};
		/**
		* CommonReference
		* @description The client's own unique reference (vendor fragment `common-reference`): letters and digits only, no underscore.
		*     Create-type calls are idempotent on it: a second create with the same reference fails with `referenceExists`.
		* @example ref20230628x001
		*/
		CommonReference: string;
		/**
		* CommonStr50Req
		* @description Required text of 1–50 characters with no `<` or `>`, not only whitespace (vendor fragment `common-commonStr50Req`).
		*/
		CommonStr50Req: string;
		/**
		* DateOnly
		* Format: date
		* @description A calendar date `YYYY-MM-DD` (vendor fragment `common-dateOnly`, vendor format `dateISO`).
		* @example 2023-06-28
		*/
		DateOnly: string;
		/**
		* Email
		* Format: email
		* @description An email address (vendor fragment `customer-email`; the older docs give the regex `^(.+)@(.+)$`).
		* @example jane.doe@example.com
		*/
		Email: string;
		/**
		* CountryCodeA3
		* @description ISO 3166-1 alpha-3 country code, e.g. `USA`.
		* @example USA
		*/
		CountryCodeA3: string;
		/**
		* CommonStr50
		* @description Optional text of up to 50 characters with no `<` or `>` (vendor fragment `common-commonStr50`).
		*/
		CommonStr50: string | null;
		/**
		* CustomerAddress
		* @description One address of a customer or business representative. The vendor's example shows `type`, `addressLine1`,
		*     `addressLine2`, `city` and `countryCodeA3` and elides the fields between; `state`, `postalCode`, the lengths and
		*     the required flags are designed here.
		* @example {
		*       "type": "PRIMARY",
		*       "addressLine1": "123 Main Str.",
		*       "addressLine2": "apt 8",
		*       "city": "Harrisburg",
		*       "state": "PA",
		*       "postalCode": "17101",
		*       "countryCodeA3": "USA"
		*     }
		*/
		CustomerAddress: {
			/**
			* @description `PRIMARY` (as in the vendor's example) or `SECONDARY` (the vendor's other address type, from the card attributes).
			* @enum {string}
			*/
			type: "PRIMARY" | "SECONDARY";
			addressLine1: components["schemas"]["CommonStr50Req"];
			addressLine2?: components["schemas"]["CommonStr50"];
			city: components["schemas"]["CommonStr50Req"];
			/** @description State, province or region; a two-letter code such as `PA` for US addresses (designed). */
			state?: components["schemas"]["CommonStr50"];
			/** @description Postal code; a US ZIP or ZIP+4 for US addresses (designed). */
			postalCode?: string | null;
			countryCodeA3: components["schemas"]["CountryCodeA3"];
		};
		/**
		* PhoneNumber
		* @description A phone number split into country calling code and national number, as in `{ "countryCode": "1", "number": "1234567890" }`.
		*/
		PhoneNumber: {
			/** @example 1 */
			countryCode: string;
			/** @example 1234567890 */
			number: string;
		};
		/**
		* CustomerPhone
		* @description One phone of a customer or business representative: its type (the types `MOBILE`, `LANDLINE` and `PRIMARY` are
		*     the vendor's, referenced by card issuing) and the number split into `countryCode` and `number` as on card owners.
		*     The split is designed here.
		* @example {
		*       "type": "MOBILE",
		*       "countryCode": "1",
		*       "number": "7175550123"
		*     }
		*/
		CustomerPhone: {
			/** @enum {string} */
			type: "MOBILE" | "LANDLINE" | "PRIMARY";
		} & components["schemas"]["PhoneNumber"];
		/**
		* CustomerIdentificationDocument
		* @description The identity document of an individual or business representative. connectFi rejects a second customer with the
		*     same SSN. If `type` is `SSN`, `value` is nine digits; otherwise it is text of up to 50 characters with no `<` or
		*     `>` (vendor rule). The field names and the other type values were not captured: `type` is free text here, and
		*     `SSN` is the one value the vendor names (designed).
		* @example {
		*       "type": "SSN",
		*       "value": "123456789"
		*     }
		*/
		CustomerIdentificationDocument: {
			/** @constant */
			type: "SSN";
			/** @description The Social Security Number, nine digits without dashes. */
			value: string;
		} | {
			/** @description The document type, anything but `SSN`. */
			type: components["schemas"]["CommonStr50Req"];
			/** @description The document number. */
			value: components["schemas"]["CommonStr50"];
		};
		/**
		* CustomerPersonal
		* @description An individual's details: the `customer` object of an individual customer, and the details of each business
		*     representative. The field names are the vendor's (from its customer example); which are required, and the
		*     `identificationDocument` key, are designed here.
		*/
		CustomerPersonal: {
			firstName: components["schemas"]["CommonStr50Req"];
			/** @description Last name. In the sandbox, `WaitReview` makes the KYC journey stop at `pending_step_up`, then `waiting_review`. */
			lastName: components["schemas"]["CommonStr50Req"];
			/**
			* @description `M` or `F` (the vendor shows `M`; the enum is designed).
			* @enum {string|null}
			*/
			gender?: "M" | "F" | null;
			dateOfBirth: components["schemas"]["DateOnly"];
			email: components["schemas"]["Email"];
			citizenshipCountryCodeA3?: components["schemas"]["CountryCodeA3"];
			addresses: components["schemas"]["CustomerAddress"][];
			phones: components["schemas"]["CustomerPhone"][];
			identificationDocument: components["schemas"]["CustomerIdentificationDocument"];
		};
		/**
		* CustomerInitIndividualRequest
		* @description Registers an individual. `customer` holds the person's details.
		*/
		CustomerInitIndividualRequest: {
			reference: components["schemas"]["CommonReference"];
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			customerType: "individual";
			customer: components["schemas"]["CustomerPersonal"];
		};
		/**
		* CustomerBusinessRepresentative
		* @description A principal owner or authorized signer of a business: an individual's details plus the role. If `id` is absent
		*     at `/customer/init`, connectFi generates one; that id is the `entityId` of the representative's KYC in
		*     `/akepa/update` and `entityApplications`. The role flags are designed here.
		*/
		CustomerBusinessRepresentative: {
			/** @description The representative's id; generated by connectFi when absent. */
			id?: components["schemas"]["CommonId"];
			isPrincipalOwner: boolean;
			isAuthorizedSigner: boolean;
		} & components["schemas"]["CustomerPersonal"];
		/**
		* CustomerBusinessDetails
		* @description A business's details: the `customer` object of a business customer. `businessAddresses`, `businessPhones` and
		*     `businessRepresentatives` are the vendor's names; the FEIN is how connectFi rejects a duplicate business.
		*     `legalName`, `FEIN` (spelled in capitals like the vendor's `DFIAccountNumber`), the lengths and the required flags
		*     are designed here.
		*/
		CustomerBusinessDetails: {
			/** @description The business's registered legal name. */
			legalName: string;
			/** @description The Federal Employer Identification Number, nine digits without the dash. */
			FEIN: string;
			email?: components["schemas"]["Email"];
			businessAddresses: components["schemas"]["CustomerAddress"][];
			businessPhones: components["schemas"]["CustomerPhone"][];
			/** @description The principal owners and authorized signers. A KYB passes only if every representative passes KYC. */
			businessRepresentatives: components["schemas"]["CustomerBusinessRepresentative"][];
		};
		/**
		* CustomerInitBusinessRequest
		* @description Registers a business with its representatives. `customer` holds the business's details.
		*/
		CustomerInitBusinessRequest: {
			reference: components["schemas"]["CommonReference"];
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			customerType: "business";
			customer: components["schemas"]["CustomerBusinessDetails"];
		};
		/**
		* CustomerInitRequest
		* @description Exactly one of the two schemas, told apart by `customerType`. When neither matches, connectFi answers the
		*     violations of both.
		*/
		CustomerInitRequest: components["schemas"]["CustomerInitIndividualRequest"] | components["schemas"]["CustomerInitBusinessRequest"];
		/**
		* CustomerKycStatus
		* @description The customer's latest KYC/KYB status as the customer record carries it (the older docs name a `kycStatus`
		*     attribute). Null before any identification. The vendor names `APPROVED` (a card needs it); the full list is not
		*     documented, so it is free text here (designed: the sandbox sets `IN_PROGRESS`, `APPROVED` or `DENIED` from the
		*     application's outcome). Not the application's own status (`KycApplicationStatus`, e.g. `completed`, from
		*     `/akepa/status`).
		*/
		CustomerKycStatus: string | null;
		/**
		* CustomerIndividual
		* @description An individual customer as connectFi holds it.
		*/
		CustomerIndividual: {
			reference: components["schemas"]["CommonReference"];
			/** @description The individual customer's id, `cstap_...`. */
			customerId: components["schemas"]["CommonId"];
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			customerType: "individual";
			customer: components["schemas"]["CustomerPersonal"];
			kycStatus?: components["schemas"]["CustomerKycStatus"];
		};
		/**
		* CustomerEmployee
		* @description An individual customer employed by a business customer. A disabled employee cannot get new business cards or
		*     accounts. The shape is designed here from the add-employee body.
		* @example {
		*       "companyId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
		*       "employeeId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
		*       "position": "Accountant",
		*       "isDisabled": false
		*     }
		*/
		CustomerEmployee: {
			/** @description The business customer, `cstab_...`. */
			companyId: components["schemas"]["CommonId"];
			/** @description The individual customer, `cstap_...`. */
			employeeId: components["schemas"]["CommonId"];
			position: components["schemas"]["CommonStr50Req"];
			isDisabled: boolean;
		};
		/**
		* CustomerBusiness
		* @description A business customer as connectFi holds it, with its representatives (each with its id) and employees.
		*/
		CustomerBusiness: {
			reference: components["schemas"]["CommonReference"];
			/** @description The business customer's id, `cstab_...`. */
			customerId: components["schemas"]["CommonId"];
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			customerType: "business";
			customer: components["schemas"]["CustomerBusinessDetails"];
			/** @description The individual customers added with `/customer/add-employee`, disabled ones included. */
			employees?: components["schemas"]["CustomerEmployee"][];
			kycStatus?: components["schemas"]["CustomerKycStatus"];
		};
		/**
		* Customer
		* @description A customer as `/customer/status` answers it: `{ reference, customerId, customerType, customer }`, where
		*     `customer` is the individual's or the business's details.
		*/
		Customer: components["schemas"]["CustomerIndividual"] | components["schemas"]["CustomerBusiness"];
		/**
		* CustomerBusinessRepresentativeUpdate
		* @description The contact details of one business representative that `/customer/update` may change; `id` names the representative.
		*/
		CustomerBusinessRepresentativeUpdate: {
			id: components["schemas"]["CommonId"];
			email?: components["schemas"]["Email"];
			addresses?: components["schemas"]["CustomerAddress"][];
			phones?: components["schemas"]["CustomerPhone"][];
		};
		/**
		* CustomerUpdateRequest
		* @description The customer to update and the fields to replace. An individual may change `email`, `addresses` and `phones`; a
		*     business may change `businessAddresses`, `businessPhones` and its representatives' email, addresses and phones.
		*     A field of the other customer type fails with `invalidField`. Each list given replaces the stored one.
		*/
		CustomerUpdateRequest: {
			customerId: components["schemas"]["CommonId"];
			customer: {
				email?: components["schemas"]["Email"];
				addresses?: components["schemas"]["CustomerAddress"][];
				phones?: components["schemas"]["CustomerPhone"][];
				businessAddresses?: components["schemas"]["CustomerAddress"][];
				businessPhones?: components["schemas"]["CustomerPhone"][];
				businessRepresentatives?: components["schemas"]["CustomerBusinessRepresentativeUpdate"][];
			};
		};
		/**
		* CustomerAddEmployeeRequest
		* @description Adds an existing individual customer to a business customer as an employee.
		*/
		CustomerAddEmployeeRequest: {
			/** @description The business customer, `cstab_...`. */
			companyId: components["schemas"]["CommonId"];
			/** @description The individual customer, `cstap_...`; it must already exist. */
			employeeId: components["schemas"]["CommonId"];
			position: components["schemas"]["CommonStr50Req"];
		};
		/**
		* CustomerDisableEmployeeRequest
		* @description Disables an employee of a business customer. Business representatives cannot be disabled.
		*/
		CustomerDisableEmployeeRequest: {
			/** @description The business customer, `cstab_...`. */
			companyId: components["schemas"]["CommonId"];
			/** @description The employee's individual customer id, `cstap_...`. */
			employeeId: components["schemas"]["CommonId"];
		};
		/**
		* WebhookUrl
		* Format: uri
		* @description Where connectFi POSTs status changes. The field is spelled `webhookUrl` on most rails and `webhookURL` on wires and KYC, exactly as the vendor does.
		* @example https://client.example.com/connectfi/webhooks
		*/
		WebhookUrl: string | null;
		/**
		* AkepaIdentificationRequest
		* @description Starts a KYC (individual) or KYB (business) journey for a customer registered with `/customer/init`.
		*     The vendor's schema spells the webhook field `webhookURL` while its example body spells it `webhookUrl`; this
		*     spec keeps the schema's spelling.
		*/
		AkepaIdentificationRequest: {
			reference: components["schemas"]["CommonReference"];
			customerId: components["schemas"]["CommonId"];
			/** @description The vendor documents it as "true if asynchronous". */
			syncMode?: boolean | null;
			/** @description Where connectFi POSTs `akepaStatusChanged` when the application's status changes asynchronously. */
			webhookURL?: components["schemas"]["WebhookUrl"];
		};
		/**
		* KycApplicationStatus
		* @description Where a KYC/KYB application ("journey") stands. The values are the vendor's; the transitions are designed from the
		*     vendor's descriptions of each value and of the sandbox flow.
		*
		*     | Status | Meaning |
		*     |---|---|
		*     | `pending_step_up`, `pending_documents` | document images needed |
		*     | `waiting_review`, `pending_journey_application_review` | under manual review |
		*     | `running` | in progress, nothing needed from the client |
		*     | `data_request` | customer data missing |
		*     | `completed` | finished; see `outcome` |
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `running` · Terminal: `completed`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | running | pending_step_up | identification needs document images (sandbox lastName WaitReview) |
		*     | running | pending_documents | identification needs document images |
		*     | running | data_request | identification needs customer data |
		*     | running | waiting_review | identification needs a manual review |
		*     | running | pending_journey_application_review | the journey needs a manual review |
		*     | running | completed | automatic decision |
		*     | pending_step_up | waiting_review | documents uploaded and linked with /akepa/update |
		*     | pending_step_up | running | documents uploaded and linked with /akepa/update |
		*     | pending_documents | running | documents uploaded and linked with /akepa/update |
		*     | data_request | running | data supplied with /customer/update |
		*     | waiting_review | completed | PayGears approves or denies by hand |
		*     | pending_journey_application_review | completed | PayGears approves or denies by hand |
		* @enum {string}
		*/
		KycApplicationStatus: "running" | "pending_step_up" | "pending_documents" | "data_request" | "waiting_review" | "pending_journey_application_review" | "completed";
		/**
		* KycEntityApplication
		* @description The verification of one entity. Status and outcome come from the verification provider in lowercase (`approved`).
		*/
		KycEntityApplication: {
			/** @description The customer id for the customer itself, or the business representative's id issued by /customer/init. */
			entityId: components["schemas"]["CommonId"];
			isCustomer: boolean;
			/** @description The provider's status for this entity, in lowercase (designed as free text; the vendor shows `completed`). */
			status: string;
			/** @description The provider's decision for this entity, in lowercase (the vendor shows `approved`). */
			outcome?: string | null;
		};
		/**
		* KycApplication
		* @description A KYC/KYB application and its outcome. The journey is Approved only when every entity is approved; a KYB passes
		*     only if every business representative passes KYC.
		*/
		KycApplication: {
			/**
			* @description The application id, `iapp_...`.
			* @example iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY
			*/
			applicationId: components["schemas"]["CommonId"];
			aggregatorId?: components["schemas"]["CommonId"];
			customerId: components["schemas"]["CommonId"];
			reference?: components["schemas"]["CommonReference"];
			status: components["schemas"]["KycApplicationStatus"];
			/**
			* @description The decision at application level, once `status` is `completed`.
			* @enum {string|null}
			*/
			outcome?: "Approved" | "Denied" | null;
			/** @description One entry per verified entity (the customer, and each business representative of a business). */
			entityApplications?: components["schemas"]["KycEntityApplication"][];
		};
		/**
		* AkepaStatusRequest
		* @description The application to look up, by its customer and its id.
		*/
		AkepaStatusRequest: {
			customerId: components["schemas"]["CommonId"];
			/** @description The application id from `/akepa/identification`, `iapp_...`. */
			applicationId: components["schemas"]["CommonId"];
		};
		/**
		* AkepaDocumentType
		* @description What a KYC/KYB document shows (vendor enum).
		* @enum {string}
		*/
		AkepaDocumentType: "contract" | "license" | "passport" | "utility" | "other" | "internal" | "identification_card" | "residence_permit" | "canada_provincial_id" | "indigenous_card" | "paystub" | "bank_statement" | "w2" | "1099" | "1120" | "1065" | "t1" | "t4";
		/**
		* CommonStr500
		* @description Optional text of up to 500 characters with no `<` or `>` (vendor fragment `common-commonStr500`).
		*/
		CommonStr500: string | null;
		/**
		* AkepaDocumentGenerateRequest
		* @description Declares a document before its file is uploaded with `/akepa/document/upload/{documentId}`.
		*/
		AkepaDocumentGenerateRequest: {
			/**
			* @description `PERSONAL` for an individual's KYC, `BUSINESS` for a KYB.
			* @enum {string}
			*/
			workflow: "BUSINESS" | "PERSONAL";
			name: components["schemas"]["CommonStr50Req"];
			/**
			* @description The file type of the image to upload.
			* @enum {string}
			*/
			extension: "jpg" | "png";
			type: components["schemas"]["AkepaDocumentType"];
			note?: components["schemas"]["CommonStr500"];
			/** @description The email of the agent who wrote `note` (the vendor spells this field in snake_case). */
			note_author_agent_email?: components["schemas"]["Email"];
		};
		/**
		* AkepaDocument
		* @description A KYC/KYB document: its id (`doc_...`), whether its file was uploaded, and the file's extension. The vendor shows
		*     only `id`; `uploadStatus` and `extension` are designed after the answers of the deprecated `/document` endpoints.
		*/
		AkepaDocument: {
			/** @description The document id, `doc_...`. */
			id: components["schemas"]["CommonId"];
			/** @description True once a file was uploaded. */
			uploadStatus: boolean;
			/**
			* @description The extension declared at `/akepa/document/generate`.
			* @enum {string}
			*/
			extension?: "jpg" | "png";
		};
		/**
		* AkepaDocumentUploadRequest
		* @description The multipart form that carries one document file, in the form field `file`.
		*/
		AkepaDocumentUploadRequest: {
			/**
			* Format: binary
			* @description The file's bytes.
			*/
			file: string;
		};
		/**
		* AkepaLinkedDocument
		* @description One uploaded document to link, by the id `/akepa/document/generate` gave it.
		*/
		AkepaLinkedDocument: {
			/** @description The document id, `doc_...`. */
			documentId: components["schemas"]["CommonId"];
		};
		/**
		* AkepaUpdateRequest
		* @description Links uploaded documents to one entity of an application: the customer itself (`entityId` = `customerId`) or a
		*     business representative (`entityId` = the representative's id from `/customer/init`). Upload the front and back of
		*     a driver's licence and link them in one call. Not allowed once the application is `completed`.
		*/
		AkepaUpdateRequest: {
			customerId: components["schemas"]["CommonId"];
			/** @description The application id, `iapp_...`. */
			applicationId: components["schemas"]["CommonId"];
			entityId: components["schemas"]["CommonId"];
			documents: components["schemas"]["AkepaLinkedDocument"][];
		};
		/**
		* AchEffectiveEntryDate
		* Format: date
		* @description The date the receiver's bank should post the entry, `YYYY-MM-DD`. Cut-offs (US Central time, Monday to Friday):
		*     for the same day, create before **9:30 am CST**; for the next day, before **7:30 pm CST**; otherwise choose a later
		*     date. A date that misses its cut-off fails with `achEffectiveEntryDate`.
		* @example 2023-06-28
		*/
		AchEffectiveEntryDate: string;
		/**
		* AchSecCode
		* @description The NACHA Standard Entry Class (SEC) code of the entry. connectFi documents an SEC table but its content is not
		*     public; the only value in the vendor's examples is `WEB`. The set and the conditions below are the public Nacha
		*     rules (**designed here** from the standard):
		*
		*     | Code | Receiver's account | Direction | Authorization and conditions |
		*     |---|---|---|---|
		*     | `PPD` | consumer | credit or debit | Prearranged payment and deposit. Credits (payroll, direct deposit) may be authorized orally or by other non-written means; debits need a written, signed or similarly authenticated authorization. |
		*     | `CCD` | corporate | credit or debit | Corporate credit or debit between businesses (B2B, cash concentration) under an agreement between them. |
		*     | `WEB` | consumer | debit (and person-to-person credit) | Authorization obtained over the internet or a mobile network; the first debit to a new consumer account needs account validation. |
		*     | `TEL` | consumer | debit | Oral authorization by telephone; needs an existing relationship or a call the consumer started. |
		*
		*     Debits to a consumer account use `PPD`, `WEB` or `TEL`; entries to a corporate account use `CCD`. A consumer debit
		*     sent with a corporate code may be returned `R05`. `CTX` (corporate, with up to 9,999 addenda) is not offered: the
		*     create body has no addenda field.
		* @example WEB
		* @enum {string}
		*/
		AchSecCode: "PPD" | "CCD" | "WEB" | "TEL";
		/**
		* AchIndividualName
		* @description The receiver's name, at most 22 characters as in the NACHA entry detail record (length designed from NACHA; printable ASCII, not only spaces).
		* @example John Smith
		*/
		AchIndividualName: string;
		/**
		* AchRoutingNumber
		* @description A 9-digit ABA routing number of the receiver's bank (RDFI). The ABA check digit (weights 3, 7, 1 repeated; the
		*     weighted sum is a multiple of 10) cannot be expressed in JSON Schema; whether connectFi checks it is not documented.
		* @example 053207766
		*/
		AchRoutingNumber: string;
		/**
		* AchDFIAccountNumber
		* @description The receiver's account number at the RDFI, at most 17 characters as in the NACHA entry detail record (length and characters designed from NACHA).
		* @example 1234567890123456
		*/
		AchDFIAccountNumber: string;
		/**
		* AchAccountType
		* @description The type of the receiver's account. The vendor's examples show `Checking` and it rejects unknown values with `requestValidateError` ("must be an allowed value"); `Savings` is designed.
		* @example Checking
		* @enum {string}
		*/
		AchAccountType: "Checking" | "Savings";
		/**
		* AchTransactionType
		* @description `Credit` pushes money to the receiver's account; `Debit` pulls it from there. The vendor's examples show `Credit`; `Debit` is designed.
		* @example Credit
		* @enum {string}
		*/
		AchTransactionType: "Credit" | "Debit";
		/**
		* Amount
		* @description An amount in major units (dollars), greater than 0 with at most 2 decimals (vendor fragment `common-amount`).
		*     The vendor's `amountPrecision: 2` keyword is carried as `x-amountPrecision`: `multipleOf: 0.01` is not used because
		*     binary floating point makes it reject valid amounts such as 0.29. More than 2 decimals fails with `wrongAmount`.
		* @example 7.15
		*/
		Amount: number;
		/**
		* Currency
		* @description ISO 4217 currency code. `USD` is the only supported currency; any other fails with `currencyNotSupported` (context `supportedCurrency`), so the schema accepts any three-letter code.
		* @example USD
		*/
		Currency: string;
		/**
		* AchCompanyEntryDescription
		* @description What the receiver sees on the statement, e.g. `PAYROLL` or `PAYMENT`; at most 10 characters as in the NACHA batch header (length designed from NACHA).
		* @example PAYMENT
		*/
		AchCompanyEntryDescription: string;
		/**
		* AchTransferCreateRequest
		* @description One ACH credit or debit, delivered to the ODFI in a NACHA batch. The same body is sent to `/transfer-to/ach/create`
		*     and to its dry run `/transfer-to/ach/validate`, and (with `transferType: ach`) to the Unified Payments endpoint.
		*     Field names and spellings follow the vendor's examples (`DFIAccountNumber`, `webhookUrl`); `reference` and
		*     `clientCode` are documented, while the other required flags and the lengths are designed from the NACHA record
		*     layout.
		*
		*     The same entries can be uploaded over SFTP as CSV batch files instead: see `AchBatchFileName` (the file-name rule)
		*     and `AchBatchFileRow` (one line of the file).
		* @example {
		*       "reference": "ref20230628x001",
		*       "clientCode": "PAYROLL1",
		*       "effectiveEntryDate": "2023-06-28",
		*       "standardEntryClassCode": "WEB",
		*       "individualName": "John Smith",
		*       "routingNumber": "053207766",
		*       "DFIAccountNumber": "1234567890123456",
		*       "accountType": "Checking",
		*       "transactionType": "Credit",
		*       "amount": 7.15,
		*       "currency": "USD",
		*       "companyEntryDescription": "PAYMENT",
		*       "webhookUrl": "https://client.example.com/connectfi/webhooks/ach"
		*     }
		*/
		AchTransferCreateRequest: {
			reference: components["schemas"]["CommonReference"];
			/** @description Selects which of the client's configured ACH profiles (company name and company id) originates the entry; the default profile when absent. */
			clientCode?: components["schemas"]["CommonStr50"];
			effectiveEntryDate: components["schemas"]["AchEffectiveEntryDate"];
			standardEntryClassCode: components["schemas"]["AchSecCode"];
			individualName: components["schemas"]["AchIndividualName"];
			routingNumber: components["schemas"]["AchRoutingNumber"];
			DFIAccountNumber: components["schemas"]["AchDFIAccountNumber"];
			accountType: components["schemas"]["AchAccountType"];
			transactionType: components["schemas"]["AchTransactionType"];
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			companyEntryDescription: components["schemas"]["AchCompanyEntryDescription"];
			webhookUrl?: components["schemas"]["WebhookUrl"];
		};
		/**
		* AchTransferStatus
		* @description Where an ACH transfer stands. The values are the vendor's; the transitions are designed from the vendor's meaning of
		*     each value and the NACHA return windows (an entry can be returned after it settled). `Settled` appears in one
		*     version of the vendor's page.
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `Initiated` · Terminal: `Returned`, `Declined`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | Initiated | Sent | included in a NACHA batch sent to the ODFI (several times a day) |
		*     | Initiated | Declined | the entry failed before it was batched |
		*     | Sent | Complete | the ODFI acknowledged the batch |
		*     | Sent | Declined | the ODFI rejected the batch or the entry |
		*     | Complete | Settled | funds deposited at the RDFI |
		*     | Complete | Returned | the RDFI returned the entry (NACHA return code) |
		*     | Settled | Returned | the RDFI returned the entry within the NACHA return window |
		* @enum {string}
		*/
		AchTransferStatus: "Initiated" | "Sent" | "Complete" | "Settled" | "Returned" | "Declined";
		/**
		* AchReturnCode
		* @description The NACHA return reason code of a `Returned` transfer, e.g. `R01` insufficient funds, `R02` account closed, `R03`
		*     no account, `R04` invalid account number, `R05` unauthorized consumer debit with a corporate SEC code, `R07`
		*     authorization revoked, `R10` customer says not authorized, `R29` corporate customer says not authorized
		*     (designed: the vendor shows no return code field).
		* @example R01
		*/
		AchReturnCode: string | null;
		/**
		* AchTransfer
		* @description An ACH transfer as connectFi reports it: the body of the `achStatusChanged` webhook, which the create, validate,
		*     query and list answers mirror (designed: the vendor did not show those answers).
		*/
		AchTransfer: {
			/** @description connectFi's id of the transfer, prefixed with the client id. */
			cFiTransactionId: components["schemas"]["CommonId"];
			reference: components["schemas"]["CommonReference"];
			/**
			* @description The client (aggregator) id.
			* @example CLIENTID
			*/
			cFiAggregatorId?: components["schemas"]["CommonId"];
			status: components["schemas"]["AchTransferStatus"];
			dtsCreatedAt?: components["schemas"]["Timestamp"];
			effectiveEntryDate?: components["schemas"]["AchEffectiveEntryDate"];
			individualName?: components["schemas"]["AchIndividualName"];
			routingNumber?: components["schemas"]["AchRoutingNumber"];
			amount?: components["schemas"]["Amount"];
			currency?: components["schemas"]["Currency"];
			DFIAccountNumber?: components["schemas"]["AchDFIAccountNumber"];
			returnCode?: components["schemas"]["AchReturnCode"];
		};
		/**
		* TransactionQuery
		* @description The shared query pattern: exactly one of `cFiTransactionIds` or `references`, each with 1 to 20 items.
		*     More than 20 fails even when the ids repeat; repeated ids return one result; unknown ids are ignored; when none is
		*     found the answer is `code "0"` with an empty list. Sending both fails with `transactionQuery`.
		*/
		TransactionQuery: {
			cFiTransactionIds: components["schemas"]["CommonId"][];
		} | {
			references: components["schemas"]["CommonReference"][];
		};
		/**
		* CommonIdNullable
		* @description A connectFi identifier or null (vendor fragment `common-idNullable`); used by list and export filters, including `reference` there.
		*/
		CommonIdNullable: string | null;
		/**
		* DateOnlyNullable
		* Format: date
		* @description A calendar date `YYYY-MM-DD` or null; used by the `dateCreateFrom` / `dateCreateTo` list filters.
		*/
		DateOnlyNullable: string | null;
		/**
		* AchTransferFilters
		* @description The filters of the ACH list and export, which combine freely; an empty body matches every transfer.
		*/
		AchTransferFilters: {
			cFiTransactionId?: components["schemas"]["CommonIdNullable"];
			reference?: components["schemas"]["CommonIdNullable"];
			status?: components["schemas"]["AchTransferStatus"];
			dateCreateFrom?: components["schemas"]["DateOnlyNullable"];
			dateCreateTo?: components["schemas"]["DateOnlyNullable"];
		};
		/**
		* NumberOfRecords
		* Format: int32
		* @description How many records to return, at most 1000 (the default). More fails with `greaterNumberOfRecords` (context `maxNumberOfRecords`). Vendor fragment `common-numberOfRecords`.
		*/
		NumberOfRecords: number | null;
		/**
		* SkipRecords
		* Format: int32
		* @description How many matching records to skip, for paging (vendor fragment `common-skipRecords`). The vendor sets no maximum; the bound here is the largest 32-bit integer (designed).
		*/
		SkipRecords: number | null;
		/**
		* AchTransferListRequest
		* @description The shared list pattern for ACH transfers; at most 1000 records per call, paged with `skipRecords`.
		*/
		AchTransferListRequest: components["schemas"]["AchTransferFilters"] & {
			numberOfRecords?: components["schemas"]["NumberOfRecords"];
			skipRecords?: components["schemas"]["SkipRecords"];
		};
		/**
		* More
		* @description True when more records match than were returned; ask again with a larger `skipRecords`.
		*/
		More: boolean;
		/**
		* AchTransferList
		* @description One page of ACH transfers. The array's key `transactions` is designed (the vendor never showed it).
		*/
		AchTransferList: {
			transactions: components["schemas"]["AchTransfer"][];
			more: components["schemas"]["More"];
		};
		/**
		* NumberOfExportRecords
		* Format: int32
		* @description How many records an export returns, at most 100000 (the default). Vendor fragment `common-numberOfRecords` with the export limit.
		*/
		NumberOfExportRecords: number | null;
		/**
		* AchTransferExportRequest
		* @description The list filters plus the NACHA package and the ACH profile; at most 100000 records per export.
		*/
		AchTransferExportRequest: components["schemas"]["AchTransferFilters"] & {
			/** @description The NACHA package (batch file) the transfers went out in. */
			cFiPackageId?: components["schemas"]["CommonIdNullable"];
			/** @description The ACH profile the transfers were originated with. */
			clientCode?: components["schemas"]["CommonStr50"];
			numberOfRecords?: components["schemas"]["NumberOfExportRecords"];
			skipRecords?: components["schemas"]["SkipRecords"];
		};
		/**
		* AchReturnRatesRequest
		* @description The reporting date; without it, every daily record of the client (up to 1000, newest first).
		*/
		AchReturnRatesRequest: {
			date?: components["schemas"]["DateOnlyNullable"];
		};
		/**
		* AchReturnRate
		* @description The client's ACH return rates on one day, over the rolling 60 days before it, against the Nacha thresholds:
		*     unauthorized returns (R05, R07, R10, R29, R51) below 0.5 %, administrative returns (R02, R03, R04) below 3.0 %, all
		*     returns (excluding RCK) below 15.0 %. Rates are percentages. The field names are designed (the vendor did not show
		*     them).
		*/
		AchReturnRate: {
			/** @description The first day of the 60-day window. */
			minDate?: components["schemas"]["DateOnly"];
			/** @description The reporting date, the last day of the window; records are sorted by it, newest first. */
			maxDate: components["schemas"]["DateOnly"];
			/** @description Unauthorized returns as a percentage of debits; the Nacha threshold is 0.5. */
			unauthorizedReturnRate: number;
			/** @description Administrative returns as a percentage of debits; the Nacha threshold is 3.0. */
			administrativeReturnRate: number;
			/** @description All returns except RCK as a percentage of debits; the Nacha threshold is 15.0. */
			overallReturnRate: number;
			/**
			* Format: int32
			* @description For how many consecutive days up to `maxDate` at least one rate has been at or above its threshold; 0 when compliant.
			*/
			daysOutOfCompliance: number;
		};
		/**
		* BillBillerText
		* @description A text value of the RPPS biller directory, passed through as RPPS gives it (length bound designed).
		*/
		BillBillerText: string | null;
		/**
		* BillBillerId
		* @description The RPPS biller id, 10 digits (from the biller directory, `biller_id`).
		* @example 0123456789
		*/
		BillBillerId: string;
		/**
		* BillYesNo
		* @description A directory flag, `Y` or `N` (null where RPPS leaves it empty).
		* @enum {string|null}
		*/
		BillYesNo: "Y" | "N" | null;
		/**
		* BillBiller
		* @description One biller of the Mastercard RPPS directory, with the directory's snake_case field names as the vendor shows them.
		*     The list of fields is the documented one; the directory may carry more, which are passed through. Types are
		*     designed: the `Y`/`N` flags as `BillYesNo`, every other value as text.
		* @example {
		*       "recordType": "BILLER",
		*       "billerKey": "0123456789",
		*       "record_effective_date": "2023-06-01",
		*       "biller_id": "0123456789",
		*       "live_date": "2001-03-15",
		*       "routing_number": "9999000038",
		*       "biller_name": "Example Power and Light",
		*       "biller_class": "Utilities",
		*       "biller_type": "Core",
		*       "line_of_business": "Electric",
		*       "file_format": "CIE",
		*       "accepts_prenotes": "Y",
		*       "accepts_guaranteed_payments_only": "N",
		*       "currency_code": "840",
		*       "country_code": "US",
		*       "state_code": "TX",
		*       "accepts_exception_payments": "Y",
		*       "total_addresses": 1,
		*       "total_masks": 2
		*     }
		*/
		BillBiller: {
			/** @description The directory record type. */
			recordType?: components["schemas"]["BillBillerText"];
			/** @description The directory key of the biller record. */
			billerKey?: components["schemas"]["BillBillerText"];
			/** @description When this version of the record took effect. */
			record_effective_date?: components["schemas"]["BillBillerText"];
			biller_id: components["schemas"]["BillBillerId"];
			/** @description When the biller went live on RPPS. */
			live_date?: components["schemas"]["BillBillerText"];
			/** @description The RPPS routing number of the biller. */
			routing_number?: components["schemas"]["BillBillerText"];
			/** @description The biller's name. */
			biller_name: components["schemas"]["BillBillerText"];
			/** @description The RPPS biller class. */
			biller_class?: components["schemas"]["BillBillerText"];
			/** @description The RPPS biller type. */
			biller_type?: components["schemas"]["BillBillerText"];
			/** @description The biller's line of business. */
			line_of_business?: components["schemas"]["BillBillerText"];
			/** @description The file format the biller receives. */
			file_format?: components["schemas"]["BillBillerText"];
			accepts_prenotes?: components["schemas"]["BillYesNo"];
			accepts_guaranteed_payments_only?: components["schemas"]["BillYesNo"];
			accepts_DMP_prenotes?: components["schemas"]["BillYesNo"];
			accepts_DMP_payments_only?: components["schemas"]["BillYesNo"];
			/** @description The biller's average response time. */
			average_response_time?: components["schemas"]["BillBillerText"];
			accept_CDP_prenotes?: components["schemas"]["BillYesNo"];
			accept_CDV_prenotes?: components["schemas"]["BillYesNo"];
			accept_CDD_prenotes?: components["schemas"]["BillYesNo"];
			accept_CDF_prenotes?: components["schemas"]["BillYesNo"];
			accept_CDN_prenotes?: components["schemas"]["BillYesNo"];
			accept_FBD_prenotes?: components["schemas"]["BillYesNo"];
			accept_FBC_prenotes?: components["schemas"]["BillYesNo"];
			return_CDR?: components["schemas"]["BillYesNo"];
			return_CDT?: components["schemas"]["BillYesNo"];
			return_CDA?: components["schemas"]["BillYesNo"];
			return_CDV?: components["schemas"]["BillYesNo"];
			return_CDC?: components["schemas"]["BillYesNo"];
			return_CDM?: components["schemas"]["BillYesNo"];
			require_addenda_with_reversals?: components["schemas"]["BillYesNo"];
			/** @description The biller's country. */
			country_code?: components["schemas"]["BillBillerText"];
			/** @description The biller's state. */
			state_code?: components["schemas"]["BillBillerText"];
			/** @description The check-digit routine the biller applies to account numbers. */
			check_digit_routine?: components["schemas"]["BillBillerText"];
			/** @description ISO 4217 numeric currency code, `840` for USD. */
			currency_code?: components["schemas"]["BillBillerText"];
			/** @description The biller's territory code. */
			territory_code?: components["schemas"]["BillBillerText"];
			/** @description The biller's former name, if renamed. */
			previous_biller_name?: components["schemas"]["BillBillerText"];
			/** @description RPPS's note on the biller. */
			note?: components["schemas"]["BillBillerText"];
			accepts_exception_payments?: components["schemas"]["BillYesNo"];
			/**
			* Format: int32
			* @description How many addresses the biller has.
			*/
			total_addresses?: number | null;
			/**
			* Format: int32
			* @description How many account-number masks the biller has.
			*/
			total_masks?: number | null;
		} & {
			[key: string]: unknown;
		};
		/**
		* BillBillerListRequest
		* @description Filters on the biller directory, which combine freely; at most 100 billers per call, paged with `skipRecords`.
		*/
		BillBillerListRequest: {
			/** @description One biller. */
			billerId?: components["schemas"]["BillBillerId"] | null;
			/** @description Several billers. */
			billerIds?: components["schemas"]["BillBillerId"][] | null;
			/** @description Part of the biller's name (substring match). */
			billerName?: components["schemas"]["CommonStr50"];
			/** @description Part of one of the biller's alternative names (substring match). */
			aka?: components["schemas"]["CommonStr50"];
			/**
			* Format: int32
			* @description How many billers to return, at most 100 (the default).
			*/
			numberOfRecords?: number | null;
			skipRecords?: components["schemas"]["SkipRecords"];
		};
		/**
		* BillBillerList
		* @description One page of billers. The array's key `billers` is designed (the vendor never showed it).
		*/
		BillBillerList: {
			billers: components["schemas"]["BillBiller"][];
			more: components["schemas"]["More"];
		};
		/**
		* BillBillerAddress
		* @description One address record of a biller. The vendor shows `recordType` and `address_key` and elides the rest, which is passed through.
		*/
		BillBillerAddress: {
			recordType?: components["schemas"]["BillBillerText"];
			address_key?: components["schemas"]["BillBillerText"];
		} & {
			[key: string]: unknown;
		};
		/**
		* BillBillerMask
		* @description One account-number mask of a biller: an account number must fit one of them (`rppsMaskMatch` otherwise). The
		*     vendor shows the list but not its fields; they are passed through (`recordType` and `mask` designed).
		*/
		BillBillerMask: {
			recordType?: components["schemas"]["BillBillerText"];
			mask?: components["schemas"]["BillBillerText"];
		} & {
			[key: string]: unknown;
		};
		/**
		* BillBillerDetail
		* @description One biller as `GET /transfer-to/bills/biller/{billerId}` returns it, under `original`.
		*/
		BillBillerDetail: {
			original: components["schemas"]["BillBiller"] & {
				addresses?: components["schemas"]["BillBillerAddress"][];
				masks?: components["schemas"]["BillBillerMask"][];
			};
		};
		/**
		* BillPublicJwk
		* @description An RSA public key as a JSON Web Key (RFC 7517), ready for WebCrypto `importKey('jwk', key, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt'])`.
		*/
		BillPublicJwk: {
			/** @constant */
			kty: "RSA";
			/** @description The modulus, base64url without padding (342 characters for a 2048-bit key). */
			n: string;
			/** @description The public exponent, base64url (`AQAB` for 65537). */
			e: string;
			/**
			* @description The algorithm the key is for, `RSA-OAEP-256` (designed; may be absent).
			* @constant
			*/
			alg?: "RSA-OAEP-256";
			/**
			* @description `enc`: the key encrypts (designed; may be absent).
			* @constant
			*/
			use?: "enc";
		};
		/**
		* BillEncryptionKey
		* @description One public key, in PEM (SPKI) and in JWK form; both forms hold the same key.
		*/
		BillEncryptionKey: {
			/** @description The key as PEM-encoded SPKI, for node's `crypto.publicEncrypt`. */
			pem: string;
			jwk: components["schemas"]["BillPublicJwk"];
		};
		/**
		* BillEncryptionKeys
		* @description connectFi's two public keys for account numbers. Both work the same way and either may be used; they are specific
		*     to the environment (sandbox or production). The key names are designed (the vendor shows both keys, in PEM and in
		*     JWK, but not the field names).
		*/
		BillEncryptionKeys: {
			primary: components["schemas"]["BillEncryptionKey"];
			secondary: components["schemas"]["BillEncryptionKey"];
		};
		/**
		* BillBatchId
		* @description The client's own batch label, to group payments for reconciliation; letters and digits (length designed).
		* @example batch20230628
		*/
		BillBatchId: string | null;
		/**
		* BillInitiateFields
		* @description The fields of a bill payment other than the account number, shared by the plain and the encrypted variant of
		*     `BillInitiateRequest`. Field names from the vendor's examples; required flags and lengths designed.
		*/
		BillInitiateFields: {
			reference: components["schemas"]["CommonReference"];
			billerId: components["schemas"]["BillBillerId"];
			/** @description The payer's legal name when the payer is a business. */
			legalName?: components["schemas"]["CommonStr50"];
			/** @description The payer's first name as the biller knows it. */
			firstName?: components["schemas"]["CommonStr50"];
			/** @description The payer's last name as the biller knows it. */
			lastName?: components["schemas"]["CommonStr50"];
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			/**
			* @description RPPS delivery time code; the vendor's examples show `N` (the other values are not documented, so any one capital letter is accepted).
			* @example N
			*/
			deliveryTimeCode?: string | null;
			webhookUrl?: components["schemas"]["WebhookUrl"];
			/** @description A note about the payment for the client's own records. */
			narrative?: components["schemas"]["CommonStr500"];
			batchId?: components["schemas"]["BillBatchId"];
			/**
			* @description True to reverse an earlier, `Settled` payment to the same biller (only by separate agreement with PayGears;
			*     `rppsIsReversal` otherwise). A reversal cannot itself be reversed, and all reversals together may not exceed the
			*     original amount. Designed: the vendor's errors imply the flag.
			*/
			isReversal?: boolean | null;
			/** @description The payment a reversal reverses (designed; required with `isReversal`). */
			originalCFiTransactionId?: components["schemas"]["CommonIdNullable"];
		};
		/**
		* BillAccountNumberEncrypted
		* @description The consumer's account number at the biller, encrypted: RSA-OAEP with SHA-256 (and MGF1-SHA-256) under one of the
		*     public keys from `GET /transfer-to/bills/public-encryption-keys`, over the UTF-8 account number, written as
		*     standard base64 with padding. The keys are 2048-bit RSA, so the text is always exactly 344 characters ending in
		*     `==`; the character before the padding carries only two significant bits, hence one of `A`, `Q`, `g`, `w`.
		*/
		BillAccountNumberEncrypted: string;
		/**
		* BillInitiateEncryptedRequest
		* @description A bill payment with the account number encrypted under connectFi's public key (`accountNumberEncrypted`).
		*/
		BillInitiateEncryptedRequest: components["schemas"]["BillInitiateFields"] & {
			accountNumberEncrypted: components["schemas"]["BillAccountNumberEncrypted"];
		};
		/**
		* BillAccountNumber
		* @description The consumer's account number at the biller, in clear. It must fit one of the biller's masks (`rppsMaskMatch`
		*     otherwise). Where PayGears requires encryption (the default), send `accountNumberEncrypted` instead
		*     (`rppsAccountNumberEncrypted` otherwise). Length designed.
		* @example 4111222233334444
		*/
		BillAccountNumber: string;
		/**
		* BillInitiatePlainRequest
		* @description A bill payment with the account number in clear (`accountNumber`), where PayGears allows it.
		*/
		BillInitiatePlainRequest: components["schemas"]["BillInitiateFields"] & {
			accountNumber: components["schemas"]["BillAccountNumber"];
		};
		/**
		* BillInitiateRequest
		* @description A bill payment to an RPPS biller: exactly one of `accountNumber` (clear) or `accountNumberEncrypted` (the vendor's
		*     "schema 1" and "schema 2"). The branches are told apart by their `required` field; sending both or neither fails
		*     (the vendor's code for it is `rppsAccountNumber`).
		*/
		BillInitiateRequest: components["schemas"]["BillInitiateEncryptedRequest"] | components["schemas"]["BillInitiatePlainRequest"];
		/**
		* BillTransactionStatus
		* @description Where an RPPS bill payment stands. The values are the vendor's; the transitions are designed from the vendor's
		*     meaning of each value. `Cancelled` is set when the client cancels a payment that is still `Initiated` or
		*     `Processing`; `DecryptError` when connectFi cannot decrypt `accountNumberEncrypted`; `Unknown` while PayGears
		*     reviews a payment by hand.
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `Initiated` · Terminal: `Settled`, `Declined`, `Cancelled`, `DecryptError`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | Initiated | Processing | POST /transfer-to/bills/execute (no webhook for this change) |
		*     | Initiated | Cancelled | the client cancelled the payment |
		*     | Processing | Cancelled | the client cancelled the payment |
		*     | Processing | DecryptError | the encrypted account number could not be decrypted |
		*     | Processing | Sent | included in a file sent to Mastercard RPPS (several times a day) |
		*     | Sent | Complete | RPPS acknowledged the payment |
		*     | Sent | Declined | RPPS or the biller rejected the payment |
		*     | Sent | Unknown | the outcome needs a manual review |
		*     | Complete | Settled | funds reached the biller's bank and were debited from the settlement account |
		*     | Complete | Declined | the biller returned the payment |
		*     | Unknown | Complete | the review found the payment acknowledged |
		*     | Unknown | Declined | the review found the payment failed |
		* @enum {string}
		*/
		BillTransactionStatus: "Initiated" | "Processing" | "Sent" | "Complete" | "Settled" | "Declined" | "Cancelled" | "DecryptError" | "Unknown";
		/**
		* BillProcessing
		* @description RPPS's processing result, present from `Complete` on. Field names from the vendor's webhook; types designed.
		*/
		BillProcessing: {
			/** @description The day RPPS processed the payment. */
			dateProcessed?: components["schemas"]["DateOnly"];
			/** @description True when this payment is a reversal of an earlier one. */
			isReversal?: boolean;
			/** @description RPPS's remarks, if any. */
			remarks?: string | null;
			/**
			* @description RPPS's response code.
			* @example 00
			*/
			responseCode?: string | null;
			/**
			* @description RPPS's own status; the vendor shows `Completed`.
			* @example Completed
			*/
			status: string;
			/**
			* @description RPPS's trace id of the payment.
			* @example 000000000006993
			*/
			traceId?: string | null;
		};
		/**
		* BillTransaction
		* @description An RPPS bill payment as connectFi reports it: the body of the `billsStatusChanged` webhook, which the initiate,
		*     execute, query and list answers mirror. Note `dtsCreated` (not `dtsCreatedAt`) on bills. From `Complete` on it adds
		*     `dtsSent` and `processing`.
		*/
		BillTransaction: {
			reference: components["schemas"]["CommonReference"];
			/** @description connectFi's id of the payment, prefixed with the client id. */
			cFiTransactionId: components["schemas"]["CommonId"];
			/**
			* @description The originator's merchant id at RPPS, e.g. `10000001`.
			* @example 10000001
			*/
			merchantId?: string;
			/**
			* @description connectFi's 15-digit trace number of the payment.
			* @example 000000000006993
			*/
			cFiTraceNumber?: string;
			status: components["schemas"]["BillTransactionStatus"];
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			dtsCreated?: components["schemas"]["Timestamp"];
			billerId: components["schemas"]["BillBillerId"];
			batchId?: components["schemas"]["BillBatchId"];
			/** @description When the payment went to RPPS; present from `Complete` on. */
			dtsSent?: components["schemas"]["Timestamp"];
			processing?: components["schemas"]["BillProcessing"];
		};
		/**
		* BillExecuteRequest
		* @description The initiated payment to execute.
		*/
		BillExecuteRequest: {
			cFiTransactionId: components["schemas"]["CommonId"];
		};
		/**
		* BillTransactionFilters
		* @description The filters of the bill list and export (documented on the export page), which combine freely; an empty body matches every payment.
		*/
		BillTransactionFilters: {
			cFiTransactionId?: components["schemas"]["CommonIdNullable"];
			cFiTransactionIds?: components["schemas"]["CommonId"][] | null;
			reference?: components["schemas"]["CommonIdNullable"];
			dateCreateFrom?: components["schemas"]["DateOnlyNullable"];
			dateCreateTo?: components["schemas"]["DateOnlyNullable"];
			/** @description The day the payments settled. */
			dateSettled?: components["schemas"]["DateOnlyNullable"];
			/** @description The day RPPS reported an exception on the payments. */
			dateException?: components["schemas"]["DateOnlyNullable"];
			status?: components["schemas"]["BillTransactionStatus"];
			billerId?: components["schemas"]["BillBillerId"] | null;
			batchId?: components["schemas"]["BillBatchId"];
		};
		/**
		* BillTransactionListRequest
		* @description The shared list pattern for bill payments; at most 1000 records per call, paged with `skipRecords`.
		*/
		BillTransactionListRequest: components["schemas"]["BillTransactionFilters"] & {
			numberOfRecords?: components["schemas"]["NumberOfRecords"];
			skipRecords?: components["schemas"]["SkipRecords"];
		};
		/**
		* BillTransactionList
		* @description One page of bill payments. The array's key `transactions` is designed (the vendor never showed it).
		*/
		BillTransactionList: {
			transactions: components["schemas"]["BillTransaction"][];
			more: components["schemas"]["More"];
		};
		/**
		* BillSummaryRequest
		* @description The settlement day to summarise; RPPS settles the same or the next business day, so ask for yesterday, once a day.
		*/
		BillSummaryRequest: {
			date: components["schemas"]["DateOnly"];
		};
		/**
		* BillSummaryBucket
		* @description How many items of one kind settled on the day, and their total in dollars (field names designed).
		*/
		BillSummaryBucket: {
			/** Format: int32 */
			count: number;
			amount: number;
		};
		/**
		* BillSummaryException
		* @description A payment RPPS reported an exception for on the day (field names designed).
		*/
		BillSummaryException: {
			cFiTransactionId?: components["schemas"]["CommonIdNullable"];
			cFiTraceNumber?: string | null;
			amount?: components["schemas"]["Amount"];
			/** @description RPPS's reason for the exception. */
			reason: string;
		};
		/**
		* BillSettlementSummary
		* @description One day's RPPS settlement: the totals per bucket (`disburse` payments, `purchase` reversals, `adjustments`, `fees`),
		*     the day's payments, the exceptions RPPS reported, the exceptions it reported for payments connectFi does not know
		*     (`extraExceptions`), and `notes` on every discrepancy found. The bucket names and `notes` are the vendor's; the
		*     other field names and shapes are designed.
		*/
		BillSettlementSummary: {
			date: components["schemas"]["DateOnly"];
			disburse: components["schemas"]["BillSummaryBucket"];
			purchase: components["schemas"]["BillSummaryBucket"];
			adjustments: components["schemas"]["BillSummaryBucket"];
			fees: components["schemas"]["BillSummaryBucket"];
			transactions: components["schemas"]["BillTransaction"][];
			exceptions: components["schemas"]["BillSummaryException"][];
			extraExceptions: components["schemas"]["BillSummaryException"][];
			notes: string[];
		};
		/**
		* BillTransactionExportRequest
		* @description The list's filters, with at most 100000 records per export.
		*/
		BillTransactionExportRequest: components["schemas"]["BillTransactionFilters"] & {
			numberOfRecords?: components["schemas"]["NumberOfExportRecords"];
			skipRecords?: components["schemas"]["SkipRecords"];
		};
		/**
		* CardEncryptedData
		* @description The card, encrypted by the client (the `card` object of card registration). Build the plaintext
		*     `PAN|YYYYMM|CVV`, pipe-delimited (e.g. `4111111111111111|202812|123`), encrypt it with **RSA-OAEP using SHA-256**
		*     under the RSA-2048 public key PayGears gives you (node: `crypto.publicEncrypt` with `RSA_PKCS1_OAEP_PADDING` and
		*     `oaepHash: "sha256"`; WebCrypto: `{ name: "RSA-OAEP", hash: "SHA-256" }`), and send the 256-byte result as
		*     **base64url without padding**: exactly 342 characters. `keyId` names the key you used.
		*
		*     **Designed here:** the vendor documents no endpoint that serves card keys, so the key and its `keyId` are taken
		*     to reach you out of band from PayGears, one per environment (sandbox and production differ). The exact lengths
		*     follow from RSA-2048 and from the vendor's example `keyId`.
		*/
		CardEncryptedData: {
			/** @description `PAN|YYYYMM|CVV` encrypted with RSA-OAEP SHA-256 under an RSA-2048 key: 256 bytes as base64url without padding, exactly 342 characters. */
			encryptedData: string;
			/**
			* @description The id of the public key that encrypted `encryptedData`, 22 base64url characters (16 bytes), e.g. `je87i6-C2QJS7PHUAbJPqw`.
			* @example je87i6-C2QJS7PHUAbJPqw
			*/
			keyId: string;
		};
		/**
		* PersonName
		* @description A person's name split into parts, as on card owners (`{ first, middle, last, suffix }`).
		*/
		PersonName: {
			first: components["schemas"]["CommonStr50Req"];
			middle?: components["schemas"]["CommonStr50"];
			last: components["schemas"]["CommonStr50Req"];
			suffix?: components["schemas"]["CommonStr50"];
		};
		/**
		* UsState
		* @description Two-letter US state or territory code (designed; the vendor examples use codes such as `NY`).
		* @example NY
		*/
		UsState: string;
		/**
		* PostalCode
		* @description US ZIP code, 5 digits or ZIP+4 (`12345-1234` is accepted, as on checks).
		* @example 10001
		*/
		PostalCode: string;
		/**
		* PostalAddress
		* @description A US postal address as the payment rails send it (card owners, wire parties, check payers and payees). `country` is the alpha-2 code `US`.
		* @example {
		*       "addressLine1": "350 Fifth Avenue",
		*       "addressLine2": "Suite 4100",
		*       "city": "New York",
		*       "state": "NY",
		*       "postalCode": "10118",
		*       "country": "US"
		*     }
		*/
		PostalAddress: {
			addressLine1: components["schemas"]["CommonStr50Req"];
			addressLine2?: components["schemas"]["CommonStr50"];
			city: components["schemas"]["CommonStr50Req"];
			state: components["schemas"]["UsState"];
			postalCode: components["schemas"]["PostalCode"];
			/** @example US */
			country?: string;
		};
		/**
		* CardOwner
		* @description The cardholder, as the card processor checks it.
		*/
		CardOwner: {
			name: components["schemas"]["PersonName"];
			address: components["schemas"]["PostalAddress"];
			phone?: components["schemas"]["PhoneNumber"];
		};
		/**
		* CardRedactedValue
		* @description A sensitive card element (PAN or security code) as it reaches connectFi inside `clearCard`: already redacted,
		*     i.e. replaced by the tokenization gateway's alias. A clear value never validates, and connectFi answers
		*     `toucanClearCardNotRedacted` when it meets one.
		*
		*     **Designed here:** the vendor says only that the gateway replaces the elements with "non-sensitive tokens (also
		*     known as aliases)". The pattern admits alias-shaped values (8–64 characters of letters, digits, `_` and `-`, with
		*     at least one letter or `_`) and so rejects every clear PAN (13–19 digits, with or without spaces or hyphens) and
		*     every clear CVV (3–4 digits).
		* @example tok_sandbox_bhtsCwFUzoJMw9rWUfEV5e
		*/
		CardRedactedValue: string;
		/**
		* CardClearData
		* @description The card without client-side encryption (the `clearCard` object of card registration). connectFi's tokenization
		*     gateway intercepts registration requests that carry `clearCard` and replaces the PAN and the security code with
		*     aliases before connectFi sees them; connectFi and the processor never store them in clear. A `clearCard` whose
		*     account number reaches connectFi unredacted fails with `toucanClearCardNotRedacted`.
		*
		*     **Designed here:** the vendor names the object but not its fields; `accountNumber`, `expirationDate` (`YYYYMM`,
		*     as in the encrypted plaintext) and `securityCode` are designed, and both sensitive fields must be redacted
		*     (see `CardRedactedValue`).
		*/
		CardClearData: {
			accountNumber: components["schemas"]["CardRedactedValue"];
			/**
			* @description The card's expiry month, `YYYYMM`.
			* @example 202812
			*/
			expirationDate: string;
			securityCode?: components["schemas"]["CardRedactedValue"];
		};
		/**
		* CardRegisterRequest
		* @description Registers an external card: `reference`, the `owner` and exactly one of `card` (encrypted by the client) or
		*     `clearCard` (redacted by the tokenization gateway); a body with both matches both branches and fails. The same card
		*     may be registered several times under different references; a repeated `reference` fails with `referenceExists`.
		*/
		CardRegisterRequest: {
			reference: components["schemas"]["CommonReference"];
			card: components["schemas"]["CardEncryptedData"];
			owner: components["schemas"]["CardOwner"];
		} | {
			reference: components["schemas"]["CommonReference"];
			clearCard: components["schemas"]["CardClearData"];
			owner: components["schemas"]["CardOwner"];
		};
		/**
		* CardId
		* @description A registered external card, `tcrd_...` (a `common-id`).
		* @example tcrd_5m41U6ycdgJ5CNyGDObY8Q
		*/
		CardId: string;
		/**
		* CardRegistration
		* @description A registered external card. It never carries the PAN or the security code: only the last 4 digits of the PAN.
		*
		*     **Designed here:** the vendor documents that the answer shows only the last 4 digits; the field names `last4` and
		*     the rest of the shape are designed.
		*/
		CardRegistration: {
			cFiCardId: components["schemas"]["CardId"];
			reference: components["schemas"]["CommonReference"];
			/**
			* @description The last 4 digits of the card's PAN.
			* @example 1111
			*/
			last4: string;
			owner?: components["schemas"]["CardOwner"];
			dtsCreatedAt?: components["schemas"]["Timestamp"];
		};
		/**
		* CardSoftDescriptor
		* @description How the transaction is described on the cardholder's statement (the merchant's name and contacts).
		*/
		CardSoftDescriptor: {
			name: components["schemas"]["CommonStr50Req"];
			address?: components["schemas"]["PostalAddress"];
			phone?: components["schemas"]["PhoneNumber"];
			email?: components["schemas"]["Email"];
		};
		/**
		* CardTransferRequest
		* @description A push to, or a pull from, a registered card (the same body for `/transfer-to/card/push`, `/transfer-to/card/pull`
		*     and `/acquiring/pull`). `reference`, `cFiCardId`, `amount`, `currency` and `narrative` are required;
		*     `softDescriptor` is optional. A repeated `reference` fails with `referenceExists`; identical bodies with different
		*     references are two transactions.
		*/
		CardTransferRequest: {
			reference: components["schemas"]["CommonReference"];
			cFiCardId: components["schemas"]["CardId"];
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			/** @description What the payment is for (designed as `common-commonStr500` text; the vendor gives no length). */
			narrative: string;
			softDescriptor?: components["schemas"]["CardSoftDescriptor"];
		};
		/**
		* CardTransactionStatus
		* @description Where a push, pull or acquiring transaction stands. The values are the vendor's (from the list schemas of
		*     push/pull and acquiring); the vendor describes none of them, so the meanings and transitions are designed:
		*     `Initiated` sent to the processor, `Complete` approved, `Declined` refused, `Manual` held for manual
		*     processing, `Unknown` the processor's answer is not known yet (review).
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `Initiated` · Terminal: `Complete`, `Declined`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | Initiated | Complete | the processor approves (usually within seconds) |
		*     | Initiated | Declined | the processor declines |
		*     | Initiated | Manual | the transaction is held for manual processing |
		*     | Initiated | Unknown | the processor's answer is lost or unclear |
		*     | Manual | Complete | processed by hand |
		*     | Manual | Declined | refused by hand |
		*     | Unknown | Complete | the review finds it approved |
		*     | Unknown | Declined | the review finds it declined |
		* @enum {string}
		*/
		CardTransactionStatus: "Unknown" | "Manual" | "Initiated" | "Complete" | "Declined";
		/**
		* CardReversalStatus
		* @description Whether a pull (or acquiring) transaction was reversed. The values are the vendor's; the vendor describes none
		*     of them (its error text even says "Pending or Completed"; the enum is trusted), so the meanings are designed:
		*     `Unknown` no reversal asked for, `Reversal` a reversal is under way, `Reversed` the money went back to the card.
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `Unknown` · Terminal: `Reversed`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | Unknown | Reversal | /reversal accepted; the processor has not confirmed yet |
		*     | Unknown | Reversed | /reversal accepted and confirmed at once |
		*     | Reversal | Reversed | the processor confirms the reversal |
		* @enum {string}
		*/
		CardReversalStatus: "Unknown" | "Reversal" | "Reversed";
		/**
		* CardTransaction
		* @description One push, pull or acquiring transaction: the answer of push, pull and reversal, one record of the query and the
		*     list, and the body of the `cardStatusChanged` webhook.
		*
		*     **Designed here:** the vendor shows no response body for these endpoints; the record mirrors the request and
		*     carries the two documented status enums, named like the other rails' records.
		*/
		CardTransaction: {
			cFiTransactionId: components["schemas"]["CommonId"];
			reference: components["schemas"]["CommonReference"];
			cFiAggregatorId?: components["schemas"]["CommonId"];
			cFiCardId: components["schemas"]["CardId"];
			/**
			* @description `push` (settlement account to card) or `pull` (card to settlement account; acquiring is always `pull`).
			* @enum {string}
			*/
			transferType: "push" | "pull";
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			narrative?: string;
			status: components["schemas"]["CardTransactionStatus"];
			reversalStatus: components["schemas"]["CardReversalStatus"];
			dtsCreatedAt: components["schemas"]["Timestamp"];
			/**
			* Format: date-time
			* @description When the transaction reached `Complete` or `Declined`; null before.
			*/
			dtsCompleted?: string | null;
		};
		/**
		* CardTransactionListRequest
		* @description The list filters (push/pull and acquiring). They combine freely; an empty body lists everything, up to 1000
		*     records. Page with `skipRecords`; `more` in the answer says whether more match.
		*/
		CardTransactionListRequest: {
			dateCreateFrom?: components["schemas"]["DateOnlyNullable"];
			dateCreateTo?: components["schemas"]["DateOnlyNullable"];
			status?: components["schemas"]["CardTransactionStatus"];
			reversalStatus?: components["schemas"]["CardReversalStatus"];
			numberOfRecords?: components["schemas"]["NumberOfRecords"];
			skipRecords?: components["schemas"]["SkipRecords"];
		};
		/**
		* CardTransactionList
		* @description One page of card transactions.
		*
		*     **Designed here:** the vendor documents `more` but never shows the array's key; it is named `transactions`.
		*/
		CardTransactionList: {
			transactions: components["schemas"]["CardTransaction"][];
			more: components["schemas"]["More"];
		};
		/**
		* CardReversalRequest
		* @description Reverses a pull transaction (push transactions cannot be reversed).
		*
		*     **Designed here:** the vendor's body was not captured; `cFiTransactionId` and an optional partial `amount`
		*     (the whole amount when absent) are designed.
		*/
		CardReversalRequest: {
			cFiTransactionId: components["schemas"]["CommonId"];
			amount?: components["schemas"]["Amount"];
		};
		/**
		* WireParty
		* @description A name of a wire party, at most 35 characters as in a Fedwire name line (length designed from Fedwire; no `<` or `>`, not only whitespace).
		* @example Acme Supplies LLC
		*/
		WireParty: string;
		/**
		* WireOriginator
		* @description Who sends the wire, as the beneficiary's bank will show it. Field names from the vendor's example; required flags designed.
		*/
		WireOriginator: {
			/** @description The name the originator trades under. */
			commonName?: components["schemas"]["WireParty"];
			/** @description The originator's legal name. */
			legalName: components["schemas"]["WireParty"];
			address: components["schemas"]["PostalAddress"];
		};
		/**
		* WireAbaNumber
		* @description The 9-digit ABA routing number of the beneficiary's bank, which must be a Fedwire funds-transfer participant. The
		*     ABA check digit is not a schema rule (the vendor's own sandbox numbers such as `120000000` do not pass it).
		* @example 021000021
		*/
		WireAbaNumber: string;
		/**
		* WireBeneficiary
		* @description Who receives the wire and at which bank. Field names from the vendor's example; required flags and lengths designed.
		*     `address.addressLine1` must not be a P.O. box: the bank rejects it.
		*/
		WireBeneficiary: {
			/** @description The beneficiary's bank. */
			bankName: components["schemas"]["WireParty"];
			bankABANumber: components["schemas"]["WireAbaNumber"];
			/**
			* @description The beneficiary's account number at that bank, at most 34 characters as in the Fedwire beneficiary identifier (designed).
			* @example 987654321
			*/
			accountNumber: string;
			/** @description The account holder's name. */
			name: components["schemas"]["WireParty"];
			address: components["schemas"]["PostalAddress"];
		};
		/**
		* WireTransferCreateRequest
		* @description One US domestic wire (Fedwire), paid from the client's end-user account. The body is also sent, with
		*     `transferType: wire`, to the Unified Payments endpoint. Field names and spellings follow the vendor's example
		*     (note **`webhookURL`**, capital `URL`, on wires); required flags and lengths are designed from the Fedwire message
		*     format.
		* @example {
		*       "reference": "wire20230628x001",
		*       "amount": 1.01,
		*       "currency": "USD",
		*       "endUserAccount": "12345678901234567",
		*       "originator": {
		*         "commonName": "Acme Payroll",
		*         "legalName": "Acme Payroll Inc",
		*         "address": {
		*           "addressLine1": "350 Fifth Avenue",
		*           "addressLine2": "Suite 4100",
		*           "city": "New York",
		*           "state": "NY",
		*           "postalCode": "10118",
		*           "country": "US"
		*         }
		*       },
		*       "beneficiary": {
		*         "bankName": "JPMorgan Chase Bank",
		*         "bankABANumber": "021000021",
		*         "accountNumber": "987654321",
		*         "name": "Acme Supplies LLC",
		*         "address": {
		*           "addressLine1": "100 Main Street",
		*           "city": "Austin",
		*           "state": "TX",
		*           "postalCode": "73301",
		*           "country": "US"
		*         }
		*       },
		*       "narrative": "Invoice 2023-117",
		*       "memos": [
		*         "Invoice 2023-117",
		*         "Thank you"
		*       ],
		*       "webhookURL": "https://client.example.com/connectfi/webhooks/wire"
		*     }
		*/
		WireTransferCreateRequest: {
			reference: components["schemas"]["CommonReference"];
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			/**
			* @description The client's end-user account the wire is paid from (17 digits in the vendor's example).
			* @example 12345678901234567
			*/
			endUserAccount: string;
			originator: components["schemas"]["WireOriginator"];
			beneficiary: components["schemas"]["WireBeneficiary"];
			/** @description A note about the wire for the client's own records. */
			narrative?: components["schemas"]["CommonStr500"];
			/** @description Originator-to-beneficiary information, up to 4 lines of 35 characters as in Fedwire's tag {6000} (bounds designed). */
			memos?: string[];
			webhookURL?: components["schemas"]["WebhookUrl"];
		};
		/**
		* WireTransferStatus
		* @description Where a wire stands. The values are the vendor's; the transitions are designed from the vendor's meaning of each
		*     value and its sandbox flows. A wire that cannot be sent at once (nightly maintenance, insufficient funds) is saved
		*     as `Initiated` and retried; otherwise it starts as `Sent`. Fedwire transfers are final once processed.
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `Initiated`, `Sent` · Terminal: `Complete`, `Declined`, `Cancelled`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | Initiated | Sent | the delayed wire was retried and sent |
		*     | Initiated | Cancelled | the delayed wire was retracted (nightly update or insufficient funds) |
		*     | Initiated | Complete | the delayed wire was retried and completed |
		*     | Initiated | Declined | the delayed wire failed on retry |
		*     | Sent | Complete | Fedwire completed the transfer |
		*     | Sent | Declined | the transfer failed |
		*     | Sent | Unknown | the outcome needs a manual review |
		*     | Unknown | Complete | the review found the transfer completed |
		*     | Unknown | Declined | the review found the transfer failed |
		* @enum {string}
		*/
		WireTransferStatus: "Initiated" | "Sent" | "Complete" | "Declined" | "Cancelled" | "Unknown";
		/**
		* WireTransfer
		* @description A wire as connectFi reports it: the body of the `wireStatusChanged` webhook, which the send, query and list answers
		*     mirror (designed: the vendor did not show those answers).
		*/
		WireTransfer: {
			status: components["schemas"]["WireTransferStatus"];
			amount?: components["schemas"]["Amount"];
			currency?: components["schemas"]["Currency"];
			reference: components["schemas"]["CommonReference"];
			/** @description connectFi's id of the wire, prefixed with the client id. */
			cFiTransactionId: components["schemas"]["CommonId"];
			/**
			* @description The back office's receipt id of the wire, e.g. `JW2QGEHYI0`; null until the back office has it.
			* @example JW2QGEHYI0
			*/
			transactionReceiptId?: string | null;
			dtsCreatedAt?: components["schemas"]["Timestamp"];
			/**
			* Format: date-time
			* @description When the wire completed; null before.
			*/
			dtsCompleted?: string | null;
		};
		/**
		* WireTransferFilters
		* @description The filters of the wire list and export, which combine freely; an empty body matches every wire.
		*/
		WireTransferFilters: {
			cFiTransactionId?: components["schemas"]["CommonIdNullable"];
			cFiTransactionIds?: components["schemas"]["CommonId"][] | null;
			reference?: components["schemas"]["CommonIdNullable"];
			dateCreateFrom?: components["schemas"]["DateOnlyNullable"];
			dateCreateTo?: components["schemas"]["DateOnlyNullable"];
			status?: components["schemas"]["WireTransferStatus"];
		};
		/**
		* WireTransferListRequest
		* @description The shared list pattern for wires; at most 1000 records per call, paged with `skipRecords`.
		*/
		WireTransferListRequest: components["schemas"]["WireTransferFilters"] & {
			numberOfRecords?: components["schemas"]["NumberOfRecords"];
			skipRecords?: components["schemas"]["SkipRecords"];
		};
		/**
		* WireTransferList
		* @description One page of wires. The array's key `transactions` is designed (the vendor never showed it).
		*/
		WireTransferList: {
			transactions: components["schemas"]["WireTransfer"][];
			more: components["schemas"]["More"];
		};
		/**
		* WireTransferExportRequest
		* @description The list's filters, with at most 100000 records per export.
		*/
		WireTransferExportRequest: components["schemas"]["WireTransferFilters"] & {
			numberOfRecords?: components["schemas"]["NumberOfExportRecords"];
			skipRecords?: components["schemas"]["SkipRecords"];
		};
		/**
		* ComboAchCreateRequest
		* @description The ACH create body (`AchTransferCreateRequest`) with `transferType: ach`.
		*/
		ComboAchCreateRequest: components["schemas"]["AchTransferCreateRequest"] & {
			/** @constant */
			transferType: "ach";
		} & {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			transferType: "ach";
		};
		/**
		* ComboWireCreateRequest
		* @description The wire body (`WireTransferCreateRequest`) with `transferType: wire`.
		*/
		ComboWireCreateRequest: components["schemas"]["WireTransferCreateRequest"] & {
			/** @constant */
			transferType: "wire";
		} & {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			transferType: "wire";
		};
		/**
		* ComboPullCreateRequest
		* @description The pull-from-card body (`CardTransferRequest`) with `transferType: pull`.
		*/
		ComboPullCreateRequest: components["schemas"]["CardTransferRequest"] & {
			/** @constant */
			transferType: "pull";
		} & {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			transferType: "pull";
		};
		/**
		* ComboPushCreateRequest
		* @description The push-to-card body (`CardTransferRequest`) with `transferType: push`.
		*/
		ComboPushCreateRequest: components["schemas"]["CardTransferRequest"] & {
			/** @constant */
			transferType: "push";
		} & {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			transferType: "push";
		};
		/**
		* ComboTransferCreateRequest
		* @description One payment on any rail: `transferType` (`ach`, `wire`, `pull` or `push`) plus every field of that rail's own
		*     create body, with the same rules (ACH cut-offs, wire limits, card permissions) and the same idempotency on
		*     `reference`.
		*/
		ComboTransferCreateRequest: components["schemas"]["ComboAchCreateRequest"] | components["schemas"]["ComboWireCreateRequest"] | components["schemas"]["ComboPullCreateRequest"] | components["schemas"]["ComboPushCreateRequest"];
		/**
		* ComboAchTransfer
		* @description An ACH transfer made through Unified Payments: the ACH record (`AchTransfer`) with `transferType: ach`.
		*/
		ComboAchTransfer: components["schemas"]["AchTransfer"] & {
			/** @constant */
			transferType: "ach";
		} & {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			transferType: "ach";
		};
		/**
		* ComboWireTransfer
		* @description A wire made through Unified Payments: the wire record (`WireTransfer`) with `transferType: wire`.
		*/
		ComboWireTransfer: components["schemas"]["WireTransfer"] & {
			/** @constant */
			transferType: "wire";
		} & {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			transferType: "wire";
		};
		/**
		* ComboPullTransfer
		* @description A pull made through Unified Payments: the card record (`CardTransaction`) with `transferType: pull`.
		*/
		ComboPullTransfer: components["schemas"]["CardTransaction"] & {
			/** @constant */
			transferType: "pull";
		} & {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			transferType: "pull";
		};
		/**
		* ComboPushTransfer
		* @description A push made through Unified Payments: the card record (`CardTransaction`) with `transferType: push`.
		*/
		ComboPushTransfer: components["schemas"]["CardTransaction"] & {
			/** @constant */
			transferType: "push";
		} & {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			transferType: "push";
		};
		/**
		* ComboTransfer
		* @description A payment made through Unified Payments: the record of its rail (`AchTransfer`, `WireTransfer` or
		*     `CardTransaction`, with that rail's status values) tagged with `transferType`.
		*
		*     **Designed here:** the vendor does not show the combo answers or webhook; following its note that each rail's
		*     status and webhook carry over, the record is the rail's own with `transferType` added.
		*/
		ComboTransfer: components["schemas"]["ComboAchTransfer"] | components["schemas"]["ComboWireTransfer"] | components["schemas"]["ComboPullTransfer"] | components["schemas"]["ComboPushTransfer"];
		/**
		* ComboTransferType
		* @description Which rail a unified payment uses: `ach`, `wire`, `pull` (from a card) or `push` (to a card).
		* @enum {string}
		*/
		ComboTransferType: "ach" | "wire" | "pull" | "push";
		/**
		* ComboQuery
		* @description The shared query pattern with a rail on every item: exactly one of `cFiTransactionIds` (items
		*     `{ transferType, cFiTransactionId }`) or `references` (items `{ transferType, reference }`), each with 1 to 20
		*     items. More than 20 fails even when the items repeat; repeated items return one record; unknown ids are ignored;
		*     when none is found the answer is `code "0"` with an empty list. Sending both fails with `transactionQuery`.
		*/
		ComboQuery: {
			cFiTransactionIds: {
				transferType: components["schemas"]["ComboTransferType"];
				cFiTransactionId: components["schemas"]["CommonId"];
			}[];
		} | {
			references: {
				transferType: components["schemas"]["ComboTransferType"];
				reference: components["schemas"]["CommonReference"];
			}[];
		};
		/**
		* CheckReturnAddress
		* @description The return address printed on the envelope, as up to three free lines (line lengths designed).
		*/
		CheckReturnAddress: {
			addressLine1: components["schemas"]["CommonStr50Req"];
			addressLine2?: components["schemas"]["CommonStr50"];
			addressLine3?: components["schemas"]["CommonStr50"];
		};
		/**
		* CheckAttributes
		* @description What is printed on the check and its envelope.
		*
		*     **Designed here:** the vendor shows only an example body; the required flags, the lengths, the
		*     `platformNumber` pattern and the `logo` format are designed.
		*/
		CheckAttributes: {
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			returnAddress?: components["schemas"]["CheckReturnAddress"];
			payerName: components["schemas"]["CommonStr50Req"];
			payerAddress: components["schemas"]["PostalAddress"];
			payeeName: components["schemas"]["CommonStr50Req"];
			payeeAddress: components["schemas"]["PostalAddress"];
			/** @description The phone number printed on the check, as text, e.g. `+1 (555) 666-7777`. */
			platformNumber?: string | null;
			memo?: components["schemas"]["CommonStr50"];
			/**
			* Format: uri
			* @description The URL of an image printed on the check (optional).
			*/
			logo?: string | null;
		};
		/**
		* CheckPrintRequest
		* @description A check to print and mail. A repeated `reference` fails with `referenceExists`.
		*/
		CheckPrintRequest: {
			reference: components["schemas"]["CommonReference"];
			checkAttributes: components["schemas"]["CheckAttributes"];
			webhookUrl?: components["schemas"]["WebhookUrl"];
		};
		/**
		* CheckId
		* @description A check, `chk_...` (a `common-id`).
		* @example chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6
		*/
		CheckId: string;
		/**
		* CheckStatus
		* @description Where a check stands (`cFiCheckStatus`). The values and their meanings are the vendor's; the transitions are
		*     designed from those meanings and the void rules.
		*
		*     | Status | Meaning |
		*     |---|---|
		*     | `Processing` | created; waits for the next file to the bank (sent several times a day) |
		*     | `Sent` | in a file (prints and voids) sent to the bank |
		*     | `InBank` | the bank has received it |
		*     | `Complete` | printed and/or handed to AutoMail |
		*     | `Declined` | rejected by AutoMail |
		*     | `Cancelled` | voided (after the bank confirms, if it was already sent) |
		*     | `Unknown` | under manual review |
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `Processing` · Terminal: `Declined`, `Cancelled`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | Processing | Sent | included in a file sent to the bank by SFTP |
		*     | Processing | Cancelled | voided before it was sent; never printed |
		*     | Sent | InBank | the bank confirms receipt |
		*     | Sent | Unknown | the bank's answer needs a manual review |
		*     | InBank | Complete | printed and handed to AutoMail |
		*     | InBank | Declined | rejected by AutoMail |
		*     | InBank | Cancelled | voided; the bank confirms the void |
		*     | InBank | Unknown | the bank's answer needs a manual review |
		*     | Complete | Cancelled | voided after mailing; the bank confirms and will refuse payment |
		*     | Unknown | InBank | the review finds it at the bank |
		*     | Unknown | Complete | the review finds it printed and mailed |
		*     | Unknown | Declined | the review finds it rejected |
		*     | Unknown | Cancelled | the review finds it voided |
		* @enum {string}
		*/
		CheckStatus: "Processing" | "Sent" | "InBank" | "Complete" | "Declined" | "Cancelled" | "Unknown";
		/**
		* Check
		* @description A check as `/check/get` returns it; also one record of the query and the list.
		*/
		Check: {
			cFiCheckId: components["schemas"]["CheckId"];
			reference: components["schemas"]["CommonReference"];
			/**
			* Format: int64
			* @description The check's serial number, given at creation (typed as an integer here; the vendor shows no value).
			*/
			serial: number;
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			cFiAggregatorId?: components["schemas"]["CommonId"];
			cFiCheckStatus: components["schemas"]["CheckStatus"];
			/** @description True when a void was asked for but the check could not be cancelled at once (it was already sent to the bank). */
			initVoid: boolean;
			webhookUrl?: components["schemas"]["WebhookUrl"];
			dtsCreatedAt: components["schemas"]["Timestamp"];
		};
		/**
		* CheckQuery
		* @description The shared query pattern with check ids: exactly one of `cFiCheckIds` or `references`, each with 1 to 20 items.
		*     More than 20 fails even when the ids repeat; repeated ids return one check; unknown ids are ignored; when none is
		*     found the answer is `code "0"` with an empty list. Sending both fails with `transactionQuery`.
		*/
		CheckQuery: {
			cFiCheckIds: components["schemas"]["CheckId"][];
		} | {
			references: components["schemas"]["CommonReference"][];
		};
		/**
		* CheckVoidRequest
		* @description The check to void and, optionally, why.
		*/
		CheckVoidRequest: {
			cFiCheckId: components["schemas"]["CheckId"];
			reason?: components["schemas"]["CommonStr500"];
		};
		/**
		* CheckListFilters
		* @description The filters shared by `/check/list` and `/check/export-list`. They combine freely; an empty body matches every check.
		*
		*     **Designed here:** the vendor names a check-status and a void-status filter without showing their keys; they take
		*     the record's own names, `cFiCheckStatus` and `initVoid`.
		*/
		CheckListFilters: {
			cFiCheckId?: components["schemas"]["CommonIdNullable"];
			cFiCheckIds?: components["schemas"]["CheckId"][] | null;
			reference?: components["schemas"]["CommonIdNullable"];
			dateCreateFrom?: components["schemas"]["DateOnlyNullable"];
			dateCreateTo?: components["schemas"]["DateOnlyNullable"];
			cFiCheckStatus?: components["schemas"]["CheckStatus"];
			initVoid?: boolean | null;
			skipRecords?: components["schemas"]["SkipRecords"];
		};
		/**
		* CheckListRequest
		* @description The list filters and a page size of at most 1000 (the default); more fails with `greaterNumberOfRecords`.
		*/
		CheckListRequest: components["schemas"]["CheckListFilters"] & {
			numberOfRecords?: components["schemas"]["NumberOfRecords"];
		};
		/**
		* CheckList
		* @description One page of checks.
		*
		*     **Designed here:** the vendor documents `more` but never shows the array's key; it is named `checks`.
		*/
		CheckList: {
			checks: components["schemas"]["Check"][];
			more: components["schemas"]["More"];
		};
		/**
		* CheckExportListRequest
		* @description The list filters and an export size of at most 100000 (the default).
		*/
		CheckExportListRequest: components["schemas"]["CheckListFilters"] & {
			numberOfRecords?: components["schemas"]["NumberOfExportRecords"];
		};
		/**
		* IbisCustomerId
		* @description The connectFi customer who holds the card or vAccount, as issued by `/customer/init` (`cstap_...` individual, `cstab_...` business).
		* @example cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X
		*/
		IbisCustomerId: string;
		/**
		* IbisCardProgramId
		* @description The card program PayGears set up for the client, e.g. `Evolve_Test` in the sandbox. Reversals work only between
		*     cards of one program. **Designed here:** the pattern and length (the vendor shows only the example).
		* @example Evolve_Test
		*/
		IbisCardProgramId: string;
		/**
		* IbisAccountAddRequest
		* @description Open a vAccount with no card for an existing, KYC-approved customer. **Designed here:** the body.
		*/
		IbisAccountAddRequest: {
			customerId: components["schemas"]["IbisCustomerId"];
			reference: components["schemas"]["CommonReference"];
			cardProgramId: components["schemas"]["IbisCardProgramId"];
		};
		/**
		* IbisCardId
		* @description The connectFi id of an issued card (`icrd_...`). On every card endpoint a vAccount's `cFiAccountId` can stand in
		*     for it (vendor fragment `common-id`).
		* @example icrd_575fma7wGFKTgSx537PMcO
		*/
		IbisCardId: string;
		/**
		* IbisCardStatus
		* @description The status code of an issued card or vAccount (vendor's `statusCode`).
		*
		*     | Code | Meaning |
		*     |---|---|
		*     | `A` | issued, not yet activated (initial state only; `set-status` cannot set it) |
		*     | `B` | on, open: all transactions allowed; the only status a card can be debited in |
		*     | `I` | inactive |
		*     | `S` | off: fraud or lost |
		*     | `F` | closed |
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `A` · Terminal: `F`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | A | B | /ibis/card/activate, or /ibis/card/set-status with B |
		*     | A | F | /ibis/card/set-status with F |
		*     | A | I | /ibis/card/set-status with I |
		*     | A | S | /ibis/card/set-status with S (fraud or lost) |
		*     | B | F | /ibis/card/set-status with F |
		*     | B | I | /ibis/card/set-status with I |
		*     | B | S | /ibis/card/set-status with S (fraud or lost) |
		*     | I | F | /ibis/card/set-status with F |
		*     | I | S | /ibis/card/set-status with S |
		*     | S | B | /ibis/card/activate, or /ibis/card/set-status with B |
		*     | S | F | /ibis/card/set-status with F |
		* @enum {string}
		*/
		IbisCardStatus: "A" | "B" | "I" | "S" | "F";
		/**
		* IbisCardProfile
		* @description The cardholder details printed on, or kept with, a new card (`profile` in the vendor's add-card example).
		*     **Designed here:** required flags and lengths.
		*/
		IbisCardProfile: {
			/** @description The name embossed on the card, upper-case letters, spaces, `-`, `'` and `.` (card embossers accept at most 26). */
			nameOnCard: string;
			occupation?: components["schemas"]["CommonStr50"];
		};
		/**
		* IbisCard
		* @description An issued card or vAccount, as the add, activate, status, set-status, set-pin, reissue and list endpoints return
		*     it. A vAccount without a card has `productType: vAccount` and its `cFiAccountId` in `cFiCardId`. Only the last four
		*     digits of the PAN are ever returned. **Designed here:** the field set beyond `cFiCardId`, `cFiAccountId`,
		*     `reference`, `customerId`, `cardProgramId`, `statusCode`, `vAccountNumber` and `abaRoutingNumber`.
		*/
		IbisCard: {
			cFiCardId: components["schemas"]["IbisCardId"];
			/** @description The vAccount behind the card; it can stand in for `cFiCardId` on the card endpoints. */
			cFiAccountId?: string | null;
			reference?: components["schemas"]["CommonReference"];
			customerId: components["schemas"]["IbisCustomerId"];
			cardProgramId?: components["schemas"]["IbisCardProgramId"];
			/**
			* @description What was issued.
			* @enum {string}
			*/
			productType: "debitCard" | "creditCard" | "vAccount";
			statusCode: components["schemas"]["IbisCardStatus"];
			/** @description The last four digits of the PAN; null for a vAccount. */
			last4?: string | null;
			/** @description The expiry date in `MMYY`, as `/ibis/card/activate` takes it; null for a vAccount. */
			cardExpDate?: string | null;
			/** @description The vAccount's account number, for ACH and wires into it. */
			vAccountNumber?: string | null;
			/** @description The routing number of the vAccount's bank (9 digits). */
			abaRoutingNumber?: string | null;
			/** @description The credit limit of a credit card in dollars; null for other products. */
			creditLimit?: number | null;
			/** @description The funds available to spend, in dollars. */
			availableBalance?: number | null;
			currency?: components["schemas"]["Currency"];
			/** @description The cardholder details the card was added with, kept so that `/ibis/card/cardholder-profile` can show them (designed). */
			profile?: components["schemas"]["IbisCardProfile"];
			dtsCreatedAt: components["schemas"]["Timestamp"];
		};
		/**
		* IbisDebitCardAddRequest
		* @description Issue a debit card, with its own vAccount, to an existing, KYC-approved customer. **Designed here:** required flags.
		*/
		IbisDebitCardAddRequest: {
			customerId: components["schemas"]["IbisCustomerId"];
			reference: components["schemas"]["CommonReference"];
			cardProgramId: components["schemas"]["IbisCardProgramId"];
			profile: components["schemas"]["IbisCardProfile"];
		};
		/**
		* IbisCreditApplicationRequest
		* @description Ask for a credit decision for an existing, KYC-approved customer. **Designed here:** the whole body.
		*/
		IbisCreditApplicationRequest: {
			customerId: components["schemas"]["IbisCustomerId"];
			reference: components["schemas"]["CommonReference"];
			cardProgramId: components["schemas"]["IbisCardProgramId"];
			requestedCreditLimit: components["schemas"]["Amount"];
			annualIncome: components["schemas"]["Amount"];
			webhookUrl?: components["schemas"]["WebhookUrl"];
		};
		/**
		* IbisApplicationId
		* @description The id of a credit application (`gsa_...`), as `/ibis/credit-card/application` returns it.
		* @example gsa_6pQw2ZrT8yNc4LkV1bXm9D
		*/
		IbisApplicationId: string;
		/**
		* IbisCreditApplicationStatus
		* @description Where a credit application stands. **Designed here:** the values and transitions; the vendor documents the
		*     endpoints but not their status values.
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `pending` · Terminal: `approved`, `declined`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | pending | approved | the credit decision grants a limit; add the card with /ibis/credit-card/add |
		*     | pending | declined | the credit decision refuses credit |
		* @enum {string}
		*/
		IbisCreditApplicationStatus: "pending" | "approved" | "declined";
		/**
		* IbisCreditApplication
		* @description A credit application and its decision. **Designed here:** the whole record.
		*/
		IbisCreditApplication: {
			applicationId: components["schemas"]["IbisApplicationId"];
			customerId: components["schemas"]["IbisCustomerId"];
			reference: components["schemas"]["CommonReference"];
			cardProgramId: components["schemas"]["IbisCardProgramId"];
			status: components["schemas"]["IbisCreditApplicationStatus"];
			/** @description The limit granted, once `approved`; the most `/ibis/credit-card/add` accepts. */
			approvedCreditLimit?: number | null;
			dtsCreatedAt: components["schemas"]["Timestamp"];
			/**
			* Format: date-time
			* @description When the decision was made; null while `pending`.
			*/
			dtsDecided?: string | null;
		};
		/**
		* IbisCreditCardAddRequest
		* @description Issue a credit card once the customer's credit application is `approved`. `creditLimit` may not exceed the
		*     approved limit. **Designed here:** required flags and lengths (the vendor shows the example only).
		*/
		IbisCreditCardAddRequest: {
			customerId: components["schemas"]["IbisCustomerId"];
			reference: components["schemas"]["CommonReference"];
			cardProgramId: components["schemas"]["IbisCardProgramId"];
			applicationId: components["schemas"]["IbisApplicationId"];
			profile: components["schemas"]["IbisCardProfile"];
			creditLimit: components["schemas"]["Amount"];
		};
		/**
		* IbisCardActivateRequest
		* @description Activate a card or vAccount; `attributes.cardExpDate` (MMYY) confirms the physical card is in the cardholder's hands.
		*/
		IbisCardActivateRequest: {
			cFiCardId: components["schemas"]["IbisCardId"];
			attributes?: {
				/** @description The expiry printed on the card, `MMYY`. */
				cardExpDate?: string | null;
			};
		};
		/**
		* IbisEncryptedData
		* @description A secret (a PIN, or card data) encrypted with RSA-OAEP (SHA-256) under a connectFi public key and encoded in
		*     base64url without padding, exactly like `card.encryptedData` on the card rails (342 characters for RSA-2048).
		*     `keyId` names the key. **Designed here:** its use for PINs and for `/ibis/card/get-auth-data`.
		* @example {
		*       "encryptedData": "sx9_QQ_Y7BMCaxSYmskX1OTF6pxoHs1Ka4o7CXZU4RpsZVHpHZg6gWKa1f2O1aM053WJHQ73KoRvhebI16mfdabyH3NLBo6V_onUQlsAoALdiUC_hCDBwytIUYLX0yMV9RWcbzrNRBKkAgt0rrRtKY0VmIQ1FT4Vj809irS0YTtx3mJt4vYO1utKsVBmX01OM9ndHAzyD1iM9EL1_QqrTXKxUYvt4H7Sxrib4mD-G0M8xELB8k_mP2WKKLQyCgP-IaYDHNLJfQF11Qk6c27_Hkg6leebpYekiXmlIuSIl0CpgQJMPFXhScnPddmoYu14vn2adBIuQJBMUaWlHdAf9g",
		*       "keyId": "je87i6-C2QJS7PHUAbJPqw"
		*     }
		*/
		IbisEncryptedData: {
			encryptedData: string;
			keyId: string;
		};
		/**
		* IbisCardPinRequest
		* @description A card and its 4-digit PIN, for set-pin and check-pin. Send exactly one of:
		*
		*     - `encryptedPin` (designed, recommended): RSA-OAEP (SHA-256) under the connectFi public key named by `keyId`, the
		*       same key and transform as card data, base64url without padding. The plaintext is
		*       `<PIN>|<cFiCardId>|<dtsNow>`, e.g. `NNNN|icrd_575fma7wGFKTgSx537PMcO|2023-06-28T13:26:59.312Z` (NNNN the PIN). connectFi rejects
		*       a block whose card id differs from `cFiCardId` or whose time is more than 5 minutes off (`ibisPinDecrypt`), so a
		*       captured block cannot be replayed on another card or later. Encrypt on the cardholder's device: the PIN then
		*       never exists in clear on the client's servers.
		*     - `pin`: the vendor's documented clear field (`^\d{4}$`). Send it only through the PCI tokenization gateway, as
		*       with `clearCard`; it never appears in examples here.
		*/
		IbisCardPinRequest: {
			cFiCardId: components["schemas"]["IbisCardId"];
			encryptedPin: components["schemas"]["IbisEncryptedData"];
		} | {
			cFiCardId: components["schemas"]["IbisCardId"];
			/**
			* Format: password
			* @description The PIN in clear (vendor field). Only through the tokenization gateway; prefer `encryptedPin`.
			*/
			pin: string;
		};
		/**
		* IbisPinCheck
		* @description The outcome of a PIN check. **Designed here:** the record, and `attemptsLeft` before the card is set to `S`.
		*/
		IbisPinCheck: {
			cFiCardId: components["schemas"]["IbisCardId"];
			pinValid: boolean;
			/**
			* Format: int32
			* @description Wrong PINs left before the card is turned off (`S`).
			*/
			attemptsLeft?: number | null;
		};
		/**
		* IbisCardStatusRequest
		* @description Exactly one of `cFiCardId` (or a vAccount's `cFiAccountId`) or the `reference` given when the card was added.
		*/
		IbisCardStatusRequest: {
			cFiCardId: components["schemas"]["IbisCardId"];
		} | {
			reference: components["schemas"]["CommonReference"];
		};
		/**
		* IbisDescription
		* @description Free text of 1–60 characters (vendor fragment `ibis-description`).
		* @example Lunch split
		*/
		IbisDescription: string;
		/**
		* IbisCardSetStatusRequest
		* @description Move a card to another status. `A` cannot be set, and only the changes of the `IbisCardStatus` lifecycle are
		*     allowed (others fail with `ibisStatusChange`); a closed card (`F`) cannot change at all.
		*/
		IbisCardSetStatusRequest: {
			cFiCardId: components["schemas"]["IbisCardId"];
			/** @enum {string} */
			statusCode: "I" | "B" | "S" | "F";
			description?: components["schemas"]["IbisDescription"];
		};
		/**
		* IbisCardIdRequest
		* @description The body of the card endpoints that only name the card (`cFiCardId`, or a vAccount's `cFiAccountId`).
		*/
		IbisCardIdRequest: {
			cFiCardId: components["schemas"]["IbisCardId"];
		};
		/**
		* IbisCardholderProfile
		* @description The cardholder behind a card, as connectFi holds it from `/customer/init`. **Designed here:** the whole record.
		*/
		IbisCardholderProfile: {
			cFiCardId: components["schemas"]["IbisCardId"];
			customerId: components["schemas"]["IbisCustomerId"];
			nameOnCard: string;
			occupation?: components["schemas"]["CommonStr50"];
			name: components["schemas"]["PersonName"];
			address?: components["schemas"]["PostalAddress"];
			phone?: components["schemas"]["PhoneNumber"];
			email?: components["schemas"]["Email"];
		};
		/**
		* IbisCardReissueRequest
		* @description Reissue a card, with the same card number (`reissueType` 1 or 2) or a new one (3). The allowed types and reasons
		*     depend on the card program's permissions.
		*
		*     | `reissueType` | | `reasonCode` | | `cardShippingMethodId` | |
		*     |---|---|---|---|---|---|
		*     | `1` | same number, same profile | `1` | damaged | `1` | normal (default) |
		*     | `2` | same number, new expiry | `2` | expired | `2` | urgent |
		*     | `3` | new number, same profile | `3` | lost or stolen | `3` | VIP |
		*     | | | `4` | fraud or compromised | | |
		*     | | | `5` | return | | |
		*     | | | `6` | new enrollment | | |
		*
		*     **Designed here:** the vendor's optional `profile` object and its other optional fields are not captured.
		*/
		IbisCardReissueRequest: {
			customerId: components["schemas"]["IbisCustomerId"];
			cFiCardId: components["schemas"]["IbisCardId"];
			reference: components["schemas"]["CommonReference"];
			/** @enum {string} */
			reissueType: "1" | "2" | "3";
			/** @enum {string} */
			reasonCode: "1" | "2" | "3" | "4" | "5" | "6";
			/** @enum {string|null} */
			cardShippingMethodId?: "1" | "2" | "3" | null;
		};
		/**
		* IbisCardListRequest
		* @description The cards and vAccounts of one customer (the shared list pattern). **Designed here:** the `statusCode` filter.
		*/
		IbisCardListRequest: {
			customerId: components["schemas"]["IbisCustomerId"];
			statusCode?: components["schemas"]["IbisCardStatus"] | null;
			numberOfRecords?: components["schemas"]["NumberOfRecords"];
			skipRecords?: components["schemas"]["SkipRecords"];
		};
		/**
		* IbisCardList
		* @description One page of cards and vAccounts. **Designed here:** the array's key `cards` (the vendor never showed it).
		*/
		IbisCardList: {
			cards: components["schemas"]["IbisCard"][];
			more: components["schemas"]["More"];
		};
		/**
		* IbisCardAuthData
		* @description The card's full data for showing to its cardholder (a virtual card's PAN, expiry and CVV), never in clear: the
		*     plaintext `PAN|expiryYYYYMM|CVV` (the card-data format) is RSA-OAEP (SHA-256) encrypted under the public key the
		*     client registered with PayGears, named by `keyId`. Decrypt it on the cardholder's device only.
		*     **Designed here:** the whole record.
		*/
		IbisCardAuthData: {
			cFiCardId: components["schemas"]["IbisCardId"];
			authData: components["schemas"]["IbisEncryptedData"];
		};
		/**
		* IbisCardToCardRequest
		* @description Move money from one issued card (or vAccount) to another. The debited card must be in status `B`
		*     (`ibisCardStatus` otherwise). `cardFromId` and `cardToId` must differ, which JSON Schema cannot express
		*     (comparing two values): connectFi refuses it with `ibisSameCard`.
		*/
		IbisCardToCardRequest: {
			reference: components["schemas"]["CommonReference"];
			cardFromId: components["schemas"]["IbisCardId"];
			cardToId: components["schemas"]["IbisCardId"];
			description?: components["schemas"]["IbisDescription"];
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
		};
		/**
		* IbisFundsId
		* @description The connectFi id of an /ibis funds transfer (`ifnd_...`), as card-to-card, funds-credit and funds-debit return it.
		* @example ifnd_3kXb9TqL2mVw7RzP1cHs0E
		*/
		IbisFundsId: string;
		/**
		* IbisFundsTransferStatus
		* @description Where an /ibis funds transfer stands. `Complete` once booked; `Reversed` or `PartiallyReversed` after reversals. Transfers book synchronously, so there is no pending state. **Designed here:** the values.
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `Complete` · Terminal: `Reversed`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | Complete | PartiallyReversed | /ibis/financial/reversal with an amount below the rest |
		*     | Complete | Reversed | /ibis/financial/reversal of the whole amount |
		*     | PartiallyReversed | PartiallyReversed | another partial /ibis/financial/reversal |
		*     | PartiallyReversed | Reversed | /ibis/financial/reversal of the rest |
		* @enum {string}
		*/
		IbisFundsTransferStatus: "Complete" | "PartiallyReversed" | "Reversed";
		/**
		* IbisFundsTransfer
		* @description An /ibis money movement. Funds-credit has no `cardFromId` (the settlement account pays), funds-debit no `cardToId`.
		*     **Designed here:** the record beyond the request's fields.
		*/
		IbisFundsTransfer: {
			cFiFundsId: components["schemas"]["IbisFundsId"];
			reference: components["schemas"]["CommonReference"];
			/** @enum {string} */
			transferType: "cardToCard" | "fundsCredit" | "fundsDebit" | "reversal";
			cardFromId?: string | null;
			cardToId?: string | null;
			cardProgramId?: components["schemas"]["IbisCardProgramId"];
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			description?: string | null;
			status: components["schemas"]["IbisFundsTransferStatus"];
			/** @description The total reversed so far. */
			reversedAmount?: number;
			/** @description On a reversal, the transfer it reverses. */
			originalFundsId?: string | null;
			dtsCreatedAt: components["schemas"]["Timestamp"];
		};
		/**
		* IbisFundsMoveRequest
		* @description Credit a card from the client's settlement account (funds-credit) or debit it back (funds-debit). A debit needs the
		*     card in status `B`. **Designed here:** the body, shaped like card-to-card.
		*/
		IbisFundsMoveRequest: {
			reference: components["schemas"]["CommonReference"];
			cFiCardId: components["schemas"]["IbisCardId"];
			description?: components["schemas"]["IbisDescription"];
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
		};
		/**
		* IbisReversalRequest
		* @description Reverse a card-to-card transfer, in full or in part. Only card-to-card transfers between two cards of the same
		*     `cardProgramId` can be reversed (`ibisReversalNotAllowed`); that rule spans two stored cards, so no schema can state
		*     it. `amount`, when given, is greater than 0 and at most what is left to reverse; without it the rest is reversed.
		*/
		IbisReversalRequest: {
			cFiFundsId: components["schemas"]["IbisFundsId"];
			/** @description Greater than 0 when given; null or absent reverses the rest. */
			amount?: components["schemas"]["Amount"] | null;
			description?: components["schemas"]["CommonStr50"];
		};
		/**
		* IbisFundsRetrieveRequest
		* @description Exactly one of `cFiFundsId` or the transfer's `reference`. **Designed here:** the body, shaped like `/ibis/card/status`.
		*/
		IbisFundsRetrieveRequest: {
			cFiFundsId: components["schemas"]["IbisFundsId"];
		} | {
			reference: components["schemas"]["CommonReference"];
		};
		/**
		* IbisTransactionHistoryRequest
		* @description The transactions of one card between two dates, both required and inclusive; a range that is too broad fails with
		*     `badTimeFrameRequest`. **Designed here:** everything but `dateFrom` and `dateTo`.
		*/
		IbisTransactionHistoryRequest: {
			cFiCardId: components["schemas"]["IbisCardId"];
			dateFrom: components["schemas"]["DateOnly"];
			dateTo: components["schemas"]["DateOnly"];
			numberOfRecords?: components["schemas"]["NumberOfRecords"];
			skipRecords?: components["schemas"]["SkipRecords"];
		};
		/**
		* IbisTransaction
		* @description One entry of a card's history: purchases and ATM withdrawals as the card network authorised them, and /ibis funds
		*     transfers. **Designed here:** the whole record.
		*/
		IbisTransaction: {
			transactionId: components["schemas"]["CommonId"];
			cFiCardId: components["schemas"]["IbisCardId"];
			/** @description The /ibis funds transfer behind the entry, if any. */
			cFiFundsId?: string | null;
			/** @enum {string} */
			transactionType: "purchase" | "atmWithdrawal" | "refund" | "cardToCard" | "fundsCredit" | "fundsDebit" | "reversal" | "fee";
			/** @enum {string} */
			direction?: "credit" | "debit";
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			description?: string | null;
			merchantName?: string | null;
			dtsCreatedAt: components["schemas"]["Timestamp"];
		};
		/**
		* IbisTransactionHistory
		* @description One page of a card's history, newest first. **Designed here:** the array's key `transactions`.
		*/
		IbisTransactionHistory: {
			transactions: components["schemas"]["IbisTransaction"][];
			more: components["schemas"]["More"];
		};
		/**
		* DeprecatedKycInitRequest
		* @description Starts the older KYC process for a customer.
		*/
		DeprecatedKycInitRequest: {
			customerId: components["schemas"]["CommonId"];
			syncMode?: boolean | null;
			webhookURL?: components["schemas"]["WebhookUrl"];
		};
		/**
		* DeprecatedKycStatus
		* @description A customer's state in the older KYC process. The vendor's old pages name the values in capitals
		*     (`APPROVED`); the list was not captured, so `kycStatus` is free text here (designed).
		*/
		DeprecatedKycStatus: {
			customerId: components["schemas"]["CommonId"];
			kycStatus: string;
		};
		/**
		* DeprecatedKycCardAttributes
		* @description The card the older KYC process issued once the customer passed. Field names are the vendor's; lengths and
		*     required flags are designed here.
		*/
		DeprecatedKycCardAttributes: {
			/** @description The card product (program) id, e.g. `Virtual_Debit_Card`. */
			productID: components["schemas"]["CommonStr50Req"];
			nameOnCard?: components["schemas"]["CommonStr50"];
			designId?: components["schemas"]["CommonStr50"];
			/**
			* @description Which of the customer's addresses the card is mailed to.
			* @enum {string}
			*/
			addressType?: "PRIMARY" | "SECONDARY";
			issueType?: components["schemas"]["CommonStr50"];
			/** @description Free-form data passed to the card processor. */
			additionalData?: {
				[key: string]: string;
			} | null;
		};
		/**
		* DeprecatedKycAddAttributesRequest
		* @description Adds attributes to a customer's older KYC process.
		*/
		DeprecatedKycAddAttributesRequest: {
			customerId: components["schemas"]["CommonId"];
			additionalAttributes: {
				cardAttributes: components["schemas"]["DeprecatedKycCardAttributes"];
			};
		};
		/**
		* DeprecatedDocument
		* @description A "separate document" of the older flow (`sdoc_...`); `extension` is set once a file was uploaded.
		*/
		DeprecatedDocument: {
			/** @description The document id, `sdoc_...`. */
			id: components["schemas"]["CommonId"];
			/** @description True once a file was uploaded; uploading again overwrites it. */
			uploadStatus: boolean;
			/** @description The uploaded file's extension; any file type is accepted. */
			extension?: string;
		};
		/**
		* DeprecatedKycDocumentLinkRequest
		* @description Links a document uploaded with `/document/upload/{documentId}` to a customer in the older KYC process (designed).
		*/
		DeprecatedKycDocumentLinkRequest: {
			customerId: components["schemas"]["CommonId"];
			/** @description The document id, `sdoc_...`. */
			documentId: components["schemas"]["CommonId"];
		};
		/**
		* CondorCustomerId
		* @description The connectFi customer id (the /condor pages show the older `csta_...` form).
		* @example csta_6clNH3W2pBehujY8mpTCU8
		*/
		CondorCustomerId: string;
		/**
		* CondorIssueType
		* @description Why a /condor card is issued.
		* @enum {string}
		*/
		CondorIssueType: "NEW" | "REGISTRATION" | "RE-ISSUE" | "EXPIRED" | "DAMAGED";
		/**
		* CondorAdditionalData
		* @description Further key-value pairs passed through to the card processor (`additionalData`). **Designed here:** the bounds.
		*/
		CondorAdditionalData: {
			[key: string]: string | number | boolean;
		};
		/**
		* CondorCardAttributes
		* @description The card to issue (`cardAttributes`). `productID` (also called program id) names the client's card product, such
		*     as `Virtual_Debit_Card`. **Designed here:** lengths.
		*/
		CondorCardAttributes: {
			productID: string;
			nameOnCard: string;
			designId: string;
			/**
			* @description Which of the customer's addresses the card is mailed to.
			* @enum {string}
			*/
			addressType: "PRIMARY" | "SECONDARY";
			issueType: components["schemas"]["CondorIssueType"];
			additionalData?: components["schemas"]["CondorAdditionalData"];
		};
		/**
		* CondorCustomerCreateRequest
		* @description Open the /condor checking account and debit card of an existing customer whose KYC/KYB is `APPROVED`; once per
		*     customer.
		*/
		CondorCustomerCreateRequest: {
			customerId: components["schemas"]["CondorCustomerId"];
			cardAttributes?: components["schemas"]["CondorCardAttributes"];
		};
		/**
		* CondorCardId
		* @description The connectFi id of a /condor debit card (`crda_...`).
		* @example crda_fO2N93TnJZvSmUgFFClUA
		*/
		CondorCardId: string;
		/**
		* CondorCardStatus
		* @description The status of a /condor debit card.
		*
		*     | Status | Meaning |
		*     |---|---|
		*     | `NEW` | issued, not activated |
		*     | `ACTIVE` | open, everything allowed |
		*     | `BLOCK` | inactive: no PIN change, no activation |
		*     | `FRAUD_BLOCK` | blocked for fraud: no PIN change, no reissue, no activation |
		*     | `CLOSED` | closed for good: no reactivation, no reissue |
		*
		*     **Designed here:** the changes out of `NEW` other than activation (the vendor documents the states, activation and
		*     the change-status actions, not a transition table).
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `NEW` · Terminal: `CLOSED`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | NEW | ACTIVE | /condor/card/activate |
		*     | NEW | BLOCK | /condor/card/change-status BLOCK |
		*     | NEW | FRAUD_BLOCK | /condor/card/change-status FRAUD_BLOCK |
		*     | NEW | CLOSED | /condor/card/change-status CLOSED |
		*     | ACTIVE | BLOCK | /condor/card/change-status BLOCK |
		*     | ACTIVE | FRAUD_BLOCK | /condor/card/change-status FRAUD_BLOCK |
		*     | ACTIVE | CLOSED | /condor/card/change-status CLOSED |
		*     | BLOCK | ACTIVE | /condor/card/change-status ACTIVE |
		*     | BLOCK | FRAUD_BLOCK | /condor/card/change-status FRAUD_BLOCK |
		*     | BLOCK | CLOSED | /condor/card/change-status CLOSED |
		*     | FRAUD_BLOCK | ACTIVE | /condor/card/change-status ACTIVE |
		*     | FRAUD_BLOCK | CLOSED | /condor/card/change-status CLOSED |
		* @enum {string}
		*/
		CondorCardStatus: "NEW" | "ACTIVE" | "BLOCK" | "FRAUD_BLOCK" | "CLOSED";
		/**
		* CondorCard
		* @description A /condor debit card, in the processor's snake_case. **Designed here:** `cardId` and `accountId` (the vendor's card
		*     bodies were captured only up to `available_balance`).
		*/
		CondorCard: {
			cardId: components["schemas"]["CondorCardId"];
			/** @description The checking account behind the card (`acca_...`). */
			accountId?: string;
			last_four: string;
			status: components["schemas"]["CondorCardStatus"];
			program_id: string;
			name_on_card: string;
			/** @description The money available on the card, in dollars. */
			available_balance: number;
		};
		/**
		* CondorCustomerUpdateRequest
		* @description Change or add a customer's details. Any property not listed fails; identification documents cannot be changed here.
		*     **Designed here:** lengths, and the phone object and address fields after `state` (not captured).
		*/
		CondorCustomerUpdateRequest: {
			customerId: components["schemas"]["CondorCustomerId"];
			firstName?: components["schemas"]["CommonStr50Req"];
			lastName?: components["schemas"]["CommonStr50Req"];
			/** @enum {string} */
			gender?: "M" | "F";
			dateOfBirth?: components["schemas"]["DateOnly"];
			email?: components["schemas"]["Email"];
			addresses?: {
				/** @enum {string} */
				type: "PRIMARY" | "SECONDARY";
				addressLine1: components["schemas"]["CommonStr50Req"];
				addressLine2?: components["schemas"]["CommonStr50"];
				city: components["schemas"]["CommonStr50Req"];
				state: components["schemas"]["UsState"];
				postalCode?: components["schemas"]["PostalCode"];
				country?: components["schemas"]["CountryCodeA3"];
			}[];
			phones?: {
				/** @enum {string} */
				type: "MOBILE" | "LANDLINE" | "PRIMARY";
				countryCode: string;
				number: string;
			}[];
		};
		/**
		* CondorCustomer
		* @description A customer as the /condor processor holds it (`condorCustomer`), in snake_case apart from `customerId`.
		*     Identification values are masked in examples. **Designed here:** required flags and lengths.
		*/
		CondorCustomer: {
			customerId: components["schemas"]["CondorCustomerId"];
			first_name: string;
			last_name: string;
			/** @enum {string} */
			gender?: "M" | "F";
			email?: string;
			date_of_birth?: components["schemas"]["DateOnly"];
			phone_details?: {
				phone_type?: string;
				/** Format: int32 */
				country_dialing_code?: number;
				phone_number?: string;
			}[];
			addresses?: {
				/** @enum {string} */
				address_type?: "PRIMARY" | "SECONDARY";
				address1?: string;
				address2?: string | null;
				city?: string;
				region?: string;
				postal_code?: string;
				country?: string;
			}[];
			identification_docs?: {
				/** @description e.g. `DRIVING LICENSE`, `SSN`. */
				identification_type?: string;
				identification_value?: string;
				identification_issuance_country?: string;
				identification_issuance_region?: string;
				identification_expiry_date?: components["schemas"]["DateOnly"];
			}[];
		};
		/**
		* CondorCustomerResult
		* @description The `data` of `GET /condor/customer/get/{customerId}`.
		*/
		CondorCustomerResult: {
			condorCustomer: components["schemas"]["CondorCustomer"];
		};
		/**
		* CondorCardActivateRequest
		* @description Activate a `NEW` card. Each `activateAttributes` value given is checked against the card and customer, so the
		*     client chooses its own activation rules. **Designed here:** the other-identification fields after the type (not captured).
		*/
		CondorCardActivateRequest: {
			cardId: components["schemas"]["CondorCardId"];
			activateAttributes?: {
				cardLastFour?: string;
				/** @description The card's expiry as `MMYY-YY` (an expiry of 10/2025 is `1020-25`). */
				cardExpDate?: string;
				ssnLastFour?: string;
				otherIdentificationType?: string;
				otherIdentificationValue?: string;
			};
		};
		/**
		* CondorCardSetPinRequest
		* @description The card and its new 4-digit PIN: exactly one of the vendor's clear `newPin` (only through the PCI tokenization
		*     gateway) or `encryptedPin`, protected exactly as on `/ibis/card/set-pin` (RSA-OAEP SHA-256 of
		*     `<PIN>|<cardId>|<dtsNow>`, see `IbisCardPinRequest`). **Designed here:** `encryptedPin`.
		*/
		CondorCardSetPinRequest: {
			cardId: components["schemas"]["CondorCardId"];
			encryptedPin: components["schemas"]["IbisEncryptedData"];
		} | {
			cardId: components["schemas"]["CondorCardId"];
			/** Format: password */
			newPin: string;
		};
		/**
		* CondorCardSetPinResult
		* @description The `data` of `/condor/card/set-pin`.
		*/
		CondorCardSetPinResult: {
			cardSetPin: {
				verified: boolean;
				cardId: components["schemas"]["CondorCardId"];
			};
		};
		/**
		* CondorCardChangeStatusRequest
		* @description Move a card to another status; a `CLOSED` card cannot change.
		*/
		CondorCardChangeStatusRequest: {
			cardId: components["schemas"]["CondorCardId"];
			/** @enum {string} */
			statusAction: "ACTIVE" | "BLOCK" | "FRAUD_BLOCK" | "CLOSED";
			reason?: string | null;
		};
		/**
		* CondorCardChangeStatusResult
		* @description The `data` of `/condor/card/change-status`.
		*/
		CondorCardChangeStatusResult: {
			cardChangeStatus: components["schemas"]["CondorCard"];
		};
		/**
		* CondorReIssueAttributes
		* @description The reissued card (`cardAttributes`); only `issueType` is required here. **Designed here:** lengths.
		*/
		CondorReIssueAttributes: {
			issueType: components["schemas"]["CondorIssueType"];
			/** @description The client's reference for the card, 1–20 letters and digits. */
			reference?: string;
			productID?: string;
			nameOnCard?: string;
			cardShippingMethod?: string;
			designId?: string;
			/** @enum {string} */
			addressType?: "PRIMARY" | "SECONDARY";
			additionalData?: components["schemas"]["CondorAdditionalData"];
		};
		/**
		* CondorCardReIssueRequest
		* @description Reissue a card. `CLOSED` and `FRAUD_BLOCK` cards cannot be reissued; a `BLOCK` card stays blocked.
		*/
		CondorCardReIssueRequest: {
			cardId: components["schemas"]["CondorCardId"];
			cardAttributes: components["schemas"]["CondorReIssueAttributes"];
		};
		/**
		* CondorCardBalance
		* @description A card's available balance. **Designed here:** the whole record.
		*/
		CondorCardBalance: {
			cardId: components["schemas"]["CondorCardId"];
			available_balance: number;
			currency_code: components["schemas"]["Currency"];
		};
		/**
		* CondorMerchant
		* @description The merchant a credit or debit is booked against (`merchant`). **Designed here:** required flags and lengths.
		*/
		CondorMerchant: {
			/** @description The merchant category code, 4 digits. */
			mcc?: string;
			mccName?: string;
			mccGroup?: string;
			name?: string;
			city?: string;
			region?: string;
			countryCodeA3?: components["schemas"]["CountryCodeA3"];
		};
		/**
		* CondorFinancialRequest
		* @description Credit (load) or debit (subtract) a card. A debit needs an `ACTIVE` card with enough balance, within the card's
		*     withdrawal limits. The vendor's list writes `"PROVISIONAL_CREDIT "` with a trailing space; the enum drops it.
		*/
		CondorFinancialRequest: {
			cardId: components["schemas"]["CondorCardId"];
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			/** @description The client's reference, 1–20 letters and digits. */
			reference?: string;
			merchant?: components["schemas"]["CondorMerchant"];
			/** @enum {string} */
			transactionType?: "DEBIT_ADJUSTMENT" | "PROVISIONAL_DEBIT" | "CREDIT_ADJUSTMENT" | "PROVISIONAL_CREDIT" | "CREDIT" | "DEBIT" | "DD_ACH_DEBIT" | "DD_CREDIT" | "BANK_TRANSFER_DEBIT" | "BANK_TRANSFER_CREDIT" | "ACH_RETURN" | "FEE" | "FEE_REVERSAL" | "RETAIL_CREDIT" | "AGENT_LOC_CREDIT" | "RETAIL_DEBIT" | "WITHDRAWAL" | "PRE_AUTH" | "PRE_AUTH_COMPLETE" | "DIRECT_LOADS";
			additionalData?: components["schemas"]["CondorAdditionalData"];
		};
		/**
		* CondorTransaction
		* @description A /condor card transaction in the processor's snake_case; `amount` is negative for a debit. **Designed here:**
		*     `transaction_id`, and free text for `transaction_type` and `state` (the vendor shows `DEBIT` and `COMPLETE` only).
		*/
		CondorTransaction: {
			transaction_id: string;
			/** @description The card the money moved on (the source card of a P2P transfer). **Designed here.** */
			cardId?: components["schemas"]["CondorCardId"];
			transaction_type: string;
			amount: number;
			currency_code: components["schemas"]["Currency"];
			state: string;
			/** @description The card's available balance after the transaction. */
			running_balance?: number;
			iso_message_type?: string | null;
		};
		/**
		* CondorTransactionResult
		* @description The `data` of the /condor money-movement calls.
		*/
		CondorTransactionResult: {
			transaction: components["schemas"]["CondorTransaction"];
		};
		/**
		* CondorP2pRequest
		* @description Move money from one /condor card's account (the source) to another's (the beneficiary). The two ids must differ,
		*     which JSON Schema cannot express. **Designed here:** the whole body, shaped like the credit and debit bodies.
		*/
		CondorP2pRequest: {
			sourceCardId: components["schemas"]["CondorCardId"];
			beneficiaryCardId: components["schemas"]["CondorCardId"];
			amount: components["schemas"]["Amount"];
			currency: components["schemas"]["Currency"];
			reference?: string;
		};
		/**
		* CondorTransactionHistoryRequest
		* @description A card's transactions, newest first; with only `cardId`, the 20 most recent. `offset` counts pages of
		*     `numberOfTransactions` (default 20) from 1. **Designed here:** the bounds.
		*/
		CondorTransactionHistoryRequest: {
			cardId: components["schemas"]["CondorCardId"];
			dateFrom?: components["schemas"]["DateOnly"];
			dateTo?: components["schemas"]["DateOnly"];
			/** Format: int32 */
			offset?: number;
			/** Format: int32 */
			numberOfTransactions?: number;
			status?: string;
		};
		/**
		* CondorTransactionHistory
		* @description One page of a card's transactions. **Designed here:** the key `transactions`.
		*/
		CondorTransactionHistory: {
			transactions: components["schemas"]["CondorTransaction"][];
		};
		/**
		* CondorTransactionReversalRequest
		* @description Reverse a completed transaction. Not for `BLOCK`, `FRAUD_BLOCK` or `CLOSED` cards, nor when the account cannot cover it.
		*/
		CondorTransactionReversalRequest: {
			transactionId: string;
			forcePost?: boolean | null;
			reason?: string | null;
		};
		/**
		* CondorLookupId
		* @description An id in the deprecated customer lookups. The vendor's examples there write the prefix with a hyphen
		*     (`crda-...`, `acca-...`, `csta-...`) where every other page uses `_`, so both are accepted.
		* @example crda_cGlZwbpxTx6P3v39kZPqU
		*/
		CondorLookupId: string;
		/**
		* CondorLookupCard
		* @description A card in the deprecated customer lookup. `cFiBoisId` names the back office that keeps it (`condor`).
		*/
		CondorLookupCard: {
			id: components["schemas"]["CondorLookupId"];
			cFiBoisId: string;
			customerId: components["schemas"]["CondorLookupId"];
			cFiAccountIds: components["schemas"]["CondorLookupId"][];
		};
		/**
		* CondorLookupCardList
		* @description The `data` of `GET /card/list/{customerId}`. An unknown customer gets an empty list, not an error.
		*/
		CondorLookupCardList: {
			cards: components["schemas"]["CondorLookupCard"][];
		};
		/**
		* CondorLookupAccount
		* @description An account in the deprecated customer lookup. **Designed here:** lengths.
		*/
		CondorLookupAccount: {
			id: components["schemas"]["CondorLookupId"];
			cFiBoisId: string;
			accountNumber: string;
			customerId: components["schemas"]["CondorLookupId"];
			cFiCardIds: components["schemas"]["CondorLookupId"][];
			routingParams?: {
				routingNumber?: string;
			};
		};
		/**
		* CondorLookupAccountList
		* @description The `data` of `GET /account/list/{customerId}`. An unknown customer gets an empty list, not an error.
		*/
		CondorLookupAccountList: {
			accounts: components["schemas"]["CondorLookupAccount"][];
		};
		/**
		* CheckBoStatus
		* @description The bank's own (back-office) status of a check, sent in the webhook as `boStatus`. The values are the vendor's;
		*     the transitions are designed. Roughly, `Received` is `InBank`, `Printed` and `Sent to AutoMail` are `Complete`,
		*     `Rejected by AutoMail` is `Declined` and `Cancelled` is `Cancelled` in `cFiCheckStatus`.
		*
		*     **Lifecycle** (generated from `x-connectfi-lifecycle`):
		*
		*     Initial: `Received` · Terminal: `Rejected by AutoMail`, `Cancelled`
		*
		*     | From | To | Trigger |
		*     |---|---|---|
		*     | Received | Printed | the bank printed the check |
		*     | Received | Not Printed | the print run left the check out |
		*     | Received | Cancelled | a void arrived before printing |
		*     | Not Printed | Printed | printed on a later run |
		*     | Not Printed | Cancelled | a void arrived before printing |
		*     | Printed | Sent to AutoMail | handed to AutoMail for USPS First Class |
		*     | Printed | Cancelled | voided after printing; the bank will refuse payment |
		*     | Sent to AutoMail | Rejected by AutoMail | AutoMail rejects the piece |
		*     | Sent to AutoMail | Cancelled | voided after mailing; the bank will refuse payment |
		* @enum {string}
		*/
		CheckBoStatus: "Received" | "Printed" | "Not Printed" | "Sent to AutoMail" | "Rejected by AutoMail" | "Cancelled";
		/**
		* CheckStatusChange
		* @description The body of the `checkStatusChanged` webhook: the check, with the bank's own status and dates when it gave them,
		*     and when the check was sent to the bank.
		*/
		CheckStatusChange: components["schemas"]["Check"] & {
			boStatus?: components["schemas"]["CheckBoStatus"];
			/** @description When the bank set `boStatus`, as the bank writes it (format not documented). */
			boStatusDate?: string | null;
			/** @description When the bank printed the check, as the bank writes it (format not documented). */
			boDatePrinted?: string | null;
			/** @description The mail tracking number, when the bank gives one. */
			boTracking?: string | null;
			/**
			* Format: date-time
			* @description When the check went to the bank; null while `Processing`.
			*/
			dtsSent: string | null;
		};
	};
	responses: {
		/**
		* @description The `x-connectfi-token` header is missing, expired or wrong. Log in again with `POST /auth/get-token`.
		*     (The older docs show this body without `requestId` and `context`; connectFi's envelope carries both.)
		*/
		Unauthorized: {
			headers: {
				[name: string]: unknown;
			};
			content: {
				"application/json": components["schemas"]["ErrorEnvelope"];
			};
		};
		/** @description The body failed the schema or connectFi's ACH checks, or the reference was used before. */
		AchCreateBadRequest: {
			headers: {
				[name: string]: unknown;
			};
			content: {
				"application/json": components["schemas"]["ErrorEnvelope"];
			};
		};
		/** @description The client has no ACH configuration (`achAttributes`); ask PayGears to set up an ACH profile. */
		AchAttributesNotFound: {
			headers: {
				[name: string]: unknown;
			};
			content: {
				"application/json": components["schemas"]["ErrorEnvelope"];
			};
		};
	};
	parameters: {
		/**
		* @description The customer's id, `cstap_...` for an individual or `cstab_...` for a business (`csta_...` for older customers).
		* @example cstap_6reGTr3k8vpAu8uFV7EdiN
		*/
		CustomerIdPath: components["schemas"]["CommonId"];
		/**
		* @description The document id from `/akepa/document/generate`, `doc_...`.
		* @example doc_5Rt7Yu9Io1Pa3Sd5Fg7Hj9K
		*/
		AkepaDocumentIdPath: components["schemas"]["CommonId"];
		/**
		* @description The document id from `/document/generate`, `sdoc_...`.
		* @example sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y
		*/
		DeprecatedDocumentIdPath: components["schemas"]["CommonId"];
	};
	requestBodies: never;
	headers: never;
	pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
	authGetToken: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["GetTokenRequest"];
			};
		};
		responses: {
			/** @description The token and its expiry. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["AccessToken"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			/** @description The login or password is wrong. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
		};
	};
	userChangePassword: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["ChangePasswordRequest"];
			};
		};
		responses: {
			/** @description The password was changed. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["ChangePasswordResult"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the old password is wrong. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	healthCheck: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The instance is up. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["HealthStatus"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
		};
	};
	customerInit: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CustomerInitRequest"];
			};
		};
		responses: {
			/** @description The customer is registered; its id is `cstap_...` (individual) or `cstab_...` (business). */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["Customer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body matches neither schema, or the reference, SSN or FEIN is already registered. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	customerUpdate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CustomerUpdateRequest"];
			};
		};
		responses: {
			/** @description The customer is updated; the answer is its record. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["Customer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, a field does not belong to the customer's type, or the customer is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	customerStatus: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The customer's id, `cstap_...` for an individual or `cstab_...` for a business (`csta_...` for older customers).
				* @example cstap_6reGTr3k8vpAu8uFV7EdiN
				*/
				customerId: components["parameters"]["CustomerIdPath"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The customer record. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["Customer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The customerId is malformed or unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	customerAddEmployee: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CustomerAddEmployeeRequest"];
			};
		};
		responses: {
			/** @description The individual is an employee of the business. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CustomerEmployee"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, a customer is unknown, or a customer is of the wrong type. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	customerDisableEmployee: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CustomerDisableEmployeeRequest"];
			};
		};
		responses: {
			/** @description The employee is disabled. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CustomerEmployee"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the individual is not an employee of the business, or it is a business representative. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	akepaIdentification: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["AkepaIdentificationRequest"];
			};
		};
		responses: {
			/** @description The application and what it needs next. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["KycApplication"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference is already used, or the customer is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	akepaStatus: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["AkepaStatusRequest"];
			};
		};
		responses: {
			/** @description The application. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["KycApplication"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the customer has no such application. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	akepaStatusByCustomer: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The customer's id, `cstap_...` for an individual or `cstab_...` for a business (`csta_...` for older customers).
				* @example cstap_6reGTr3k8vpAu8uFV7EdiN
				*/
				customerId: components["parameters"]["CustomerIdPath"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The customer's latest application. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["KycApplication"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The customerId is malformed or unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	akepaGenerateDocument: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["AkepaDocumentGenerateRequest"];
			};
		};
		responses: {
			/** @description The document is declared; upload its file next. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["AkepaDocument"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	akepaUploadDocument: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The document id from `/akepa/document/generate`, `doc_...`.
				* @example doc_5Rt7Yu9Io1Pa3Sd5Fg7Hj9K
				*/
				documentId: components["parameters"]["AkepaDocumentIdPath"];
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"multipart/form-data": components["schemas"]["AkepaDocumentUploadRequest"];
			};
		};
		responses: {
			/** @description The file is stored. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["AkepaDocument"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The form has no file, or no document has this id. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	akepaUpdate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["AkepaUpdateRequest"];
			};
		};
		responses: {
			/** @description The documents are linked; the application with its new status. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["KycApplication"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the application is completed or unknown, or a document is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	achCreate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["AchTransferCreateRequest"];
			};
		};
		responses: {
			/** @description The transfer was created as `Initiated`. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["AchTransfer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			400: components["responses"]["AchCreateBadRequest"];
			401: components["responses"]["Unauthorized"];
			404: components["responses"]["AchAttributesNotFound"];
		};
	};
	achValidate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["AchTransferCreateRequest"];
			};
		};
		responses: {
			/** @description The body would be accepted; nothing was created. The answer is the transfer as create would report it. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["AchTransfer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			400: components["responses"]["AchCreateBadRequest"];
			401: components["responses"]["Unauthorized"];
			404: components["responses"]["AchAttributesNotFound"];
		};
	};
	achQuery: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["TransactionQuery"];
			};
		};
		responses: {
			/** @description The transfers found, in no particular order; empty when none is found. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["AchTransfer"][];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema (for example more than 20 ids), or it sent both lists. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	achList: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["AchTransferListRequest"];
			};
		};
		responses: {
			/** @description One page of transfers. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["AchTransferList"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or it asked for more than 1000 records. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	achExportList: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["AchTransferExportRequest"];
			};
		};
		responses: {
			/** @description The transfers as CSV, one header line and one line per transfer. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"text/csv": string;
				};
			};
			/** @description The body failed the schema, or it asked for more than 100000 records. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	achReturnRates: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["AchReturnRatesRequest"];
			};
		};
		responses: {
			/** @description The daily records, newest first. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["AchReturnRate"][];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or there is no return-rate data for the date. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
			404: components["responses"]["AchAttributesNotFound"];
		};
	};
	billsBillersDownload: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The whole directory. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["BillBiller"][];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	billsBillersList: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["BillBillerListRequest"];
			};
		};
		responses: {
			/** @description One page of billers. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["BillBillerList"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or it asked for more than 100 billers. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	billsBiller: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The 10-digit RPPS biller id.
				* @example 0123456789
				*/
				billerId: components["schemas"]["BillBillerId"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The biller. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["BillBillerDetail"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The id is malformed, or no such biller is in the directory. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	billsPublicEncryptionKeys: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The two public keys of this environment. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["BillEncryptionKeys"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	billsInitiate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["BillInitiateRequest"];
			};
		};
		responses: {
			/** @description The payment was initiated; execute it next. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["BillTransaction"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema or an RPPS rule, or the reference was used before. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			/** @description The token is missing, expired or wrong (`unauthorized`), or the client may not send reversals (`rppsIsReversal`). */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
		};
	};
	billsExecute: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["BillExecuteRequest"];
			};
		};
		responses: {
			/** @description The payment is Processing. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["BillTransaction"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the payment is unknown or not Initiated, or its account number is unusable. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	billsQuery: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["TransactionQuery"];
			};
		};
		responses: {
			/** @description The payments found; empty when none is found. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["BillTransaction"][];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema (for example more than 20 ids), or it sent both lists. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	billsList: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["BillTransactionListRequest"];
			};
		};
		responses: {
			/** @description One page of payments. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["BillTransactionList"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or it asked for more than 1000 records. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	billsSummary: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["BillSummaryRequest"];
			};
		};
		responses: {
			/** @description The day's settlement. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["BillSettlementSummary"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	billsExport: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["BillTransactionExportRequest"];
			};
		};
		responses: {
			/** @description The payments as CSV, one header line and one line per payment. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"text/csv": string;
				};
			};
			/** @description The body failed the schema, or it asked for more than 100000 records. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	cardRegister: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CardRegisterRequest"];
			};
		};
		responses: {
			/** @description The card is registered. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardRegistration"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference is taken, the clear card was not redacted, or the card can neither receive nor send money. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	cardGet: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The card's `cFiCardId`.
				* @example tcrd_5m41U6ycdgJ5CNyGDObY8Q
				*/
				cardId: components["schemas"]["CardId"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The card. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardRegistration"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The card id is malformed or unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	cardPush: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CardTransferRequest"];
			};
		};
		responses: {
			/** @description The push was accepted; `status` says how far it got. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardTransaction"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or connectFi or the processor refused the push. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	cardPull: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CardTransferRequest"];
			};
		};
		responses: {
			/** @description The pull was accepted; `status` says how far it got. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardTransaction"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or connectFi or the processor refused the pull. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	cardTransactionQuery: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["TransactionQuery"];
			};
		};
		responses: {
			/** @description The transactions found, in no particular order; empty when none is found. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardTransaction"][];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or both lists were sent. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	cardListTransactions: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CardTransactionListRequest"];
			};
		};
		responses: {
			/** @description One page of transactions and whether more match. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardTransactionList"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or more than 1000 records were asked for. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	cardReversal: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CardReversalRequest"];
			};
		};
		responses: {
			/** @description The reversal was accepted. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardTransaction"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the transaction is unknown, or it cannot be reversed. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	wireCreate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["WireTransferCreateRequest"];
			};
		};
		responses: {
			/** @description The wire was sent, or saved as `Initiated` to be retried. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["WireTransfer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference was used before, or the bank refused the wire. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	wireQuery: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["TransactionQuery"];
			};
		};
		responses: {
			/** @description The wires found, in no particular order; empty when none is found. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["WireTransfer"][];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema (for example more than 20 ids), or it sent both lists. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	wireList: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["WireTransferListRequest"];
			};
		};
		responses: {
			/** @description One page of wires. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["WireTransferList"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or it asked for more than 1000 records. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	wireExportList: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["WireTransferExportRequest"];
			};
		};
		responses: {
			/** @description The wires as CSV, one header line and one line per wire. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"text/csv": string;
				};
			};
			/** @description The body failed the schema, or it asked for more than 100000 records. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	comboCardRegister: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CardRegisterRequest"];
			};
		};
		responses: {
			/** @description The card is registered. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardRegistration"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference is taken, or the clear card was not redacted. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	comboCreate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["ComboTransferCreateRequest"];
			};
		};
		responses: {
			/** @description The payment was accepted; the record of its rail, tagged with `transferType`. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["ComboTransfer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the rail refused the payment. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
			404: components["responses"]["AchAttributesNotFound"];
		};
	};
	comboQuery: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["ComboQuery"];
			};
		};
		responses: {
			/** @description The payments found; empty when none is found. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["ComboTransfer"][];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or both lists were sent. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	acquiringRegister: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CardRegisterRequest"];
			};
		};
		responses: {
			/** @description The card is registered. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardRegistration"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference is taken, or the clear card was not redacted. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	acquiringPull: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CardTransferRequest"];
			};
		};
		responses: {
			/** @description The charge was accepted; `status` says how far it got. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardTransaction"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference is taken, the card is unknown, or the currency is not USD. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	acquiringTransactionQuery: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["TransactionQuery"];
			};
		};
		responses: {
			/** @description The transactions found; empty when none is found. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardTransaction"][];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or both lists were sent. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	acquiringList: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CardTransactionListRequest"];
			};
		};
		responses: {
			/** @description One page of transactions and whether more match. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardTransactionList"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or more than 1000 records were asked for. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	acquiringReversal: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CardReversalRequest"];
			};
		};
		responses: {
			/** @description The reversal was accepted. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CardTransaction"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the transaction is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	checkPrint: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CheckPrintRequest"];
			};
		};
		responses: {
			/** @description The check is created in `Processing`. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["Check"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference is taken, or the currency is not USD. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	checkGet: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The check's `cFiCheckId`.
				* @example chk_4Fq9Lm2Xw7Tb1Rz8Kc3Vn6
				*/
				checkId: components["schemas"]["CheckId"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The check. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["Check"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The check id is malformed. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	checkQuery: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CheckQuery"];
			};
		};
		responses: {
			/** @description The checks found; empty when none is found. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["Check"][];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or both lists were sent. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	checkVoid: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CheckVoidRequest"];
			};
		};
		responses: {
			/** @description The void was accepted. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["Check"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	checkList: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CheckListRequest"];
			};
		};
		responses: {
			/** @description One page of checks and whether more match. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CheckList"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or more than 1000 records were asked for. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	checkExportList: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CheckExportListRequest"];
			};
		};
		responses: {
			/** @description The checks as CSV, with a header row. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"text/csv": string;
				};
			};
			/** @description The body failed the schema, or more than 100000 records were asked for. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisAccountAdd: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisAccountAddRequest"];
			};
		};
		responses: {
			/** @description The vAccount, open at once. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference was used, or the customer is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisDebitCardAdd: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisDebitCardAddRequest"];
			};
		};
		responses: {
			/** @description The new card, in status A. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference was used, or the customer is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCreditCardApplication: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCreditApplicationRequest"];
			};
		};
		responses: {
			/** @description The application, pending or already decided. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCreditApplication"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference was used, or the customer is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCreditCardApplicationGet: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The application id returned by `/ibis/credit-card/application` (`gsa_...`).
				* @example gsa_6pQw2ZrT8yNc4LkV1bXm9D
				*/
				applicationId: components["schemas"]["CommonId"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The application. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCreditApplication"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The id is malformed or unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCreditCardAdd: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCreditCardAddRequest"];
			};
		};
		responses: {
			/** @description The new credit card, in status A. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference was used, or the application does not allow the card. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCardActivate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCardActivateRequest"];
			};
		};
		responses: {
			/** @description The card, now in status B. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the card is unknown, or its status or expiry does not allow activation. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCardSetPin: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCardPinRequest"];
			};
		};
		responses: {
			/** @description The card; the PIN is never returned. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the card is unknown, its status does not allow it, or the PIN block is bad. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCardCheckPin: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCardPinRequest"];
			};
		};
		responses: {
			/** @description Whether the PIN matches. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisPinCheck"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the card is unknown, its status does not allow it, or the PIN block is bad. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCardStatus: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCardStatusRequest"];
			};
		};
		responses: {
			/** @description The card. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or no card matches. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCardSetStatus: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCardSetStatusRequest"];
			};
		};
		responses: {
			/** @description The card with its new status. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the card is unknown, or the change is not allowed. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCardCardholderProfile: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCardIdRequest"];
			};
		};
		responses: {
			/** @description The cardholder. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCardholderProfile"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the card is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCardReissue: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCardReissueRequest"];
			};
		};
		responses: {
			/** @description The reissued card. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the reference was used, the card is unknown, or its status or program does not allow it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCardList: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCardListRequest"];
			};
		};
		responses: {
			/** @description One page of cards and vAccounts. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCardList"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or asked for more than 1000 records. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisCardGetAuthData: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCardIdRequest"];
			};
		};
		responses: {
			/** @description The encrypted card data. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisCardAuthData"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the card is unknown, or it is closed. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisFinancialCardToCard: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisCardToCardRequest"];
			};
		};
		responses: {
			/** @description The transfer, booked. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisFundsTransfer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the cards, amount, currency or reference do not allow the transfer. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisFinancialFundsCredit: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisFundsMoveRequest"];
			};
		};
		responses: {
			/** @description The credit, booked. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisFundsTransfer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the card, currency, reference or settlement balance do not allow it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisFinancialFundsDebit: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisFundsMoveRequest"];
			};
		};
		responses: {
			/** @description The debit, booked. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisFundsTransfer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the card, its balance, the currency or the reference do not allow it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisFinancialReversal: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisReversalRequest"];
			};
		};
		responses: {
			/** @description The reversal, booked. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisFundsTransfer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the transfer cannot be reversed by that amount. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisFinancialRetrieve: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisFundsRetrieveRequest"];
			};
		};
		responses: {
			/** @description The transfer. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisFundsTransfer"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or no transfer matches. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	ibisInquiryTransactionHistory: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IbisTransactionHistoryRequest"];
			};
		};
		responses: {
			/** @description One page of the history. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["IbisTransactionHistory"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the card is unknown, or the date range is wrong. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	customerKycInit: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["DeprecatedKycInitRequest"];
			};
		};
		responses: {
			/** @description The customer's KYC state. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["DeprecatedKycStatus"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the customer is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	customerKycAddAttributes: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["DeprecatedKycAddAttributesRequest"];
			};
		};
		responses: {
			/** @description The attributes are stored; the customer's KYC state. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["DeprecatedKycStatus"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the customer is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	customerKycUpload: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The customer's id, `cstap_...` for an individual or `cstab_...` for a business (`csta_...` for older customers).
				* @example cstap_6reGTr3k8vpAu8uFV7EdiN
				*/
				customerId: components["parameters"]["CustomerIdPath"];
				/**
				* @description The document id from `/document/generate`, `sdoc_...`.
				* @example sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y
				*/
				documentId: components["parameters"]["DeprecatedDocumentIdPath"];
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"multipart/form-data": components["schemas"]["AkepaDocumentUploadRequest"];
			};
		};
		responses: {
			/** @description The file is stored. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["DeprecatedDocument"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The form has no file, or the customer or document is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	customerKycStatus: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The customer's id, `cstap_...` for an individual or `cstab_...` for a business (`csta_...` for older customers).
				* @example cstap_6reGTr3k8vpAu8uFV7EdiN
				*/
				customerId: components["parameters"]["CustomerIdPath"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The customer's KYC state. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["DeprecatedKycStatus"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The customerId is malformed or unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	customerKycDocumentLink: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["DeprecatedKycDocumentLinkRequest"];
			};
		};
		responses: {
			/** @description The document is linked; the customer's KYC state. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["DeprecatedKycStatus"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the customer or document is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	documentGenerate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The new document, with no file yet. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["DeprecatedDocument"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	documentUpload: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The document id from `/document/generate`, `sdoc_...`.
				* @example sdoc_3Jk5Lm7Np9Qr1St3Uv5Wx7Y
				*/
				documentId: components["parameters"]["DeprecatedDocumentIdPath"];
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"multipart/form-data": components["schemas"]["AkepaDocumentUploadRequest"];
			};
		};
		responses: {
			/** @description The file is stored. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["DeprecatedDocument"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The form has no file, or no document has this id. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorCustomerCreate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorCustomerCreateRequest"];
			};
		};
		responses: {
			/** @description The new card and its account. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the customer is unknown, or it already has its /condor card. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorCustomerUpdate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorCustomerUpdateRequest"];
			};
		};
		responses: {
			/** @description The customer after the change. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorCustomerResult"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the customer is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorCustomerGet: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The connectFi customer id.
				* @example csta_6clNH3W2pBehujY8mpTCU8
				*/
				customerId: components["schemas"]["CommonId"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The customer. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorCustomerResult"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The id is malformed or unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorCardAdd: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorCustomerCreateRequest"];
			};
		};
		responses: {
			/** @description The new card, NEW. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the customer is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorCardActivate: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorCardActivateRequest"];
			};
		};
		responses: {
			/** @description The card, ACTIVE. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the card is unknown, or the processor declined. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorCardSetPin: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorCardSetPinRequest"];
			};
		};
		responses: {
			/** @description The PIN was set. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorCardSetPinResult"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the card is unknown, or the processor declined. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorCardChangeStatus: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorCardChangeStatusRequest"];
			};
		};
		responses: {
			/** @description The card with its new status. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorCardChangeStatusResult"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the card is unknown, or the processor declined. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorCardReIssue: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorCardReIssueRequest"];
			};
		};
		responses: {
			/** @description The reissued card. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the card is unknown, or the processor declined. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorCardBalance: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The /condor card id (`crda_...`).
				* @example crda_fO2N93TnJZvSmUgFFClUA
				*/
				cardId: components["schemas"]["CommonId"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The balance. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorCardBalance"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The id is malformed or unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorCardGet: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The /condor card id (`crda_...`).
				* @example crda_fO2N93TnJZvSmUgFFClUA
				*/
				cardId: components["schemas"]["CommonId"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The card. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorCard"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The id is malformed or unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorFinancialCredit: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorFinancialRequest"];
			};
		};
		responses: {
			/** @description The credit. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorTransactionResult"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the card is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorFinancialDebit: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorFinancialRequest"];
			};
		};
		responses: {
			/** @description The debit. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorTransactionResult"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the card is unknown, or the processor declined. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorFinancialP2p: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorP2pRequest"];
			};
		};
		responses: {
			/** @description The source card's side of the transfer. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorTransactionResult"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, a card is unknown, or the processor declined. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorTransactionHistory: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorTransactionHistoryRequest"];
			};
		};
		responses: {
			/** @description The transactions. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorTransactionHistory"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, or the card is unknown. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	condorTransactionReversal: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CondorTransactionReversalRequest"];
			};
		};
		responses: {
			/** @description The reversed transaction. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorTransactionResult"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The body failed the schema, the transaction is unknown, or the processor declined. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	customerLookupCardList: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The connectFi customer id.
				* @example csta_6clNH3W2pBehujY8mpTCU8
				*/
				customerId: components["schemas"]["CommonId"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The cards, possibly none. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorLookupCardList"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The id is malformed. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	customerLookupAccountList: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/**
				* @description The connectFi customer id.
				* @example csta_6clNH3W2pBehujY8mpTCU8
				*/
				customerId: components["schemas"]["CommonId"];
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The accounts, possibly none. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						code: components["schemas"]["SuccessCode"];
						data: components["schemas"]["CondorLookupAccountList"];
						requestId: components["schemas"]["RequestId"];
					};
				};
			};
			/** @description The id is malformed. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ErrorEnvelope"];
				};
			};
			401: components["responses"]["Unauthorized"];
		};
	};
	akepaStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": {
					code: components["schemas"]["SuccessCode"];
					data: components["schemas"]["KycApplication"];
					requestId: components["schemas"]["RequestId"];
				};
			};
		};
		responses: {
			/** @description Received. No body is needed. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	achStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["AchTransfer"];
			};
		};
		responses: {
			/** @description Received. No body is needed. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	billsStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["BillTransaction"];
			};
		};
		responses: {
			/** @description Received. No body is needed. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	cardStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CardTransaction"];
			};
		};
		responses: {
			/** @description Received. No body is needed. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	wireStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["WireTransfer"];
			};
		};
		responses: {
			/** @description Received. No body is needed. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	comboStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["ComboTransfer"];
			};
		};
		responses: {
			/** @description Received. No body is needed. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	checkStatusChanged: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CheckStatusChange"];
			};
		};
		responses: {
			/** @description Received. No body is needed. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
}
