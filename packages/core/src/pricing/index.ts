export {
  euCountries,
  isEuCountry,
  loadVatTable,
  localDate,
  pickVatRate,
  type TaxClass,
  type VatRateRow,
  type VatTable,
  vatCountry,
} from './rates';
export {
  computeTotals,
  type Discount,
  type LineTotals,
  type PricedLine,
  type ShippingCharge,
  type Totals,
  type TotalsInput,
} from './totals';
export {
  allocateVatToLines,
  divideRounded,
  formatRate,
  type GrossLine,
  type RateSummary,
  summarizeVat,
  vatOfGross,
} from './vat';
