// One finding of `npm run lint`, printed one per line as `file:line:column  severity  rule  message`, the form
// terminals and editors turn into a link to the line.
import { isAbsolute, relative } from 'node:path';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Finding {
  file: string;
  /** 1-based; absent when the finding is about the whole file. */
  line?: number;
  column?: number;
  severity: Severity;
  rule: string;
  message: string;
}

/** A path as the user typed it: relative to the working directory when the file is below it. */
export function shownPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export function formatFinding(f: Finding): string {
  const where = f.line === undefined ? shownPath(f.file) : `${shownPath(f.file)}:${f.line}:${f.column ?? 1}`;
  return `${where}  ${f.severity}  ${f.rule}  ${f.message}`;
}

/** Findings in file order, then line order, so that one file's problems read together. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Warnings fail too: main stays at zero of both. */
export const fails = (f: Finding) => f.severity === 'error' || f.severity === 'warning';
