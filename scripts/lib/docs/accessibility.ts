// What the docs page adds to Redoc's own theme so that axe-core finds no serious or critical violation
// (test/docs/browser.test.ts runs it on the landing page and on operations with every badge): text colours with a
// contrast of at least 4.5:1 against their backgrounds, and two attributes Redoc's markup lacks.

/**
 * Redoc's light palette and HTTP-method tag colours, darkened where text drawn in them fell below 4.5:1 (grey
 * descriptions 2.7:1, method tags down to 2.2:1, orange code tokens 2.9:1). `:root:not(.dark)` outranks Redoc's
 * `:root` rules whatever their order, and leaves the dark theme alone.
 */
const COLOURS: Record<string, string> = {
  '--color-warm-grey-7': '#5f606b',
  '--color-blue-5': '#1a56b8',
  '--color-blue-6': '#0b5cd5',
  '--color-blue-7': '#1a56b8',
  '--color-carrot-5': '#9a4a00',
  '--color-carrot-6': '#a04e00',
  '--color-carrot-7': '#9a4a00',
  // The search box's placeholder and the greyed method tags beside each example: text readers need, drawn at 2.7:1.
  '--input-content-placeholder-color': '#5f606b',
  '--search-trigger-color': '#5f606b',
  '--text-color-disabled': '#5f606b',
  '--button-content-color-disabled': '#5f606b',
};

/**
 * Syntax-highlighting colours of code blocks (samples, JSON examples), each at least 4.5:1 on the blocks' #fbfbfc:
 * Redoc's green booleans (3.4:1), magenta keywords (3.7:1), orange functions (2.9:1) and blue strings (4.5:1, just
 * under) are replaced by darker shades of the same hues.
 */
const CODE_TOKENS: Record<string, string> = {
  boolean: '#0f6b3a',
  keyword: '#a3134f',
  string: '#1a56b8',
  'property-string': '#1a56b8',
  link: '#1a56b8',
  function: '#9a4a00',
  operator: '#9a4a00',
  regex: '#9a4a00',
  'class-name': '#9a4a00',
  deleted: '#b00030',
  invalid: '#9a3412',
  comment: '#5f606b',
  'regex-char-escape': '#2f6b1f',
  'meta-diff-range': '#5b3fc4',
};

const METHOD_TAGS: Record<string, string> = {
  get: '#11703d',
  query: '#11703d',
  post: '#1747b0',
  put: '#8a4a00',
  patch: '#735c00',
  delete: '#b00030',
  head: '#4b3fae',
};

/**
 * Redoc caps a sidebar badge at 90px and cuts the rest with an ellipsis ("Fidelity: Pa…"): a badge is short and
 * its whole text is the point, so it takes the width it needs (and wraps to its own line if the row is full).
 */
const WHOLE_BADGES = '[data-component-name="Tag/Tag"]{max-width:none!important}[data-component-name="Tag/Tag"]>*{overflow:visible!important;text-overflow:clip!important}';

const variables = { ...COLOURS, ...Object.fromEntries(Object.entries(CODE_TOKENS).map(([token, value]) => [`--code-block-tokens-${token}-color`, value])) };

export const ACCESSIBLE_STYLE = `<style>${WHOLE_BADGES}:root:not(.dark){${Object.entries(variables)
  .map(([name, value]) => `${name}:${value};`)
  .join('')}}${Object.entries(METHOD_TAGS)
  .map(([method, colour]) => `:root:not(.dark) .tag-${method}{--tag-color:${colour};}`)
  .join('')}</style>`;

/**
 * Two fixes to Redoc's rendered markup, kept as the page changes (Redoc renders sections lazily): a scrollable code
 * block or Markdown table wrapper (the sandbox trigger and prerequisite tables are wide) gets `tabindex="0"` so a
 * keyboard can scroll it (axe `scrollable-region-focusable`), and the example picker,
 * whose `aria-label` ("Example") hides the example's visible name, gets a label that contains it
 * (`label-content-name-mismatch`).
 */
export const ACCESSIBLE_SCRIPT = `<script>(function () {
  var queued = false;
  function fix() {
    queued = false;
    document.querySelectorAll('pre:not([tabindex]), .md-table-wrapper:not([tabindex])').forEach(function (el) { el.setAttribute('tabindex', '0'); });
    document.querySelectorAll('button[aria-label][aria-haspopup]').forEach(function (button) {
      var text = (button.textContent || '').trim();
      var label = button.getAttribute('aria-label') || '';
      if (text && label.indexOf(text) < 0) button.setAttribute('aria-label', label + ': ' + text);
    });
  }
  new MutationObserver(function () { if (!queued) { queued = true; requestAnimationFrame(fix); } })
    .observe(document.documentElement, { subtree: true, childList: true, characterData: true });
})();</script>`;
