/** Variant option names the demo catalogue uses, translated; any other name is shown as stored. */
const known = ['size', 'storage', 'ram', 'waist', 'length', 'color', 'colour'] as const;
type Known = (typeof known)[number];

export function optionLabel(key: string, t: (key: `options.${Known}`) => string): string {
  return (known as readonly string[]).includes(key)
    ? t(`options.${key as Known}`)
    : key.charAt(0).toUpperCase() + key.slice(1);
}
