/**
 * Finnish creditor reference (viitenumero): digits followed by a check digit computed with the
 * repeating weights 7, 3, 1 from the right; the check digit is (10 - sum mod 10) mod 10.
 */
export function finnishReference(base: string): string {
  if (!/^\d{3,19}$/.test(base)) throw new Error('A reference base is 3 to 19 digits');
  const weights = [7, 3, 1];
  let sum = 0;
  [...base].reverse().forEach((digit, index) => {
    sum += Number(digit) * (weights[index % 3] ?? 1);
  });
  return `${base}${(10 - (sum % 10)) % 10}`;
}

export function isValidFinnishReference(reference: string): boolean {
  const digits = reference.replace(/\s/g, '');
  if (!/^\d{4,20}$/.test(digits)) return false;
  return finnishReference(digits.slice(0, -1)) === digits;
}

/** Groups of five from the left, as printed on Finnish invoices. */
export function formatFinnishReference(reference: string): string {
  return reference.replace(/(\d{5})(?=\d)/g, '$1 ');
}
