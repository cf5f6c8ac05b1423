// Gathers the compile requests of the groups of one run, so that all packages go through one compile
// (framework/compile.ts). Groups emit concurrently; once every group has either finished or is waiting for its
// compile, the waiting requests are compiled together and each group gets its own outputs back.
import type { GeneratedFile } from './emitter.ts';
import { compilePackages, type CompileRequest } from './compile.ts';

interface Waiting {
  request: CompileRequest;
  resolve(files: GeneratedFile[]): void;
  reject(error: unknown): void;
}

export class CompileBatch {
  private waiting: Waiting[] = [];
  private finished = 0;

  constructor(private readonly groups: number) {}

  compile(request: CompileRequest): Promise<GeneratedFile[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      this.flush();
    });
  }

  /** Called when a group's emit settles, whether or not it compiled anything. */
  groupDone(): void {
    this.finished++;
    this.flush();
  }

  private flush(): void {
    if (!this.waiting.length || this.waiting.length + this.finished < this.groups) return;
    const batch = this.waiting;
    this.waiting = [];
    // Outside the caller's stack: the compile is long, and a failure must reach every waiting group.
    setImmediate(() => {
      try {
        const outputs = compilePackages(batch.map((w) => w.request));
        for (const [i, w] of batch.entries()) w.resolve(outputs[i]);
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    });
  }
}
