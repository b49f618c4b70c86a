/** IBAN in groups of four, as printed on Finnish bank forms: "FI21 1234 5600 0007 85". */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** A Finnish reference number in groups of five from the right: "12 34561". */
export function formatReference(reference: string): string {
  const compact = reference.replace(/\s+/g, '');
  if (compact.startsWith('RF')) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  const groups: string[] = [];
  for (let end = compact.length; end > 0; end -= 5) groups.unshift(compact.slice(Math.max(0, end - 5), end));
  return groups.join(' ');
}
