export declare const fullFormats: Record<string, {
    validate: (text: string) => boolean;
} | ((text: string) => boolean)>;
