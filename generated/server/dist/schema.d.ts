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
}
export interface components {
    schemas: {
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
    };
    parameters: never;
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
}
