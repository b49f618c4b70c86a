/** Load generation with autocannon: an unmeasured warm-up, then the measured run. */
import autocannon from 'autocannon';
import { latencyOf } from './latency';

export interface LoadSettings {
  connections: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds of load before measuring, thrown away. */
  warmup: number;
  /** Sent with every request (say, a browser's Accept-Encoding). */
  headers?: Record<string, string>;
}

export interface Measurement {
  url: string;
  requestsPerSecond: number;
  /**
   * Milliseconds. p95 is computed here from every response's time (autocannon reports p97.5 and p99
   * but no p95); the others are autocannon's, in whole milliseconds.
   */
  latencyMs: { p50: number; p90: number; p95: number; p97_5: number; p99: number; max: number };
  requests: number;
  /** Non-2xx answers plus connection errors and timeouts, in the measured run and the warm-up. */
  failures: number;
}

function failuresOf(result: autocannon.Result): number {
  return result.non2xx + result.errors;
}

export async function measure(url: string, settings: LoadSettings): Promise<Measurement> {
  let warmupFailures = 0;
  if (settings.warmup > 0) {
    const warmup = await autocannon({
      url,
      connections: settings.connections,
      duration: settings.warmup,
      headers: settings.headers,
    });
    warmupFailures = failuresOf(warmup);
  }
  const responseTimes: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      { url, connections: settings.connections, duration: settings.duration, headers: settings.headers },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    run.on('response', (_client, _status, _bytes, responseTime) => responseTimes.push(responseTime));
  });
  return {
    url,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p95: latencyOf(responseTimes).p95,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    requests: result.requests.total,
    failures: failuresOf(result) + warmupFailures,
  };
}
