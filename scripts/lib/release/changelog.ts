// The CHANGELOG entry of one release, generated from the diff between the last release's bundle and today's:
// grouped by semver level (breaking, added, other), then by what changed (operations, webhooks, fields, enum values).
import type { Category, Change } from '../diff/change.ts';
import type { Level } from '../diff/semver.ts';

export const CHANGELOG_HEADER = `# Changelog

Every release of the connectFi API description and of the packages generated from it (\`@connectfi/client\`,
\`@connectfi/server\`), which share one version. Written by \`npm run release\` from the difference between the last
release's bundle and the new one: breaking changes make a major, additions a minor, description-only changes a
patch. Do not edit entries by hand; fix the spec and release again.
`;

const LEVEL_TITLES: [Level, string][] = [
  ['major', 'Breaking changes'],
  ['minor', 'Added'],
  ['patch', 'Changed without effect on clients'],
];
const CATEGORY_TITLES: [Category, string][] = [
  ['operation', 'Operations'],
  ['webhook', 'Webhooks'],
  ['field', 'Fields'],
  ['enum', 'Enum values'],
  ['other', 'Other'],
];

export interface EntryInput {
  version: string;
  previous: string;
  date: string;
  /** What the entry was compared with: `v1.2.0`, or `first commit 3b93bf9`. */
  baseLabel: string;
  changes: Change[];
  /** Set when only the generators changed: the reason for a release without spec changes. */
  note?: string;
}

export function renderEntry({ version, previous, date, baseLabel, changes, note }: EntryInput): string {
  const lines = [`## ${version} (${date})`, '', `Compared with ${baseLabel} (${previous}): ${changes.length} change${changes.length === 1 ? '' : 's'} to the API description.`];
  if (note) lines.push('', note);
  for (const [level, title] of LEVEL_TITLES) {
    const atLevel = changes.filter((c) => c.level === level);
    if (!atLevel.length) continue;
    lines.push('', `### ${title}`);
    for (const [category, heading] of CATEGORY_TITLES) {
      const inCategory = atLevel.filter((c) => c.category === category);
      if (!inCategory.length) continue;
      lines.push('', `#### ${heading}`, '');
      for (const change of inCategory) lines.push(`- \`${change.where}\`: ${change.what}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The changelog with `entry` as its newest release, keeping every older entry as it was. */
export function prependEntry(existing: string | undefined, entry: string): string {
  const body = existing?.startsWith(CHANGELOG_HEADER) ? existing.slice(CHANGELOG_HEADER.length).replace(/^\n+/, '') : existing?.trim() ? existing : '';
  return `${CHANGELOG_HEADER}\n${entry}${body ? `\n${body}` : ''}`;
}
