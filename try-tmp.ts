import { parseConfig } from '@puoti/core';
import { pino } from 'pino';
import { startServer } from './server/src/server';

const config = parseConfig({ DATA_DIR: '/tmp/puoti-try', PORT: '3999' });
const t = Date.now();
const s = await startServer(config, pino({ level: 'info' }), { web: false });
console.log('started', Date.now() - t, s.prepared.demo);
for (const u of [
  '/api/v1/categories?locale=sv',
  '/api/v1/products?locale=sv&pageSize=3',
  '/api/v1/products?q=laptpo&locale=en&pageSize=3',
  '/api/v1/products/macbook-pro-16?locale=en',
  '/api/v1/search/suggest?q=kahv&locale=fi',
  '/api/v1/products?sort=bogus',
  '/api/v1/products?pageSize=1000000',
  '/healthz',
  '/readyz',
]) {
  const r = await fetch('http://localhost:3999' + u);
  const body = await r.text();
  console.log(r.status, u, body.slice(0, 400));
}
await s.close();
