import type { ParameterSpec } from "./route.js";
export interface ParameterValues {
	path: Record<string, unknown>;
	query: Record<string, unknown>;
	header: Record<string, unknown>;
}
export declare function collectParameters(specs: ParameterSpec[], rawPath: Record<string, string>, search: string, header: (name: string) => string | undefined): ParameterValues;
