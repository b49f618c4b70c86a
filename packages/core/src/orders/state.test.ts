import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error';
import {
  assertTransition,
  canTransition,
  isCancellable,
  nextStatuses,
  type OrderStatus,
  orderStatuses,
} from './state';

describe('order state machine', () => {
  const allowed: [OrderStatus, OrderStatus][] = [
    ['pending_payment', 'paid'],
    ['pending_payment', 'cancelled'],
    ['paid', 'processing'],
    ['paid', 'shipped'],
    ['paid', 'cancelled'],
    ['processing', 'shipped'],
    ['processing', 'cancelled'],
    ['shipped', 'delivered'],
    ['delivered', 'returned'],
  ];

  it('allows exactly the documented moves', () => {
    for (const from of orderStatuses) {
      for (const to of orderStatuses) {
        const expected = allowed.some(([a, b]) => a === from && b === to);
        expect(canTransition(from, to), `${from} -> ${to}`).toBe(expected);
      }
    }
  });

  it('cancels only before shipping', () => {
    expect(orderStatuses.filter(isCancellable)).toEqual(['pending_payment', 'paid', 'processing']);
  });

  it('refuses a forbidden move with INVALID_TRANSITION and the allowed ones', () => {
    try {
      assertTransition('shipped', 'cancelled');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('INVALID_TRANSITION');
      expect((error as AppError).status).toBe(409);
      expect((error as AppError).details).toMatchObject({ allowed: nextStatuses('shipped') });
    }
  });

  it('ends in cancelled and returned', () => {
    expect(nextStatuses('cancelled')).toEqual([]);
    expect(nextStatuses('returned')).toEqual([]);
  });
});
