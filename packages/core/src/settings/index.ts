export type { StoreAddress } from './schema';
export { getStoreSettings, type StoreSettings } from './store';
