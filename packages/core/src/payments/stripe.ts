import Stripe from 'stripe';
import { AppError } from '../lib/app-error';
import type { StripeConfig } from '../lib/config';

export type StripeSettings = Pick<StripeConfig, 'secretKey' | 'webhookSecret'> & {
  apiUrl?: string | undefined;
};

export type PaymentIntentStatus = Stripe.PaymentIntent.Status;

export interface CreatedIntent {
  id: string;
  /** Handed to the browser, where Stripe's Payment Element confirms the payment with it. */
  clientSecret: string;
  status: PaymentIntentStatus;
}

export interface PaymentIntentSummary {
  id: string;
  /**
   * Lets a checkout replayed after Stripe forgot its idempotency key (24 hours) hand the browser the
   * intent already recorded for the order instead of creating another.
   */
  clientSecret: string | null;
  status: PaymentIntentStatus;
  amountCents: number;
  amountReceivedCents: number;
  /** The order it was created for (metadata.orderId), if it came from this shop. */
  orderId: string | null;
}

export interface RefundResult {
  id: string;
  /** `succeeded` for cards; `pending` while a bank is still processing it, `failed` if it bounced later. */
  status: string;
  amountCents: number;
}

export interface StripeEventSummary {
  /** Stripe's event id: record it once, so a redelivered event changes nothing. */
  id: string;
  type: string;
  created: Date;
  paymentIntentId: string | null;
  /** The payment's amount (PaymentIntent or charge). */
  amountCents: number | null;
  /** What was actually taken: compare this, not amountCents, with the order total on `payment_intent.succeeded`. */
  amountReceivedCents: number | null;
  /** The total refunded so far on the charge (charge events only), not the amount of the latest refund. */
  amountRefundedCents: number | null;
  raw: unknown;
}

// A checkout waits on createPaymentIntent; failing after 30 s (instead of the SDK's 80 s) lets the
// customer retry sooner, and the retry reuses the same idempotency key, so it cannot charge twice.
const requestTimeoutMs = 30_000;

/**
 * Card payments through Stripe: PaymentIntents created at checkout, confirmed in the browser, and
 * reported back through signed webhooks. Stripe's errors become AppError('PAYMENT_FAILED') with a
 * message that may be shown; a wrong key or a reused idempotency key are our faults and stay Stripe
 * errors, so the API logs them as a 500.
 */
export class StripeGateway {
  private readonly stripe: Stripe;
  private readonly webhookSecret: string | undefined;

  constructor(settings: StripeSettings) {
    this.webhookSecret = settings.webhookSecret;
    this.stripe = new Stripe(settings.secretKey, {
      timeout: requestTimeoutMs,
      ...(settings.apiUrl ? apiAddress(settings.apiUrl) : {}),
    });
  }

  async createPaymentIntent(input: {
    amountCents: number;
    orderId: string;
    orderNumber: string;
    email: string;
    locale: string;
  }): Promise<CreatedIntent> {
    try {
      const intent = await this.stripe.paymentIntents.create(
        {
          amount: input.amountCents,
          currency: 'eur',
          automatic_payment_methods: { enabled: true },
          description: `Order ${input.orderNumber}`,
          receipt_email: input.email,
          // No PaymentIntent parameter takes a language (the Payment Element gets it in the browser);
          // the locale is kept so whoever reads the payment in Stripe's dashboard knows the customer's.
          metadata: { orderId: input.orderId, orderNumber: input.orderNumber, locale: input.locale },
        },
        // A retried checkout of the same order gets the intent the first attempt created, not a second
        // one. Stripe keeps keys for 24 hours and refuses one reused with other parameters.
        { idempotencyKey: `pi-${input.orderId}` },
      );
      if (!intent.client_secret)
        throw new Error(`Stripe returned PaymentIntent ${intent.id} without a client secret`);
      return { id: intent.id, clientSecret: intent.client_secret, status: intent.status };
    } catch (error) {
      throw paymentError(error, 'The card payment could not be started.');
    }
  }

  async retrievePaymentIntent(id: string): Promise<PaymentIntentSummary> {
    try {
      return summariseIntent(await this.stripe.paymentIntents.retrieve(id));
    } catch (error) {
      throw paymentError(error, 'The card payment could not be looked up.');
    }
  }

  /**
   * Cancels an unpaid intent and returns its state afterwards. An intent that is already canceled, or
   * that was paid (or is processing) meanwhile, is not an error: Stripe refuses to cancel it, and the
   * caller gets its current status instead. Only `canceled` means no money can arrive any more, so
   * anything else must not release the order's stock.
   */
  async cancelPaymentIntent(id: string): Promise<PaymentIntentSummary> {
    try {
      return summariseIntent(await this.stripe.paymentIntents.cancel(id));
    } catch (error) {
      if (
        error instanceof Stripe.errors.StripeInvalidRequestError &&
        error.code === 'payment_intent_unexpected_state'
      ) {
        return this.retrievePaymentIntent(id);
      }
      throw paymentError(error, 'The card payment could not be canceled.');
    }
  }

