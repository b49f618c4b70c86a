/**
 * Public tracking pages of the carriers Nordic shops use, so the shipped email and the order page can
 * link straight to the parcel. Unknown carriers get no link (the number is still shown).
 */
const trackingPages: Record<string, (trackingNumber: string) => string> = {
  posti: (n) => `https://www.posti.fi/fi/seuranta#/lahetys/${n}`,
  postnord: (n) => `https://tracking.postnord.com/se/?id=${n}`,
  matkahuolto: (n) => `https://www.matkahuolto.fi/seuranta?parcelNumber=${n}`,
  dhl: (n) => `https://www.dhl.com/fi-en/home/tracking.html?tracking-id=${n}`,
  budbee: (n) => `https://tracking.budbee.com/${n}`,
  ups: (n) => `https://www.ups.com/track?tracknum=${n}`,
  dpd: (n) => `https://tracking.dpd.de/status/en_US/parcel/${n}`,
  gls: (n) => `https://gls-group.com/track/${n}`,
};

export function trackingUrl(carrier: string | null, trackingNumber: string | null): string | null {
  if (!carrier || !trackingNumber) return null;
  const page =
    trackingPages[
      carrier
        .trim()
        .toLowerCase()
        .replace(/[^a-z]/g, '')
    ];
  return page ? page(encodeURIComponent(trackingNumber.trim())) : null;
}
