// Live reload for the served docs page: a Server-Sent Events stream and the small script injected into the page
// that listens to it. `reload` reloads the page; `problems` shows (or clears) an overlay listing what failed. The
// current problems are also written into the page itself, so a reload while something is broken shows them at once.
import type { ServerResponse } from 'node:http';
import type { Problem } from './fast-bundle.ts';

export const EVENTS_PATH = '/__dev/events';

export class LiveReload {
  private readonly clients = new Set<ServerResponse>();
  private problems: Problem[] = [];

  /** Keeps `res` open as an event stream until the browser goes away. */
  attach(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`retry: 500\nevent: problems\ndata: ${JSON.stringify(this.problems)}\n\n`);
    this.clients.add(res);
    res.once('close', () => this.clients.delete(res));
  }

  reload(): void {
    this.send('reload', '{}');
  }

  setProblems(problems: Problem[]): void {
    this.problems = problems;
    this.send('problems', JSON.stringify(problems));
  }

  currentProblems(): Problem[] {
    return this.problems;
  }

  close(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  /** The page as served: `html` with the problems and the listener added before `</body>`. */
  inject(html: string): string {
    const at = html.lastIndexOf('</body>');
    const script = `<script id="connectfi-dev">window.__connectfiDevProblems=${JSON.stringify(this.problems).replace(/</g, '\\u003c')};${CLIENT}(${JSON.stringify(EVENTS_PATH)});</script>`;
    return at < 0 ? html + script : `${html.slice(0, at)}${script}\n${html.slice(at)}`;
  }

  private send(event: string, data: string): void {
    for (const res of this.clients) res.write(`event: ${event}\ndata: ${data}\n\n`);
  }
}

/**
 * Runs in the browser. Plain JavaScript in a string rather than a serialised function: the TypeScript loader may
 * wrap functions in helpers the browser does not have.
 */
const CLIENT = `(function (path) {
  function show(problems) {
    var old = document.getElementById('connectfi-dev-overlay');
    if (old) old.remove();
    if (!problems.length) return;
    var box = document.createElement('div');
    box.id = 'connectfi-dev-overlay';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;background:#2b0d0d;color:#ffd7d7;font:13px/1.45 ui-monospace,monospace;padding:12px 16px;border-top:3px solid #ff5c5c;white-space:pre-wrap';
    var title = document.createElement('strong');
    title.textContent = 'npm run dev: ' + problems.length + ' problem(s); the page shows the last good build\\n\\n';
    box.append(title, problems.map(function (p) { return '[' + p.source + '] ' + p.text; }).join('\\n\\n'));
    document.body.append(box);
  }
  function start() {
    show(window.__connectfiDevProblems);
    var events = new EventSource(path);
    events.addEventListener('reload', function () { location.reload(); });
    events.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})`;
