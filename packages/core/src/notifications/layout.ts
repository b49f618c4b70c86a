import type { Locale } from '../lib/locale';
import type { EmailMessages } from './messages';

/**
 * What a template produces: plain-text pieces the layout turns into both the HTML and the text part.
 * Nothing here is HTML: the layout escapes every string, so a template cannot inject markup.
 */
export type EmailBlock =
  /** A paragraph of body text. */
  | { kind: 'paragraph'; text: string }
  /** The main action: a button, with the raw address below it for clients that break buttons. */
  | { kind: 'button'; label: string; url: string }
  /** A secondary action shown as a plain link. */
  | { kind: 'link'; label: string; url: string }
  /** Smaller, quieter text (expiry, "ignore this if ..."). */
  | { kind: 'note'; text: string }
  /** A bulleted list. */
  | { kind: 'list'; items: string[] }
  /** Label and value pairs (order number, payment instructions, ...). */
  | { kind: 'details'; rows: { label: string; value: string }[] }
  /** A section heading inside the card (below the page heading). */
  | { kind: 'heading'; text: string }
  /** Lines kept as given, one under another (a postal address). */
  | { kind: 'lines'; lines: string[] }
  /** A data table (order lines, VAT per rate): see EmailTable. */
  | ({ kind: 'table' } & EmailTable);

/** One row of a table: its first cell is the row's header, the rest follow `columns` after the first. */
export interface EmailTableRow {
  header: string;
  /** Smaller text under the header (variant, SKU, unit price). */
  detail?: string;
  cells: string[];
}

export interface EmailTable {
  /** Names the table for screen readers and heads it in the text part. */
  caption: string;
  /** Every column including the first (the row headers); numeric columns are right-aligned. */
  columns: { label: string; numeric?: boolean }[];
  rows: EmailTableRow[];
  /** Rows under the table (subtotal, total): a label and the value in the last column. */
  totals?: { label: string; value: string; emphasis?: boolean }[];
}

export interface EmailContent {
  subject: string;
  /** The page heading; defaults to the subject. */
  heading?: string;
  /** Preview text inbox lists show after the subject. */
  preheader?: string;
  blocks: EmailBlock[];
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface LayoutOptions {
  locale: Locale;
  storeName: string;
  /** The storefront's home page in the recipient's locale, linked from the header and footer. */
  homeUrl: string;
  common: EmailMessages['common'];
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char);
}

// Quiet Nordic frame: near-white page, white card, dark ink, one lake blue-green accent (AA on white and
// as a button background with white text). Styles are inline because many mail clients drop <style>.
const colors = {
  page: '#f4f6f5',
  card: '#ffffff',
  border: '#dde4e2',
  ink: '#1d2528',
  muted: '#4f5b60',
  accent: '#0b5c63',
};
const fontStack =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

const cellPadding = 'padding:8px 0 8px 12px';

