export { trackingUrl } from './carriers';
export {
  findShippingMethodFor,
  listShippingMethods,
  methodsForCountry,
  type ShippingMethodRow,
  type ShippingMethodView,
} from './methods';
