import { AppError } from '../lib/app-error';

export type OrderStatus =
  | 'pending_payment'
  | 'paid'
  | 'processing'
  | 'shipped'
  | 'delivered'
  | 'cancelled'
  | 'returned';

/**
 * The order life cycle (../../../../shared/API.md): forward along pending_payment → paid → processing →
 * shipped → delivered; cancellation before shipping; `returned` only after a completed withdrawal.
 * Skipping `processing` is allowed (a small shop often packs and ships in one go).
 */
const transitions: Record<OrderStatus, readonly OrderStatus[]> = {
  pending_payment: ['paid', 'cancelled'],
  paid: ['processing', 'shipped', 'cancelled'],
  processing: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: ['returned'],
  cancelled: [],
  returned: [],
};

export const orderStatuses = Object.keys(transitions) as OrderStatus[];

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return transitions[from].includes(to);
}

export function nextStatuses(from: OrderStatus): readonly OrderStatus[] {
  return transitions[from];
}

export function isCancellable(status: OrderStatus): boolean {
  return canTransition(status, 'cancelled');
}

export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError('INVALID_TRANSITION', `An order that is ${from} cannot become ${to}.`, {
      from,
      to,
      allowed: transitions[from],
    });
  }
}
