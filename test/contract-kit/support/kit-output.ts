// Reading what `connectfi-contract verify` prints, as a CI log reader would: the summary line, one verdict line per
// operation, and the indented detail lines under a verdict.

/** `contract: N passed, M failed, K need state` as [N, M, K]. */
export const summary = (stdout: string) => /^contract: (\d+) passed, (\d+) failed, (\d+) need state/m.exec(stdout)?.slice(1).map(Number);

/** operationId -> PASS, FAIL or STATE. */
export const verdicts = (stdout: string) => Object.fromEntries([...stdout.matchAll(/^(PASS|FAIL|STATE) +(\S+) \(/gm)].map((m) => [m[2], m[1]]));

/** The indented detail lines under one operation's verdict line. */
export function detailLines(stdout: string, operationId: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^(PASS|FAIL|STATE) +${operationId} \\(`).test(l));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith(' '));
  return lines.slice(start + 1, end);
}
