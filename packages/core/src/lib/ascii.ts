/** Folds accents and other marks away ("Väinö Ärrä" -> "Vaino Arra"): for slugs and generated emails. */
export function foldToAscii(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

export function slugify(text: string): string {
  return foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
