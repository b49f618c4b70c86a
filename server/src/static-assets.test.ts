import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaticAssets } from './static-assets';

describe('StaticAssets', () => {
  let dir: string;
  let server: http.Server;
  let port: number;
  const script = `console.log(${JSON.stringify('x'.repeat(2_000))});\n`;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'puoti-static-'));
    await mkdir(path.join(dir, 'static', 'chunks'), { recursive: true });
    await writeFile(path.join(dir, 'static', 'chunks', 'a1.js'), script);
    await writeFile(path.join(dir, 'secret.js'), 'secret');
    const assets = new StaticAssets(path.join(dir, 'static'));
    server = http.createServer((req, res) =>
      assets.handle(req, res, () => {
        res.writeHead(404, { 'X-Passed': '1' });
        res.end();
      }),
    );
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const request = (requestPath: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .request({ host: '127.0.0.1', port, path: requestPath, method, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on('error', reject)
        .end();
    });

  it('answers a build script compressed as the client accepts, cached for a year', async () => {
    const br = await request('/_next/static/chunks/a1.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await request('/_next/static/chunks/a1.js?dpl=1', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await request('/_next/static/chunks/a1.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);

    const head = await request('/_next/static/chunks/a1.js', {}, 'HEAD');
    expect(head.headers['content-length']).toBe(String(script.length));
    expect(head.body.length).toBe(0);
  });

  it('hands everything else to the next handler', async () => {
    for (const other of [
      '/_next/static/chunks/missing.js',
      '/_next/static/media/font.woff2',
      '/_next/static/chunks/%2e%2e/%2e%2e/secret.js',
      '/_next/static/chunks/..%2f..%2fsecret.js',
      '/fi',
    ]) {
      const response = await request(other);
      expect(response.headers['x-passed'], other).toBe('1');
    }
  });
});
