import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '@puoti/core';
import { handleStripeEvent } from '@puoti/core/payments';
import type { AppDeps, AppEnv } from '../context';
import { errorResponses, jsonResponse } from '../schemas/common';
import { validationHook } from '../validation';

const route = createRoute({
  method: 'post',
  path: '/payments/stripe/webhook',
  tags: ['Payments'],
  summary: 'Stripe events (signature-verified; each event applied once)',
  description:
    'Point a Stripe webhook endpoint here with the events payment_intent.succeeded, payment_intent.payment_failed, payment_intent.canceled and charge.refunded, and set STRIPE_WEBHOOK_SECRET to its signing secret.',
  request: {
    headers: z.object({ 'stripe-signature': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } },
  },
  responses: {
    200: jsonResponse(z.object({ received: z.literal(true), outcome: z.string() }), 'Recorded'),
    ...errorResponses(400, 404, 409),
  },
});

export function paymentRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Not app.openapi: the signature covers the exact bytes Stripe sent, so the body must stay raw text.
  app.post(route.path, async (c) => {
    if (!deps.stripe) throw new AppError('NOT_FOUND', 'Card payments are not configured.');
    const event = deps.stripe.parseWebhook(await c.req.text(), c.req.header('stripe-signature'));
    const outcome = await handleStripeEvent(deps.db, event, { publicUrl: deps.config.publicUrl });
    if (outcome === 'applied') deps.onEmailQueued?.();
    return c.json({ received: true as const, outcome }, 200);
  });
  app.openAPIRegistry.registerPath(route);
  return app;
}
