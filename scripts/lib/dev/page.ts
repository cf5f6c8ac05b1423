// The served docs page: the last page `redocly build-docs` made, with the docs spec inside swapped for a newer one.
// build-docs embeds the spec as `const __redoc_definition = <JSON, "<" escaped>;` and Redoc renders from it in the
// browser, so a swap shows an edit without another build-docs run (the few KiB of server-rendered navigation are
// re-rendered by Redoc on load). The built artifact, generated/docs/index.html, is never touched here.

const START = 'const __redoc_definition = ';
const END = ';\n      const __redoc_options';

export interface PageTemplate {
  before: string;
  after: string;
}

/** Splits a build-docs page around its embedded definition; fails loudly if Redocly changes the page's shape. */
export function pageTemplate(html: string): PageTemplate {
  const start = html.indexOf(START);
  const end = html.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error('docs: the built page no longer embeds `const __redoc_definition = ...;` before `__redoc_options`; update scripts/lib/dev/page.ts');
  return { before: html.slice(0, start + START.length), after: html.slice(end) };
}

/** Exactly what build-docs embeds for `docsSpec` (test/dev checks this against a real build). */
export const embeddedDefinition = (docsSpec: unknown) => JSON.stringify(docsSpec).replace(/</g, '\\u003c');

export function pageWith(template: PageTemplate, docsSpec: unknown): string {
  return `${template.before}${embeddedDefinition(docsSpec)}${template.after}`;
}
