// One autocannon run, bounded in time AND in requests, with a wall-clock guard in case a target hangs.
import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  seconds: number;
  connections?: number;
}

export function load({ url, method, headers, body, seconds, connections = 10 }: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, method: method as 'POST', headers, body, duration: seconds, connections, maxOverallRequests: 500_000, timeout: 5 }, (error, result) => {
      clearTimeout(guard);
      if (error) return reject(error);
      resolve({ requestsPerSecond: result.requests.average, total: result.requests.total, non2xx: result.non2xx, errors: result.errors + result.timeouts });
    });
    const guard = setTimeout(() => instance.stop(), (seconds + 10) * 1000);
  });
}
