import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/** The parts of Stripe's objects the shop reads, in Stripe's JSON shape. */
export interface FakeStripeIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  automatic_payment_methods: { enabled: boolean; allow_redirects: 'always' } | null;
  canceled_at: number | null;
  cancellation_reason: string | null;
  capture_method: 'automatic';
  client_secret: string;
  created: number;
  currency: string;
  description: string | null;
  last_payment_error: { type: string; code: string; decline_code: string; message: string } | null;
  latest_charge: string | null;
  livemode: false;
  metadata: Record<string, string>;
  payment_method_types: string[];
  receipt_email: string | null;
  status: Stripe.PaymentIntent.Status;
}

export interface FakeStripeCharge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  captured: boolean;
  created: number;
  currency: string;
  livemode: false;
  metadata: Record<string, string>;
  paid: boolean;
  payment_intent: string;
  refunded: boolean;
  status: 'succeeded';
}

export interface FakeStripeRefund {
  id: string;
  object: 'refund';
  amount: number;
  charge: string;
  created: number;
  currency: string;
  metadata: Record<string, string>;
  payment_intent: string;
  reason: string | null;
  status: 'succeeded';
}

/**
 * What the next request meets instead of an answer: a card decline (402), Stripe failing (500) or
 * throttling (429), or the connection dropped. The SDK retries the last three (twice by default), so
 * fail it three times to see the error.
 */
export type FakeStripeFailure = 'card_declined' | 'api_error' | 'rate_limit' | 'connection_reset';

export type FakeStripeEventType =
  | 'payment_intent.succeeded'
  | 'payment_intent.payment_failed'
  | 'payment_intent.canceled'
  | 'payment_intent.processing'
  | 'charge.refunded';

export interface SignedFakeEvent {
  id: string;
  /** The body Stripe would POST, byte for byte. */
  payload: string;
  /** Its Stripe-Signature header. */
  signature: string;
}

export interface FakeStripeRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
}

export interface FakeStripe {
  host: string;
  port: number;
  protocol: 'http';
  /** For STRIPE_API_URL. */
  url: string;
  secretKey: string;
  webhookSecret: string;
  intents: Map<string, FakeStripeIntent>;
  charges: Map<string, FakeStripeCharge>;
  refunds: Map<string, FakeStripeRefund>;
  /** Every API request received, in order (retries included). */
  requests: FakeStripeRequest[];
  failNext(kind: FakeStripeFailure, times?: number): void;
  /** The customer paid: the intent succeeds with a charge; returns the signed payment_intent.succeeded event. */
  succeed(intentId: string): SignedFakeEvent;
  /** The customer's card was declined; returns the signed payment_intent.payment_failed event. */
  fail(intentId: string): SignedFakeEvent;
  /**
   * A signed event of `type` about the intent as it is now (charge.refunded: about its charge).
   * `timestamp` (Unix seconds) and `secret` override the signature's, to make stale or forged ones.
   */
  event(
    type: FakeStripeEventType,
    intentId: string,
    options?: { timestamp?: number; secret?: string },
  ): SignedFakeEvent;
  close(): Promise<void>;
}

type ApiError = { status: 400 | 401 | 402 | 404 | 429 | 500; error: Record<string, unknown> };
type ApiResult = { status: 200; body: object } | ApiError;

const cancelableStatuses = new Set<Stripe.PaymentIntent.Status>([
  'requires_payment_method',
  'requires_capture',
  'requires_confirmation',
  'requires_action',
  'processing',
]);

// Stripe's minimum charge in euros.
const minimumAmountCents = 50;

function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function euros(cents: number): string {
  return `€${(cents / 100).toFixed(2)}`;
}

/** Stripe's form encoding (`metadata[orderId]=...`) back into nested objects. */
function parseForm(body: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const [head = key, ...rest] = key.split('[').map((part) => part.replace(/\]$/, ''));
    let target = result;
    let name = head;
    for (const part of rest) {
      const next = target[name];
      const child: Record<string, unknown> =
        typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : {};
      target[name] = child;
      target = child;
      name = part;
    }
    target[name] = value;
  }
  return result;
}

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function invalid(message: string, extra: Record<string, unknown> = {}, status: 400 | 404 = 400): ApiError {
  return { status, error: { type: 'invalid_request_error', message, ...extra } };
}

function missing(kind: string, id: string, status: 400 | 404): ApiError {
  return invalid(
    `No such ${kind}: '${id}'`,
    { code: 'resource_missing', param: status === 404 ? 'id' : kind },
    status,
  );
}

function integerParam(params: Record<string, unknown>, name: string): number | undefined | ApiError {
  const raw = params[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(value) || value <= 0) {
    return invalid(`Invalid positive integer`, { code: 'parameter_invalid_integer', param: name });
  }
  return value;
}

const failures: Record<Exclude<FakeStripeFailure, 'connection_reset'>, ApiError> = {
  card_declined: {
    status: 402,
    error: {
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
    },
  },
  api_error: { status: 500, error: { type: 'api_error', message: 'An unknown error occurred' } },
  rate_limit: {
    status: 429,
    error: {
      type: 'invalid_request_error',
      code: 'rate_limit',
      message: 'Too many requests hit the API too quickly.',
    },
  },
};

