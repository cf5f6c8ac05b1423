type Check = (value: never) => boolean;
export declare const fullFormats: Record<string, {
	validate: Check;
} | Check>;
export {};
