export default function ucs2length(text: string): number;
