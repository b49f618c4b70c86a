import { formatFinnishReference } from './reference-number';

/** Bank transfers are due a week after the order; the instructions and the confirmation email say so. */
export const bankTransferDueDays = 7;

export interface BankTransferInstructions {
  recipient: string;
  iban: string;
  bic: string | null;
  /** Finnish reference (viitenumero) grouped in fives, as banks print it. */
  referenceNumber: string;
  amountCents: number;
  dueDate: string;
}

/** What the buyer needs to pay an order by bank transfer: the store's account and the order's reference. */
export function bankTransferInstructions(
  store: { sellerName: string; iban: string | null; bic: string | null },
  order: { referenceNumber: string | null; totalCents: number; createdAt: Date },
): BankTransferInstructions {
  if (!store.iban || !order.referenceNumber) {
    throw new Error('Bank transfer needs the store IBAN (settings) and the order reference number.');
  }
  const due = new Date(order.createdAt.getTime() + bankTransferDueDays * 86_400_000);
  return {
    recipient: store.sellerName,
    iban: store.iban,
    bic: store.bic,
    referenceNumber: formatFinnishReference(order.referenceNumber),
    amountCents: order.totalCents,
    dueDate: due.toISOString().slice(0, 10),
  };
}
