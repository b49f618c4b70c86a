export * from './categories';
export * from './people';
export * from './products';
export * from './reviews';
export type * from './types';
