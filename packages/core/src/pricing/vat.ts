/**
 * VAT on VAT-inclusive prices. Rates are integer basis points (2550 = 25.5 %) so every computation stays
 * in integers; the only rounding is half away from zero, once per rate.
 */

/** Integer division rounded half away from zero (the rounding Finnish and Swedish VAT practice uses). */
export function divideRounded(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  return sign * Math.floor((2 * n + d) / (2 * d));
}

/** The VAT contained in a VAT-inclusive amount: gross × rate / (1 + rate). */
export function vatOfGross(grossCents: number, rateBasisPoints: number): number {
  return divideRounded(grossCents * rateBasisPoints, 10_000 + rateBasisPoints);
}

/** "25.5" for 2550: the API's and documents' way of writing a rate. */
export function formatRate(rateBasisPoints: number): string {
  return (rateBasisPoints / 100).toString();
}

export interface GrossLine {
  grossCents: number;
  rateBasisPoints: number;
}

export interface RateSummary {
  rateBasisPoints: number;
  grossCents: number;
  netCents: number;
  vatCents: number;
}

/**
 * VAT per rate, computed on each rate's total rather than summed from rounded lines, so the invoice's
 * VAT lines are exact; returned in descending rate order.
 */
export function summarizeVat(lines: GrossLine[]): RateSummary[] {
  const byRate = new Map<number, number>();
  for (const line of lines)
    byRate.set(line.rateBasisPoints, (byRate.get(line.rateBasisPoints) ?? 0) + line.grossCents);
  return [...byRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rateBasisPoints, grossCents]) => {
      const vatCents = vatOfGross(grossCents, rateBasisPoints);
      return { rateBasisPoints, grossCents, netCents: grossCents - vatCents, vatCents };
    });
}

/**
 * Splits each rate's VAT over its lines in proportion to their gross amounts, by largest remainder,
 * so the lines of a rate add up to exactly the rate's VAT (no cent lost or invented).
 */
export function allocateVatToLines(lines: GrossLine[]): number[] {
  const result = new Array<number>(lines.length).fill(0);
  for (const summary of summarizeVat(lines)) {
    const members = lines
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => line.rateBasisPoints === summary.rateBasisPoints);
    if (summary.grossCents === 0) continue;
    const shares = members.map(({ line, index }) => {
      const exact = (summary.vatCents * line.grossCents) / summary.grossCents;
      return { index, floor: Math.floor(exact), remainder: exact - Math.floor(exact) };
    });
    let left = summary.vatCents - shares.reduce((sum, share) => sum + share.floor, 0);
    for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index)) {
      result[share.index] = share.floor + (left > 0 ? 1 : 0);
      if (left > 0) left -= 1;
    }
  }
  return result;
}
