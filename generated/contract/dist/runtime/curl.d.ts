import type { Outgoing } from "./http.js";
export interface Secrets {
	token?: string;
	password?: string;
}
export declare function curlOf(out: Outgoing, secrets: Secrets): string;
