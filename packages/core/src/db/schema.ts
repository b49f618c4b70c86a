/** The whole data model, one slice per domain; drizzle-kit and the client read it from here. */
export * from '../accounts/schema';
export * from '../audit/schema';
export * from '../cart/schema';
export * from '../catalog/schema';
export * from '../inventory/schema';
export * from '../invoices/schema';
export * from '../notifications/schema';
export * from '../orders/schema';
export * from '../payments/schema';
export * from '../pricing/schema';
export * from '../promotions/schema';
export * from '../reviews/schema';
export * from '../settings/schema';
export * from '../shipping/schema';