/**
 * A local stand-in for the Stripe API, enough of it for StripeGateway: PaymentIntents (create with
 * Idempotency-Key replay, retrieve, cancel) and refunds, answering errors in Stripe's JSON shape so
 * the SDK raises its typed errors. Point the SDK at it with `host`, `port` and `protocol`, or
 * STRIPE_API_URL=`url`. What a customer does in the browser (paying, a decline) is played with
 * `succeed` and `fail`, which return the webhook Stripe would send, signed with `webhookSecret`.
 */
export async function startFakeStripe(): Promise<FakeStripe> {
  const secretKey = `sk_test_fake_${randomBytes(8).toString('hex')}`;
  const webhookSecret = `whsec_fake_${randomBytes(16).toString('hex')}`;
  const intents = new Map<string, FakeStripeIntent>();
  const charges = new Map<string, FakeStripeCharge>();
  const refunds = new Map<string, FakeStripeRefund>();
  const requests: FakeStripeRequest[] = [];
  const pendingFailures: FakeStripeFailure[] = [];
  // Stripe saves the first result for a key and replays it; parameters that differ are refused.
  const idempotent = new Map<string, { fingerprint: string; result: ApiResult }>();

  function getIntent(id: string): FakeStripeIntent {
    const intent = intents.get(id);
    if (!intent) throw new Error(`fake Stripe has no PaymentIntent ${id}`);
    return intent;
  }

  function createIntent(params: Record<string, unknown>): ApiResult {
    const amount = integerParam(params, 'amount');
    if (typeof amount === 'object') return amount;
    if (amount === undefined)
      return invalid('Missing required param: amount.', { code: 'parameter_missing', param: 'amount' });
    if (typeof params.currency !== 'string') {
      return invalid('Missing required param: currency.', { code: 'parameter_missing', param: 'currency' });
    }
    if (amount < minimumAmountCents) {
      return invalid(`Amount must be at least ${euros(minimumAmountCents)} eur`, {
        code: 'amount_too_small',
        param: 'amount',
      });
    }
    const id = randomId('pi');
    const automatic = stringRecord(params.automatic_payment_methods);
    const intent: FakeStripeIntent = {
      id,
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: 0,
      automatic_payment_methods:
        automatic.enabled === 'true' ? { enabled: true, allow_redirects: 'always' } : null,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: 'automatic',
      client_secret: `${id}_secret_${randomBytes(12).toString('hex')}`,
      created: now(),
      currency: params.currency,
      description: typeof params.description === 'string' ? params.description : null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: stringRecord(params.metadata),
      payment_method_types: ['card'],
      receipt_email: typeof params.receipt_email === 'string' ? params.receipt_email : null,
      status: 'requires_payment_method',
    };
    intents.set(id, intent);
    return { status: 200, body: intent };
  }

  function cancelIntent(id: string, params: Record<string, unknown>): ApiResult {
    const intent = intents.get(id);
    if (!intent) return missing('payment_intent', id, 404);
    if (!cancelableStatuses.has(intent.status)) {
      return invalid(
        `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${[...cancelableStatuses].join(', ')}.`,
        { code: 'payment_intent_unexpected_state', payment_intent: intent },
      );
    }
    intent.status = 'canceled';
    intent.canceled_at = now();
    intent.cancellation_reason =
      typeof params.cancellation_reason === 'string' ? params.cancellation_reason : null;
    return { status: 200, body: intent };
  }

  function createRefund(params: Record<string, unknown>): ApiResult {
    const intentId = params.payment_intent;
    if (typeof intentId !== 'string') {
      return invalid(
        'One of the following params should be provided for this request: payment_intent or charge.',
        {
          code: 'parameter_missing',
        },
      );
    }
    const intent = intents.get(intentId);
    if (!intent) return missing('payment_intent', intentId, 400);
    const charge = intent.latest_charge ? charges.get(intent.latest_charge) : undefined;
    if (intent.status !== 'succeeded' || !charge) {
      return invalid(`This PaymentIntent (${intentId}) does not have a successful charge to refund.`, {
        code: 'charge_not_refundable',
      });
    }
    const remaining = charge.amount_captured - charge.amount_refunded;
    if (remaining === 0) {
      return invalid(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
    }
    const amount = integerParam(params, 'amount');
    if (typeof amount === 'object') return amount;
    if (amount !== undefined && amount > remaining) {
      return invalid(
        `Refund amount (${euros(amount)}) is greater than unrefunded amount on charge (${euros(remaining)})`,
        { param: 'amount' },
      );
    }
    const refund: FakeStripeRefund = {
      id: randomId('re'),
      object: 'refund',
      amount: amount ?? remaining,
      charge: charge.id,
      created: now(),
      currency: charge.currency,
      metadata: stringRecord(params.metadata),
      payment_intent: intent.id,
      reason: typeof params.reason === 'string' ? params.reason : null,
      status: 'succeeded',
    };
    refunds.set(refund.id, refund);
    charge.amount_refunded += refund.amount;
    charge.refunded = charge.amount_refunded === charge.amount_captured;
    return { status: 200, body: refund };
  }

  function route(method: string, path: string, params: Record<string, unknown>): ApiResult {
    if (method === 'POST' && path === '/v1/payment_intents') return createIntent(params);
    const intentPath = /^\/v1\/payment_intents\/([^/]+)(\/cancel)?$/.exec(path);
    if (intentPath) {
      const id = decodeURIComponent(intentPath[1] ?? '');
      if (method === 'GET' && !intentPath[2]) {
        const intent = intents.get(id);
        return intent ? { status: 200, body: intent } : missing('payment_intent', id, 404);
      }
      if (method === 'POST' && intentPath[2]) return cancelIntent(id, params);
    }
    if (method === 'POST' && path === '/v1/refunds') return createRefund(params);
    return invalid(`Unrecognized request URL (${method}: ${path}).`, {}, 404);
  }

  function respond(response: http.ServerResponse, result: ApiResult, replayed = false): void {
    response.writeHead(result.status, {
      'content-type': 'application/json',
      'request-id': randomId('req'),
      ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
    });
    response.end(JSON.stringify(result.status === 200 ? result.body : { error: result.error }));
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of request) body += chunk;
    const url = new URL(request.url ?? '/', 'http://fake-stripe');
    const method = request.method ?? 'GET';
    const idempotencyKey = request.headers['idempotency-key'];
    const key = typeof idempotencyKey === 'string' ? idempotencyKey : undefined;
    requests.push({ method, path: url.pathname, idempotencyKey: key });

    const failure = pendingFailures.shift();
    if (failure === 'connection_reset') {
      request.socket.destroy();
      return;
    }
    // Injected failures are not saved against the idempotency key: like a dropped request, the retry
    // gets a real answer.
    if (failure) return respond(response, failures[failure]);

    if (request.headers.authorization !== `Bearer ${secretKey}`) {
      return respond(response, {
        status: 401,
        error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_***' },
      });
    }

    const params = parseForm(body);
    const fingerprint = `${method} ${url.pathname} ${body}`;
    const saved = key && method === 'POST' ? idempotent.get(key) : undefined;
    if (saved) {
      if (saved.fingerprint !== fingerprint) {
        return respond(response, {
          status: 400,
          error: {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          },
        });
      }
      return respond(response, saved.result, true);
    }
    const result = route(method, url.pathname, params);
    // Like Stripe, a request refused for its parameters saves nothing, so it can be corrected and sent again.
    if (key && method === 'POST' && result.status === 200) idempotent.set(key, { fingerprint, result });
    respond(response, result);
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      respond(response, { status: 500, error: { type: 'api_error', message: String(error) } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = '127.0.0.1';

  function eventObject(type: FakeStripeEventType, intent: FakeStripeIntent): object {
    if (type !== 'charge.refunded') return intent;
    const charge = intent.latest_charge ? charges.get(intent.latest_charge) : undefined;
    if (!charge) throw new Error(`fake Stripe: PaymentIntent ${intent.id} has no charge to report refunded`);
    return charge;
  }

  function event(
    type: FakeStripeEventType,
    intentId: string,
    options: { timestamp?: number; secret?: string } = {},
  ): SignedFakeEvent {
    const id = randomId('evt');
    const payload = JSON.stringify(
      {
        id,
        object: 'event',
        api_version: Stripe.API_VERSION,
        created: now(),
        data: { object: eventObject(type, getIntent(intentId)) },
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        type,
      },
      null,
      2,
    );
    const signature = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: options.secret ?? webhookSecret,
      ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
    });
    return { id, payload, signature };
  }

  return {
    host,
    port,
    protocol: 'http',
    url: `http://${host}:${port}`,
    secretKey,
    webhookSecret,
    intents,
    charges,
    refunds,
    requests,
    failNext(kind, times = 1) {
      for (let i = 0; i < times; i++) pendingFailures.push(kind);
    },
    succeed(intentId) {
      const intent = getIntent(intentId);
      const charge: FakeStripeCharge = {
        id: randomId('ch'),
        object: 'charge',
        amount: intent.amount,
        amount_captured: intent.amount,
        amount_refunded: 0,
        captured: true,
        created: now(),
        currency: intent.currency,
        livemode: false,
        metadata: { ...intent.metadata },
        paid: true,
        payment_intent: intent.id,
        refunded: false,
        status: 'succeeded',
      };
      charges.set(charge.id, charge);
      intent.status = 'succeeded';
      intent.amount_received = intent.amount;
      intent.latest_charge = charge.id;
      intent.last_payment_error = null;
      return event('payment_intent.succeeded', intentId);
    },
    fail(intentId) {
      const intent = getIntent(intentId);
      // A declined attempt leaves the intent open for another card, as on Stripe.
      intent.status = 'requires_payment_method';
      intent.last_payment_error = {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
      };
      return event('payment_intent.payment_failed', intentId);
    },
    event,
    async close() {
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      // The SDK keeps connections alive; without this, close() would wait for them to time out.
      server.closeAllConnections();
      await closed;
    },
  };
}
