import { Marked, type Tokens } from 'marked';

/**
 * The shop's content pages (terms, privacy, ...): Markdown files the owner edits, one per page and
 * language, turned into HTML on the server. This module is the pure part (no files, no database) so
 * it can be unit-tested; `content-files.ts` reads the files and the store's details.
 */

/** The closed list of content pages: their URLs and file names. */
export const contentPages = [
  'terms',
  'privacy',
  'shipping',
  'withdrawal',
  'accessibility',
  'contact',
] as const;
export type ContentPage = (typeof contentPages)[number];

export function isContentPage(value: string): value is ContentPage {
  return (contentPages as readonly string[]).includes(value);
}

/** The placeholders a page may use, filled from the store settings (see `content-files.ts`). */
export const placeholderNames = [
  'storeName',
  'sellerName',
  'businessId',
  'vatId',
  'address',
  'email',
  'phone',
  'phoneUri',
  'iban',
  'bic',
  'publicUrl',
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];
export type PlaceholderValues = Record<PlaceholderName, string | null>;

export interface FrontMatter {
  title: string;
  description: string;
  /** The date the text was last changed (YYYY-MM-DD), shown under the title. */
  updated: string | null;
}

/**
 * Splits `---`-fenced `key: value` lines off the top of a file. Only the three keys the pages use are
 * read; a file without a title is a broken file, and failing loudly tells the owner which one.
 */
export function parseFrontMatter(source: string, file: string): { data: FrontMatter; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  const fields = new Map<string, string>();
  for (const line of match?.[1]?.split(/\r?\n/) ?? []) {
    const separator = line.indexOf(':');
    if (separator > 0) fields.set(line.slice(0, separator).trim(), line.slice(separator + 1).trim());
  }
  const title = fields.get('title');
  if (!title) throw new Error(`${file}: the front matter needs a "title:" line`);
  const updated = fields.get('updated') ?? null;
  if (updated !== null && !/^\d{4}-\d{2}-\d{2}$/.test(updated)) {
    throw new Error(`${file}: "updated:" must be a date written as YYYY-MM-DD`);
  }
  return {
    data: { title, description: fields.get('description') ?? '', updated },
    body: match ? source.slice(match[0].length) : source,
  };
}

/**
 * Makes a value from the database plain text in Markdown: every ASCII punctuation character is
 * backslash-escaped (CommonMark allows that everywhere outside code, link URLs included), so a shop
 * name like `<b>Shop</b>` or `*Sale*` shows literally and can neither inject HTML nor change formatting.
 */
export function escapeMarkdown(value: string): string {
  // Line breaks only: a no-break space (Intl puts one between an amount and its €) must stay.
  return value.replace(/[\r\n]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

const placeholderPattern = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Fills `{{name}}` placeholders with escaped values (plain ones for text React escapes itself, such
 * as the title). A line whose placeholder has no value (a shop
 * without a phone number) is left out entirely rather than printed with a gap. Unknown names stay
 * as written, so a typo is visible on the page (and the content test catches it).
 */
export function fillPlaceholders(
  markdown: string,
  values: PlaceholderValues,
  escapeValue: (value: string) => string = escapeMarkdown,
): string {
  const known = (name: string): name is PlaceholderName =>
    (placeholderNames as readonly string[]).includes(name);
  return markdown
    .split('\n')
    .filter((line) =>
      [...line.matchAll(placeholderPattern)].every(
        ([, name = '']) => !known(name) || Boolean(values[name]?.trim()),
      ),
    )
    .map((line) =>
      line.replace(placeholderPattern, (whole, name: string) =>
        known(name) ? escapeValue(values[name] ?? '') : whole,
      ),
    )
    .join('\n');
}

/** Placeholders that stand alone on a line and become a block: the shipping page's table of rates. */
export const blockPlaceholderNames = ['shippingRates'] as const;
export type BlockPlaceholderName = (typeof blockPlaceholderNames)[number];

/** Puts Markdown (already escaped where it holds data) in place of each line that is just `{{name}}`. */
export function fillBlock(markdown: string, name: BlockPlaceholderName, block: string): string {
  return markdown.replace(new RegExp(`^[ \\t]*\\{\\{\\s*${name}\\s*\\}\\}[ \\t]*$`, 'gm'), () => block);
}

/** A GFM table with every cell escaped as plain text (a `|` in a shipping method's name stays text). */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** The names a text uses that are not placeholders, for the test that checks every page. */
export function unknownPlaceholders(markdown: string): string[] {
  const known: readonly string[] = [...placeholderNames, ...blockPlaceholderNames];
  return [...markdown.matchAll(placeholderPattern)]
    .map(([, name = '']) => name)
    .filter((name) => !known.includes(name));
}

export interface TocEntry {
  id: string;
  text: string;
}

/** A fragment id from a heading: letters of any script kept (Chinese headings too), accents folded. */
export function headingId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Renders a page's Markdown to HTML. Second-level headings get ids and make the table of contents.
 * The page's own title is its `<h1>`, so the text's headings start at `##`; a stray `#` is demoted
 * to keep one `<h1>` per page.
 */
export function renderMarkdown(markdown: string): { html: string; toc: TocEntry[] } {
  const toc: TocEntry[] = [];
  const used = new Map<string, number>();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline: (tokens: Tokens.Heading['tokens']) => string } }, token) {
        const depth = Math.max(2, token.depth);
        const inner = this.parser.parseInline(token.tokens);
        if (depth !== 2) return `<h${depth}>${inner}</h${depth}>\n`;
        const base = headingId(token.text) || `section-${toc.length + 1}`;
        const seen = used.get(base) ?? 0;
        used.set(base, seen + 1);
        const id = seen === 0 ? base : `${base}-${seen + 1}`;
        toc.push({ id, text: plainText(inner) });
        return `<h2 id="${id}">${inner}</h2>\n`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, toc };
}

/** The text of rendered inline HTML (tags dropped, the few entities marked writes decoded). */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
