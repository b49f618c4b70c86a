import type { ReactNode } from 'react';
import type { Address } from '@/lib/client/types';

interface Props {
  address: Address;
  /** The country's name in the page's language (`Intl.DisplayNames`), which the caller already has. */
  countryName: string | undefined;
  className?: string;
  nameClassName?: string;
  /** Anything the page shows under the address (a phone number, say). */
  children?: ReactNode;
}

/** A delivery address as a letter has it, one part per line: name, company, street, postal code and city, country. */
export function PostalAddress({ address, countryName, className, nameClassName, children }: Props) {
  return (
    <address className={`not-italic ${className ?? ''}`}>
      <span className={`block ${nameClassName ?? ''}`}>{address.fullName}</span>
      {address.company ? <span className="block">{address.company}</span> : null}
      <span className="block">{address.line1}</span>
      {address.line2 ? <span className="block">{address.line2}</span> : null}
      <span className="block">
        {address.postalCode} {address.city}
      </span>
      <span className="block">{countryName ?? address.country}</span>
      {children}
    </address>
  );
}
