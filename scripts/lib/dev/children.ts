// The processes that serve the bundle and are restarted on each new one. The Prism mock is the first; the sandbox
// (npm run sandbox) joins with one entry in `bundleChildren`.
import { startPrism } from '../prism.ts';
import { stableProxy, type StableProxy } from './proxy.ts';

export interface RunningChild {
  url: string;
  stop(): Promise<void>;
}

export interface BundleChild {
  /** Printed at start beside its URL, e.g. `mock`. */
  name: string;
  /** What it is, printed after the URL. */
  note: string;
  /** Starts it on `bundlePath` (generated/openapi.json or the dev loop's copy) on a free port of 127.0.0.1. */
  start(bundlePath: string): Promise<RunningChild>;
}

export const bundleChildren: BundleChild[] = [{ name: 'mock', note: 'Prism: answers with the documented examples', start: (bundlePath) => startPrism({ kind: 'mock' }, bundlePath) }];

/** One child behind a stable URL: a restart starts the new process first, then switches, then stops the old. */
export class Restartable {
  private running?: RunningChild;
  /** Restarts run one after another, so the last one started always serves the newest bundle. */
  private queue: Promise<void> = Promise.resolve();
  private constructor(
    readonly child: BundleChild,
    private readonly proxy: StableProxy,
  ) {}

  static async create(child: BundleChild): Promise<Restartable> {
    return new Restartable(child, await stableProxy(child.name));
  }

  get url(): string {
    return this.proxy.url;
  }

  /** Throws (keeping the old process) when the new one does not start. */
  restart(bundlePath: string): Promise<void> {
    const run = this.queue.then(() => this.restartNow(bundlePath));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async restartNow(bundlePath: string): Promise<void> {
    const next = await this.child.start(bundlePath);
    const old = this.running;
    this.running = next;
    this.proxy.setTarget(next.url);
    await old?.stop();
  }

  async stop(): Promise<void> {
    await this.queue;
    this.proxy.setTarget(undefined);
    await this.running?.stop();
    this.running = undefined;
    await this.proxy.close();
  }
}
