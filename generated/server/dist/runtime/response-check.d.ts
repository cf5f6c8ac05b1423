import type { AnyAnswer } from "./handler-types.js";
import type { RouteSpec, Validator } from "./route.js";
/** The generated response validators, by the export name `RouteSpec.responses` refers to. */
export type ResponseValidators = Record<string, Validator>;
export declare function checkAnswer(route: RouteSpec, answer: AnyAnswer, validators: ResponseValidators): void;