  /**
   * Refunds the whole remaining amount, or `amountCents` of it. Pass an idempotency key per refund
   * (e.g. the refund row's id) so a retried request cannot refund twice; without one the SDK makes a
   * key per call, which only covers its own network retries.
   */
  async refund(
    paymentIntentId: string,
    amountCents?: number,
    idempotencyKey?: string,
  ): Promise<RefundResult> {
    try {
      const refund = await this.stripe.refunds.create(
        { payment_intent: paymentIntentId, ...(amountCents === undefined ? {} : { amount: amountCents }) },
        idempotencyKey ? { idempotencyKey } : {},
      );
      // The type allows null, but Stripe always sets a status on a refund it has just created.
      return { id: refund.id, status: refund.status ?? 'pending', amountCents: refund.amount };
    } catch (error) {
      throw paymentError(error, 'The refund could not be made.');
    }
  }

  /**
   * Verifies the Stripe-Signature header against the exact bytes Stripe sent (a re-serialised body
   * never matches) and the timestamp within Stripe's tolerance of 5 minutes, then summarises the
   * event. Throws AppError('VALIDATION_FAILED') otherwise, so the webhook answers 400 and Stripe keeps
   * retrying the event for three days.
   */
  parseWebhook(rawBody: string, signature: string | undefined): StripeEventSummary {
    if (!this.webhookSecret) {
      throw new AppError('VALIDATION_FAILED', 'Stripe webhooks are not configured on this shop.', {
        reason: 'webhook_secret_missing',
      });
    }
    if (!signature) {
      throw new AppError('VALIDATION_FAILED', 'The Stripe-Signature header is missing.', {
        reason: 'signature_missing',
      });
    }
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(rawBody, signature, this.webhookSecret);
    } catch (error) {
      // SyntaxError: a correctly signed body that is not JSON, which Stripe never sends.
      if (error instanceof Stripe.errors.StripeSignatureVerificationError || error instanceof SyntaxError) {
        throw new AppError('VALIDATION_FAILED', 'The Stripe webhook signature is not valid.', {
          reason: 'signature_invalid',
        });
      }
      throw error;
    }
    return summariseEvent(event);
  }
}

/** The SDK takes the API's address in parts; a path in STRIPE_API_URL is not supported by it. */
function apiAddress(apiUrl: string): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  const url = new URL(apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol };
}

function summariseIntent(intent: Stripe.PaymentIntent): PaymentIntentSummary {
  return {
    id: intent.id,
    clientSecret: intent.client_secret,
    status: intent.status,
    amountCents: intent.amount,
    amountReceivedCents: intent.amount_received,
    orderId: intent.metadata.orderId ?? null,
  };
}

function idOf(reference: string | { id: string } | null): string | null {
  return typeof reference === 'string' ? reference : (reference?.id ?? null);
}

function summariseEvent(event: Stripe.Event): StripeEventSummary {
  const summary: StripeEventSummary = {
    id: event.id,
    type: event.type,
    created: new Date(event.created * 1000),
    paymentIntentId: null,
    amountCents: null,
    amountReceivedCents: null,
    amountRefundedCents: null,
    raw: event,
  };
  switch (event.type) {
    case 'payment_intent.amount_capturable_updated':
    case 'payment_intent.canceled':
    case 'payment_intent.created':
    case 'payment_intent.partially_funded':
    case 'payment_intent.payment_failed':
    case 'payment_intent.processing':
    case 'payment_intent.requires_action':
    case 'payment_intent.succeeded': {
      const intent = event.data.object;
      return {
        ...summary,
        paymentIntentId: intent.id,
        amountCents: intent.amount,
        amountReceivedCents: intent.amount_received,
      };
    }
    case 'charge.captured':
    case 'charge.expired':
    case 'charge.failed':
    case 'charge.pending':
    case 'charge.refunded':
    case 'charge.succeeded':
    case 'charge.updated': {
      const charge = event.data.object;
      return {
        ...summary,
        paymentIntentId: idOf(charge.payment_intent),
        amountCents: charge.amount,
        amountReceivedCents: charge.amount_captured,
        amountRefundedCents: charge.amount_refunded,
      };
    }
    case 'charge.refund.updated':
    case 'refund.created':
    case 'refund.failed':
    case 'refund.updated': {
      const refund = event.data.object;
      return { ...summary, paymentIntentId: idOf(refund.payment_intent), amountCents: refund.amount };
    }
    default:
      return summary;
  }
}

/**
 * Stripe's refusals as AppError('PAYMENT_FAILED'). A card decline carries a message Stripe writes for
 * the customer; the others get `fallback`, with Stripe's codes in details for the caller to act on.
 * A bad or restricted key and a reused idempotency key are left as they are: configuration or
 * programming faults, which the API logs and answers with a 500.
 */
function paymentError(error: unknown, fallback: string): unknown {
  if (
    !(error instanceof Stripe.errors.StripeError) ||
    error instanceof Stripe.errors.StripeAuthenticationError ||
    error instanceof Stripe.errors.StripePermissionError ||
    error instanceof Stripe.errors.StripeIdempotencyError
  ) {
    return error;
  }
  const unreachable =
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError;
  const message = unreachable
    ? 'The payment service is not answering right now. Please try again in a moment.'
    : error instanceof Stripe.errors.StripeCardError
      ? error.message
      : fallback;
  const appError = new AppError('PAYMENT_FAILED', message, {
    provider: 'stripe',
    type: error.type,
    code: error.code ?? null,
    declineCode: error.decline_code ?? null,
  });
  appError.cause = error;
  return appError;
}
