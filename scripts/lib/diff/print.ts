// The diff as lines on a terminal: one per change, its level first.
import type { DiffReport } from './compare.ts';

export function formatReport(report: DiffReport): string {
  if (!report.changes.length) return 'no changes';
  const width = Math.min(48, Math.max(...report.changes.map((c) => c.where.length)));
  const lines = report.changes.map((c) => `${c.level.padEnd(5)}  ${c.where.padEnd(width)}  ${c.what}${c.rules.length ? `  [${c.rules.join(', ')}]` : ''}`);
  const count = (level: string) => report.changes.filter((c) => c.level === level).length;
  lines.push('', `${report.changes.length} changes: ${count('major')} major, ${count('minor')} minor, ${count('patch')} patch`);
  return lines.join('\n');
}
