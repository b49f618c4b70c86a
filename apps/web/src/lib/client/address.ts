import type { Address } from './types';

/** The fields of a postal address as typed into a form (address book, checkout). */
export type AddressDraft = Record<keyof Address, string>;

/** An address form's text as the API takes it: trimmed, with the optional fields left empty as null. */
export function addressFromDraft(draft: AddressDraft): Address {
  return {
    fullName: draft.fullName.trim(),
    company: draft.company.trim() || null,
    line1: draft.line1.trim(),
    line2: draft.line2.trim() || null,
    postalCode: draft.postalCode.trim(),
    city: draft.city.trim(),
    country: draft.country,
    phone: draft.phone.trim() || null,
  };
}
