interface Props {
  id: string;
  label: string;
  value: string;
  /** Country codes in the order to list them (sorted by name in the page's language). */
  countries: readonly string[];
  names: Intl.DisplayNames;
  autoComplete: string;
  onChange: (country: string) => void;
}

/** The country field of an address form: the delivery countries by their names in the page's language. */
export function CountrySelect({ id, label, value, countries, names, autoComplete, onChange }: Props) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name="country"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base"
      >
        {countries.map((code) => (
          <option key={code} value={code}>
            {names.of(code) ?? code}
          </option>
        ))}
      </select>
    </div>
  );
}
