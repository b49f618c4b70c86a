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
  /** A bulleted list (order lines, for instance). */
  | { kind: 'list'; items: string[] }
  /** Label and value pairs (order number, total, ...). */
  | { kind: 'details'; rows: { label: string; value: string }[] };

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
            `<div style="margin:0 0 4px"><span style="color:${colors.muted}">${escapeHtml(row.label)}:</span> <strong>${escapeHtml(row.value)}</strong></div>`,
        )
        .join('')}</div>`;
  }
}

function blockText(block: EmailBlock): string {
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
      return block.rows.map((row) => `${row.label}: ${row.value}`).join('\n');
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
    ...content.blocks.map(blockText),
    `${common.signOff}\n${storeName}`,
    `-- \n${common.sentBy(storeName)}\n${homeUrl}`,
  ].join('\n\n');
  return { subject: content.subject, html, text: `${text}\n` };
}