function tableHtml(table: EmailTable): string {
  const align = (numeric: boolean | undefined) =>
    numeric ? 'text-align:right;white-space:nowrap' : 'text-align:left';
  // The first column has no left padding so the table lines up with the paragraphs above it.
  const pad = (index: number) => (index === 0 ? 'padding:8px 0' : cellPadding);
  const head = table.columns
    .map(
      (column, index) =>
        `<th scope="col" style="${align(column.numeric)};${pad(index)};font-size:13px;font-weight:600;color:${colors.muted};border-bottom:1px solid ${colors.border}">${escapeHtml(column.label)}</th>`,
    )
    .join('');
  const body = table.rows
    .map((row) => {
      const detail = row.detail
        ? `<br><span style="font-size:13px;color:${colors.muted}">${escapeHtml(row.detail)}</span>`
        : '';
      const cells = row.cells
        .map(
          (cell, index) =>
            `<td style="${align(table.columns[index + 1]?.numeric)};${cellPadding};vertical-align:top;border-bottom:1px solid ${colors.border}">${escapeHtml(cell)}</td>`,
        )
        .join('');
      return `<tr><th scope="row" style="text-align:left;padding:8px 0;font-weight:400;vertical-align:top;border-bottom:1px solid ${colors.border}">${escapeHtml(row.header)}${detail}</th>${cells}</tr>`;
    })
    .join('\n');
  const span = table.columns.length - 1;
  const foot = (table.totals ?? [])
    .map((total) => {
      const weight = total.emphasis ? 'font-weight:700;font-size:17px' : 'font-weight:400';
      const label = `<th scope="row"${span > 1 ? ` colspan="${span}"` : ''} style="text-align:right;${cellPadding};${weight}">${escapeHtml(total.label)}</th>`;
      return `<tr>${label}<td style="text-align:right;white-space:nowrap;${cellPadding};${weight}">${escapeHtml(total.value)}</td></tr>`;
    })
    .join('\n');
  return [
    `<table style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;font-variant-numeric:tabular-nums">`,
    `<caption style="text-align:left;font-weight:700;padding:0 0 8px">${escapeHtml(table.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    foot ? `<tfoot>\n${foot}\n</tfoot>` : '',
    '</table>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Columns a string takes in a monospaced font: CJK characters are two wide. */
function displayWidth(text: string): number {
  return [...text].reduce(
    (width, char) => width + (/[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/u.test(char) ? 2 : 1),
    0,
  );
}

// Plain text has no columns to line up in a proportional font, so each row names its values instead.
function tableText(table: EmailTable, colon: string): string {
  const rows = table.rows.map((row) => {
    const values = row.cells
      .map((cell, index) => `${table.columns[index + 1]?.label ?? ''}${colon}${cell}`)
      .join(' · ');
    return [`- ${row.header}`, row.detail ? `  ${row.detail}` : '', `  ${values}`].filter(Boolean).join('\n');
  });
  const totals = (table.totals ?? []).map((total) => `${total.label}${colon}${total.value}`);
  return [[table.caption, ...rows].join('\n'), ...(totals.length > 0 ? [totals.join('\n')] : [])].join(
    '\n\n',
  );
}

function blockHtml(block: EmailBlock, common: EmailMessages['common']): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`;
    case 'button': {
      const href = escapeHtml(block.url);
      return [
        `<p style="margin:24px 0 8px"><a href="${href}" style="display:inline-block;background:${colors.accent};color:#ffffff;font-weight:600;text-decoration:none;padding:12px 22px;border-radius:6px">${escapeHtml(block.label)}</a></p>`,
        `<p style="margin:0 0 24px;font-size:14px;color:${colors.muted};word-break:break-all">${escapeHtml(common.linkFallback)}<br><a href="${href}" style="color:${colors.accent}">${href}</a></p>`,
      ].join('\n');
    }
    case 'link':
      return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="color:${colors.accent};text-decoration:underline">${escapeHtml(block.label)}</a></p>`;
    case 'note':
      return `<p style="margin:0 0 16px;font-size:14px;color:${colors.muted}">${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul style="margin:0 0 16px;padding-left:20px">${block.items.map((item) => `<li style="margin:0 0 4px">${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'details':
      return `<div style="margin:0 0 16px">${block.rows
        .map(
          (row) =>
            `<div style="margin:0 0 4px"><span style="color:${colors.muted}">${escapeHtml(`${row.label}${common.colon}`)}</span><strong>${escapeHtml(row.value)}</strong></div>`,
        )
        .join('')}</div>`;
    case 'heading':
      return `<h2 style="margin:28px 0 8px;font-size:17px;line-height:1.3;font-weight:700">${escapeHtml(block.text)}</h2>`;
    case 'lines':
      return `<p style="margin:0 0 16px">${block.lines.map(escapeHtml).join('<br>')}</p>`;
    case 'table':
      return tableHtml(block);
  }
}

function blockText(block: EmailBlock, common: EmailMessages['common']): string {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return block.text;
    case 'button':
    case 'link':
      return `${block.label}\n${block.url}`;
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'details':
      return block.rows.map((row) => `${row.label}${common.colon}${row.value}`).join('\n');
    case 'heading':
      // Underlined so the section stands out in clients that show the text part.
      return `${block.text}\n${'-'.repeat(Math.min(displayWidth(block.text), 60))}`;
    case 'lines':
      return block.lines.join('\n');
    case 'table':
      return tableText(block, common.colon);
  }
}

/** Wraps a template's content in the shop's frame, as HTML and as plain text. */
export function renderLayout(content: EmailContent, options: LayoutOptions): RenderedEmail {
  const { common, storeName, homeUrl, locale } = options;
  const heading = content.heading ?? content.subject;
  const store = escapeHtml(storeName);
  const home = escapeHtml(homeUrl);
  const preheader = content.preheader
    ? `<div style="display:none;max-height:0;overflow:hidden;opacity:0;color:transparent">${escapeHtml(content.preheader)}</div>\n`
    : '';
  const html = `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:${colors.page};color:${colors.ink};font-family:${fontStack};font-size:16px;line-height:1.6;-webkit-text-size-adjust:100%">
${preheader}<div style="max-width:560px;margin:0 auto;padding:24px 16px">
<p style="margin:0 0 16px;font-size:20px;font-weight:700;letter-spacing:0.02em"><a href="${home}" style="color:${colors.ink};text-decoration:none">${store}</a></p>
<div style="background:${colors.card};border:1px solid ${colors.border};border-radius:8px;padding:28px 24px">
<h1 style="margin:0 0 20px;font-size:22px;line-height:1.3;font-weight:700">${escapeHtml(heading)}</h1>
${content.blocks.map((block) => blockHtml(block, common)).join('\n')}
<p style="margin:24px 0 0">${escapeHtml(common.signOff)}<br>${store}</p>
</div>
<p style="margin:16px 0 0;font-size:13px;color:${colors.muted}">${escapeHtml(common.sentBy(storeName))}<br><a href="${home}" style="color:${colors.muted}">${home}</a></p>
</div>
</body>
</html>
`;
  const text = [
    ...content.blocks.map((block) => blockText(block, common)),
    `${common.signOff}\n${storeName}`,
    `-- \n${common.sentBy(storeName)}\n${homeUrl}`,
  ].join('\n\n');
  return { subject: content.subject, html, text: `${text}\n` };
}
