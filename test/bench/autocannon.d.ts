// The part of autocannon 9's programmatic API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  interface Options {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    duration?: number;
    connections?: number;
    maxOverallRequests?: number;
    timeout?: number;
    /** Per-request set-up (the sandbox bench gives every create its own reference). */
    requests?: { method?: string; path?: string; headers?: Record<string, string>; body?: string; setupRequest?(request: any): any }[];
  }
  interface Result {
    requests: { average: number; total: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  }
  interface Instance {
    stop(): void;
  }
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
