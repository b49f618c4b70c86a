export {
  type BankTransferInstructions,
  bankTransferDueDays,
  bankTransferInstructions,
} from './bank-transfer';
export { finnishReference, formatFinnishReference, isValidFinnishReference } from './reference-number';
export {
  type CreatedIntent,
  type PaymentIntentSummary,
  type StripeEventSummary,
  StripeGateway,
  type StripeSettings,
} from './stripe';
export {
  cancelUnpaidCardOrders,
  type Sweeper,
  startUnpaidOrderSweeper,
  type UnpaidSweepOptions,
} from './unpaid';
export { handleStripeEvent, type WebhookOutcome } from './webhook';
