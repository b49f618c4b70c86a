export { openTestDatabase, testingOnPostgres } from './database';
export {
  type FakeStripe,
  type FakeStripeCharge,
  type FakeStripeEventType,
  type FakeStripeFailure,
  type FakeStripeIntent,
  type FakeStripeRefund,
  type FakeStripeRequest,
  type SignedFakeEvent,
  startFakeStripe,
} from './fake-stripe';
export { setStock } from './stock';
