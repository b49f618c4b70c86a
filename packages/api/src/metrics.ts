import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of this process: Node's defaults and a request-duration histogram per route. */
class Metrics {
  readonly registry = new Registry();
  private readonly duration = new Histogram({
    name: 'puoti_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    this.duration.observe({ method, route, status: String(status) }, seconds);
  }
}

/** One registry per process: Node's default collectors may only be registered once. */
const slot = Symbol.for('puoti.metrics');
const holder = globalThis as { [slot]?: Metrics };
holder[slot] ??= new Metrics();
export const metrics: Metrics = holder[slot];
