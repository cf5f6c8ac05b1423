export interface Validator {
	(data: unknown): boolean;
	errors?: {
		instancePath: string;
		keyword: string;
		params: Record<string, unknown>;
		message?: string;
	}[] | null;
}
export type Validators = Record<string, Validator>;
