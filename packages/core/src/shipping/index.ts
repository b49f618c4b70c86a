export { trackingUrl } from './carriers';
export {
  findShippingMethodFor,
  listShippingMethods,
  listShippingRates,
  methodsForCountry,
  type ShippingMethodRow,
  type ShippingMethodView,
  type ShippingRateView,
} from './methods';
