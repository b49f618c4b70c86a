import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error';
import { type FakeStripe, startFakeStripe } from '../testing/fake-stripe';
import { StripeGateway } from './stripe';

let fake: FakeStripe;
let gateway: StripeGateway;

beforeAll(async () => {
  fake = await startFakeStripe();
  gateway = new StripeGateway({
    secretKey: fake.secretKey,
    webhookSecret: fake.webhookSecret,
    apiUrl: fake.url,
  });
});

afterAll(async () => {
  await fake.close();
});

function order(overrides: Partial<Parameters<StripeGateway['createPaymentIntent']>[0]> = {}) {
  return {
    amountCents: 2590,
    orderId: randomUUID(),
    orderNumber: 'P-10001',
    email: 'ann@example.com',
    locale: 'fi',
    ...overrides,
  };
}

/** Runs `action` and returns what it threw, so tests can look at more than the message. */
async function failure(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function paidIntent(amountCents = 2590): Promise<string> {
  const { id } = await gateway.createPaymentIntent(order({ amountCents }));
  fake.succeed(id);
  return id;
}

describe('StripeGateway payments', () => {
  it('creates a euro PaymentIntent for the order', async () => {
    const input = order();
    const created = await gateway.createPaymentIntent(input);
    expect(created).toEqual({
      id: expect.stringMatching(/^pi_/),
      clientSecret: expect.stringMatching(new RegExp(`^${created.id}_secret_`)),
      status: 'requires_payment_method',
    });
    expect(fake.intents.get(created.id)).toMatchObject({
      amount: 2590,
      currency: 'eur',
      automatic_payment_methods: { enabled: true },
      receipt_email: 'ann@example.com',
      metadata: { orderId: input.orderId, orderNumber: 'P-10001', locale: 'fi' },
    });
    expect(fake.requests.at(-1)).toEqual({
      method: 'POST',
      path: '/v1/payment_intents',
      idempotencyKey: `pi-${input.orderId}`,
    });
  });

  it('returns the same intent when the checkout of an order is retried', async () => {
    const input = order();
    const first = await gateway.createPaymentIntent(input);
    const again = await gateway.createPaymentIntent(input);
    expect(again).toEqual(first);
    const forOrder = [...fake.intents.values()].filter((intent) => intent.metadata.orderId === input.orderId);
    expect(forOrder).toHaveLength(1);
  });

  it('makes one intent when the SDK retries after Stripe failed', async () => {
    const input = order();
    fake.failNext('api_error');
    const created = await gateway.createPaymentIntent(input);
    const attempts = fake.requests.filter((request) => request.idempotencyKey === `pi-${input.orderId}`);
    expect(attempts).toHaveLength(2);
    expect([...fake.intents.values()].filter((intent) => intent.metadata.orderId === input.orderId)).toEqual([
      expect.objectContaining({ id: created.id }),
    ]);
  });

  it('retrieves and cancels an unpaid intent', async () => {
    const input = order();
    const { id, clientSecret } = await gateway.createPaymentIntent(input);
    expect(await gateway.retrievePaymentIntent(id)).toEqual({
      id,
      clientSecret,
      status: 'requires_payment_method',
      amountCents: 2590,
      amountReceivedCents: 0,
      orderId: input.orderId,
    });
    expect((await gateway.cancelPaymentIntent(id)).status).toBe('canceled');
    expect(fake.intents.get(id)?.status).toBe('canceled');
  });

  it('reports the current state instead of failing when an intent can no longer be canceled', async () => {
    const { id: canceled } = await gateway.createPaymentIntent(order());
    await gateway.cancelPaymentIntent(canceled);
    expect((await gateway.cancelPaymentIntent(canceled)).status).toBe('canceled');

    const paid = await paidIntent(4000);
    expect(await gateway.cancelPaymentIntent(paid)).toMatchObject({
      status: 'succeeded',
      amountReceivedCents: 4000,
    });
    expect(fake.intents.get(paid)?.status).toBe('succeeded');
  });

  it('refunds part of a payment, then the rest, and refuses more', async () => {
    const id = await paidIntent(2500);
    const partial = await gateway.refund(id, 1000, `refund-${randomUUID()}`);
    expect(partial).toEqual({ id: expect.stringMatching(/^re_/), status: 'succeeded', amountCents: 1000 });
    const rest = await gateway.refund(id);
    expect(rest).toMatchObject({ status: 'succeeded', amountCents: 1500 });
    expect(fake.charges.get(fake.intents.get(id)?.latest_charge ?? '')).toMatchObject({
      amount_refunded: 2500,
      refunded: true,
    });
    await expect(gateway.refund(id, 1)).rejects.toMatchObject({
      code: 'PAYMENT_FAILED',
      status: 402,
      message: 'The refund could not be made.',
      details: { provider: 'stripe', code: 'charge_already_refunded' },
    });
  });

  it('refuses a refund larger than what is left, and replays a refund retried with its key', async () => {
    const id = await paidIntent(2500);
    await expect(gateway.refund(id, 2501)).rejects.toMatchObject({ code: 'PAYMENT_FAILED', status: 402 });
    const key = `refund-${randomUUID()}`;
    const first = await gateway.refund(id, 500, key);
    expect(await gateway.refund(id, 500, key)).toEqual(first);
    expect([...fake.refunds.values()].filter((refund) => refund.payment_intent === id)).toHaveLength(1);
  });

  it('turns Stripe refusals into PAYMENT_FAILED with a message that can be shown', async () => {
    await expect(gateway.createPaymentIntent(order({ amountCents: 30 }))).rejects.toMatchObject({
      code: 'PAYMENT_FAILED',
      status: 402,
      message: 'The card payment could not be started.',
      details: { code: 'amount_too_small' },
    });

    fake.failNext('card_declined');
    const declined = await failure(() => gateway.createPaymentIntent(order()));
    expect(declined).toBeInstanceOf(AppError);
    expect(declined).toMatchObject({
      code: 'PAYMENT_FAILED',
      message: 'Your card was declined.',
      details: { type: 'StripeCardError', code: 'card_declined', declineCode: 'generic_decline' },
    });
    expect((declined as AppError).cause).toBeInstanceOf(Stripe.errors.StripeCardError);

    await expect(gateway.retrievePaymentIntent('pi_missing')).rejects.toMatchObject({
      code: 'PAYMENT_FAILED',
      details: { code: 'resource_missing' },
    });
  });

  it('gives up with PAYMENT_FAILED when Stripe keeps failing', async () => {
    fake.failNext('api_error', 3);
    await expect(gateway.createPaymentIntent(order())).rejects.toMatchObject({
      code: 'PAYMENT_FAILED',
      message: 'The payment service is not answering right now. Please try again in a moment.',
    });
  });

  it('gives up with PAYMENT_FAILED when Stripe cannot be reached', async () => {
    const gone = await startFakeStripe();
    await gone.close();
    const unreachable = new StripeGateway({
      secretKey: gone.secretKey,
      webhookSecret: undefined,
      apiUrl: gone.url,
    });
    const error = await failure(() => unreachable.createPaymentIntent(order()));
    expect(error).toMatchObject({
      code: 'PAYMENT_FAILED',
      status: 402,
      details: { type: 'StripeConnectionError' },
    });
  });

  it('leaves configuration and programming faults as Stripe errors, for the log', async () => {
    const wrongKey = new StripeGateway({
      secretKey: 'sk_test_wrong',
      webhookSecret: undefined,
      apiUrl: fake.url,
    });
    const unauthenticated = await failure(() => wrongKey.createPaymentIntent(order()));
    expect(unauthenticated).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);

    // The same order cannot be charged a different amount under the key of its first attempt.
    const input = order();
    await gateway.createPaymentIntent(input);
    const reused = await failure(() => gateway.createPaymentIntent({ ...input, amountCents: 9990 }));
    expect(reused).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });
});

