/**
 * Puts values into a message's `{name}` placeholders. For the few client components on every page
 * (cart badge) and on product pages: they get their messages from the server as plain strings instead
 * of loading next-intl's formatter (~13 kB gzipped). Plurals are resolved on the server; messages
 * handed over this way use simple placeholders only.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
