// The hand-written guides in docs/ and the one generated guide (status lifecycles), as sections of the docs site.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lifecyclesOf } from '../../../generators/src/ir/lifecycles.ts';
import { lifecycleTable } from '../lifecycle-table.ts';

export interface Guide {
  /** The section's title, from the Markdown's first `# ` heading. */
  title: string;
  /** The Markdown without its title line. */
  body: string;
  file: string;
}

/** A guide file is `NN-name.md`; the number orders the sections. README.md describes the folder and is no guide. */
const GUIDE_FILE = /^\d{2}-[a-z0-9-]+\.md$/;

export function parseGuide(file: string, text: string): Guide {
  const match = /^# (.+)\n/.exec(text);
  if (!match) throw new Error(`${file}: a guide starts with a "# Title" line`);
  return { title: match[1].trim(), body: text.slice(match[0].length).trim(), file };
}

export function loadGuides(dir: string): Guide[] {
  return readdirSync(dir)
    .filter((f) => GUIDE_FILE.test(f))
    .sort()
    .map((f) => parseGuide(f, readFileSync(join(dir, f), 'utf8')));
}

export const LIFECYCLE_GUIDE_TITLE = 'Status lifecycles';

/** One table per status enum, read from its x-connectfi-lifecycle at build time, never copied by hand. */
export function lifecycleGuide(spec: any): Guide {
  const sections = lifecyclesOf(spec).map((lifecycle) => {
    const states = lifecycle.states.map((s) => `\`${s}\``).join(', ');
    return `## ${lifecycle.schemaName}\n\nStates: ${states}\n\n${lifecycleTable(lifecycle)}`;
  });
  const intro =
    'Every status enum of the API carries its lifecycle as data (`x-connectfi-lifecycle`); this page is generated from it when the docs are built. A webhook fires on each asynchronous transition: confirm the status with the matching query call before acting on it.';
  return {
    title: LIFECYCLE_GUIDE_TITLE,
    body: [intro, ...(sections.length ? sections : ['No status enum carries a lifecycle yet.'])].join('\n\n'),
    file: '(generated)',
  };
}

export const CHANGELOG_GUIDE_TITLE = 'Changelog';

/** The changelog (generated from the spec's history by `npm run release`) as the site's last section. */
export function changelogGuide(markdown: string): Guide {
  const body = markdown.replace(/^# [^\n]*\n/, '').trim();
  return { title: CHANGELOG_GUIDE_TITLE, body: body || 'No release yet.', file: 'CHANGELOG.md' };
}
