/**
 * Postal code formats of the EU countries the shop delivers to, from the national postal operators
 * (UPU addressing data). Codes are normalised (uppercase, single spaces) before matching.
 */
const formats: Record<string, RegExp> = {
  AT: /^\d{4}$/,
  BE: /^\d{4}$/,
  BG: /^\d{4}$/,
  CY: /^\d{4}$/,
  CZ: /^\d{3} ?\d{2}$/,
  DE: /^\d{5}$/,
  DK: /^\d{4}$/,
  EE: /^\d{5}$/,
  ES: /^\d{5}$/,
  FI: /^\d{5}$/,
  FR: /^\d{5}$/,
  GR: /^\d{3} ?\d{2}$/,
  HR: /^\d{5}$/,
  HU: /^\d{4}$/,
  IE: /^[AC-FHKNPRTV-Y]\d{2}[0-9W] ?[0-9AC-FHKNPRTV-Y]{4}$/,
  IT: /^\d{5}$/,
  LT: /^(LT-)?\d{5}$/,
  LU: /^(L-)?\d{4}$/,
  LV: /^(LV-)?\d{4}$/,
  MT: /^[A-Z]{3} ?\d{4}$/,
  NL: /^\d{4} ?[A-Z]{2}$/,
  PL: /^\d{2}-\d{3}$/,
  PT: /^\d{4}-\d{3}$/,
  RO: /^\d{6}$/,
  SE: /^\d{3} ?\d{2}$/,
  SI: /^(SI-)?\d{4}$/,
  SK: /^\d{3} ?\d{2}$/,
};

export const shippingCountries = Object.keys(formats).sort();

export function normalizePostalCode(country: string, postalCode: string): string {
  const compact = postalCode.trim().toUpperCase().replace(/\s+/g, ' ');
  // Sweden writes "123 45": stored that way whichever way it was typed.
  if (country === 'SE' && /^\d{5}$/.test(compact)) return `${compact.slice(0, 3)} ${compact.slice(3)}`;
  return compact;
}

export function isValidPostalCode(country: string, postalCode: string): boolean {
  const format = formats[country];
  return format?.test(normalizePostalCode(country, postalCode)) ?? false;
}
