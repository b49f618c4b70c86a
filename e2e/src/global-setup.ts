import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startFakeStripe } from '../../packages/core/src/testing/fake-stripe';
import { bundleServer, serverBundle, serverNodeFlags } from '../../scripts/build-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the server's file mail transport writes each email as JSON. */
    outboxDir: string;
    /**
     * Plays the customer's bank for card payments: `POST {stripeControlUrl}/succeed/{paymentIntentId}`
     * makes the fake Stripe take the payment and deliver its signed webhook to the shop.
     */
    stripeControlUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function waitForReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not become ready:\n${output()}`);
}

/** Starts the production server as `npm start` runs it (the web build must exist), on a fresh data folder. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'puoti-e2e-'));
  const port = String(3300 + Math.floor(Math.random() * 500));
  const outboxDir = path.join(dataDir, 'outbox');
  // Card payments against a local fake of Stripe's API (no network here); the browser gets a fake
  // Stripe.js from the tests.
  const stripe = await startFakeStripe();
  let output = '';
  await bundleServer();
  const child = spawn(process.execPath, [...serverNodeFlags, serverBundle], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: port,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
      MAIL_TRANSPORT: 'file',
      MAIL_OUTBOX_DIR: outboxDir,
      STRIPE_SECRET_KEY: stripe.secretKey,
      STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
      STRIPE_API_URL: stripe.url,
      STRIPE_PUBLISHABLE_KEY: 'pk_test_e2e',
    },
  });
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const baseUrl = `http://localhost:${port}`;
  await waitForReady(baseUrl, child, () => output);
  project.provide('baseUrl', baseUrl);
  project.provide('outboxDir', outboxDir);

  const control = createServer((request, response) => {
    const intentId = /^\/succeed\/([\w-]+)$/.exec(request.url ?? '')?.[1];
    if (request.method !== 'POST' || !intentId) {
      response.writeHead(404).end();
      return;
    }
    void (async () => {
      const event = stripe.succeed(intentId);
      const delivered = await fetch(`${baseUrl}/api/v1/payments/stripe/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': event.signature },
        body: event.payload,
      });
      response.writeHead(delivered.status).end(await delivered.text());
    })().catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  project.provide('stripeControlUrl', `http://127.0.0.1:${(control.address() as AddressInfo).port}`);

  return async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    control.close();
    await stripe.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