describe('StripeGateway.parseWebhook', () => {
  async function reason(action: () => unknown): Promise<unknown> {
    const error = await failure(async () => action());
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    return (error as AppError).details;
  }

  it('accepts a correctly signed event', async () => {
    const id = await paidIntent();
    const signed = fake.event('payment_intent.succeeded', id);
    expect(gateway.parseWebhook(signed.payload, signed.signature)).toMatchObject({
      id: signed.id,
      paymentIntentId: id,
    });
  });

  it('refuses tampered, forged, unsigned and stale events', async () => {
    const id = await paidIntent(2590);
    const signed = fake.event('payment_intent.succeeded', id);
    const tampered = signed.payload.replace('"amount_received": 2590', '"amount_received": 1');
    expect(tampered).not.toBe(signed.payload);
    expect(await reason(() => gateway.parseWebhook(tampered, signed.signature))).toEqual({
      reason: 'signature_invalid',
    });

    const forged = fake.event('payment_intent.succeeded', id, { secret: 'whsec_someone_else' });
    expect(await reason(() => gateway.parseWebhook(forged.payload, forged.signature))).toEqual({
      reason: 'signature_invalid',
    });

    expect(await reason(() => gateway.parseWebhook(signed.payload, undefined))).toEqual({
      reason: 'signature_missing',
    });
    expect(await reason(() => gateway.parseWebhook(signed.payload, ''))).toEqual({
      reason: 'signature_missing',
    });

    // Stripe's tolerance is 5 minutes: a replay of an old delivery is refused even with a valid signature.
    const stale = fake.event('payment_intent.succeeded', id, {
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect(await reason(() => gateway.parseWebhook(stale.payload, stale.signature))).toEqual({
      reason: 'signature_invalid',
    });
  });

  it('refuses every event when no webhook secret is configured', async () => {
    const id = await paidIntent();
    const signed = fake.event('payment_intent.succeeded', id);
    const unconfigured = new StripeGateway({
      secretKey: fake.secretKey,
      webhookSecret: undefined,
      apiUrl: fake.url,
    });
    expect(await reason(() => unconfigured.parseWebhook(signed.payload, signed.signature))).toEqual({
      reason: 'webhook_secret_missing',
    });
  });

  it('summarises payment_intent.succeeded', async () => {
    const { id } = await gateway.createPaymentIntent(order({ amountCents: 4990 }));
    const signed = fake.succeed(id);
    const summary = gateway.parseWebhook(signed.payload, signed.signature);
    expect(summary).toEqual({
      id: signed.id,
      type: 'payment_intent.succeeded',
      created: expect.any(Date),
      paymentIntentId: id,
      amountCents: 4990,
      amountReceivedCents: 4990,
      amountRefundedCents: null,
      raw: JSON.parse(signed.payload),
    });
    expect(Math.abs(summary.created.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('summarises payment_intent.payment_failed and payment_intent.canceled', async () => {
    const { id } = await gateway.createPaymentIntent(order({ amountCents: 1200 }));
    const failed = fake.fail(id);
    expect(gateway.parseWebhook(failed.payload, failed.signature)).toMatchObject({
      type: 'payment_intent.payment_failed',
      paymentIntentId: id,
      amountCents: 1200,
      amountReceivedCents: 0,
    });

    await gateway.cancelPaymentIntent(id);
    const canceled = fake.event('payment_intent.canceled', id);
    expect(gateway.parseWebhook(canceled.payload, canceled.signature)).toMatchObject({
      type: 'payment_intent.canceled',
      paymentIntentId: id,
      amountCents: 1200,
      amountReceivedCents: 0,
      amountRefundedCents: null,
    });
  });

  it('summarises charge.refunded with the total refunded so far', async () => {
    const id = await paidIntent(3000);
    await gateway.refund(id, 700);
    await gateway.refund(id, 300);
    const signed = fake.event('charge.refunded', id);
    expect(gateway.parseWebhook(signed.payload, signed.signature)).toMatchObject({
      type: 'charge.refunded',
      paymentIntentId: id,
      amountCents: 3000,
      amountReceivedCents: 3000,
      amountRefundedCents: 1000,
    });
  });

  it('passes events it does not summarise through with their id and type', () => {
    const payload = JSON.stringify({
      id: 'evt_other',
      object: 'event',
      created: 1_700_000_000,
      type: 'customer.created',
      data: { object: { id: 'cus_1', object: 'customer' } },
    });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: fake.webhookSecret });
    expect(gateway.parseWebhook(payload, signature)).toMatchObject({
      id: 'evt_other',
      type: 'customer.created',
      created: new Date(1_700_000_000_000),
      paymentIntentId: null,
      amountCents: null,
    });
  });
});
