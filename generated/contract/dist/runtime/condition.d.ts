/** One test on a value, exactly one key as the spec writes it (the IR's ConditionIR, the kit's Condition). */
export type ConditionShape = Partial<{
	eq: string | number | boolean | null;
	ne: string | number | boolean | null;
	in: readonly (string | number)[];
	gt: number;
	gte: number;
	lt: number;
	lte: number;
	between: readonly [number, number];
	pattern: string;
	exists: boolean;
}>;
export declare function holds(value: unknown, condition: ConditionShape): boolean;
