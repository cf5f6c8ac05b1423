import type { operations } from './schema.js';
export type AuthGetTokenBody = NonNullable<operations["authGetToken"]["requestBody"]>["content"]["application/json"];
export type AuthGetTokenData = operations["authGetToken"]["responses"]["200"]["content"]["application/json"]["data"];
export type UserChangePasswordBody = NonNullable<operations["userChangePassword"]["requestBody"]>["content"]["application/json"];
export type UserChangePasswordData = operations["userChangePassword"]["responses"]["200"]["content"]["application/json"]["data"];
export type HealthCheckData = operations["healthCheck"]["responses"]["200"]["content"]["application/json"]["data"];
