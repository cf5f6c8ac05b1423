/** Rows of fields; quoted fields may hold commas, quotes (doubled) and line breaks. Throws on an unclosed quote. */
export declare function parseCsv(text: string): string[][];
export declare function csvProblems(text: string, documentedHeader: string | undefined): string[];
