import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { routing } from '../i18n/routing';
import {
  contentPages,
  escapeMarkdown,
  fillBlock,
  fillPlaceholders,
  headingId,
  isContentPage,
  markdownTable,
  type PlaceholderValues,
  parseFrontMatter,
  renderMarkdown,
  unknownPlaceholders,
} from './content';

const values: PlaceholderValues = {
  storeName: 'Puoti',
  sellerName: 'Puoti Oy',
  businessId: '1234567-8',
  vatId: 'FI12345678',
  address: 'Esplanadi 12, 00130 Helsinki, Suomi',
  email: 'info@example.com',
  phone: null,
  phoneUri: null,
  iban: 'FI21 1234 5600 0007 85',
  bic: 'NDEAFIHH',
  publicUrl: 'https://shop.example',
};

describe('content pages', () => {
  it('is a closed list', () => {
    expect(isContentPage('terms')).toBe(true);
    expect(isContentPage('secret')).toBe(false);
    expect(isContentPage('__proto__')).toBe(false);
  });
});

describe('parseFrontMatter', () => {
  it('reads title, description and date, and returns the rest as the body', () => {
    const { data, body } = parseFrontMatter(
      '---\ntitle: Terms: the fine print\ndescription: Read me\nupdated: 2026-12-07\n---\n\n## One\n',
      'x.md',
    );
    expect(data).toEqual({ title: 'Terms: the fine print', description: 'Read me', updated: '2026-12-07' });
    expect(body).toBe('\n## One\n');
  });

  it('refuses a file without a title or with a malformed date', () => {
    expect(() => parseFrontMatter('## No front matter', 'a.md')).toThrow(/a\.md/);
    expect(() => parseFrontMatter('---\ntitle: T\nupdated: 7.12.2026\n---\n', 'b.md')).toThrow(/YYYY-MM-DD/);
  });
});

describe('fillPlaceholders', () => {
  it('escapes values so they can neither inject HTML nor format text', () => {
    const filled = fillPlaceholders('Shop: {{storeName}}', {
      ...values,
      storeName: '<img src=x onerror=alert(1)> *Sale* [x](javascript:y)',
    });
    const { html } = renderMarkdown(filled);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<em>');
    expect(html).not.toContain('<a');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; *Sale* [x](javascript:y)');
  });

  it('keeps values usable in link targets', () => {
    const { html } = renderMarkdown(fillPlaceholders('[{{email}}](mailto:{{email}})', values));
    expect(html).toContain('<a href="mailto:info@example.com">info@example.com</a>');
  });

  it('leaves out the lines whose value is missing', () => {
    const filled = fillPlaceholders('- Email: {{email}}\n- Phone: {{phone}}\n- Done', values);
    expect(filled).toBe('- Email: info\\@example\\.com\n- Done');
  });

  it('leaves unknown names visible and reports them', () => {
    expect(fillPlaceholders('Hi {{nope}}', values)).toBe('Hi {{nope}}');
    expect(unknownPlaceholders('{{storeName}} {{nope}}')).toEqual(['nope']);
  });

  it('can fill plain text for React to escape', () => {
    expect(fillPlaceholders('Contact {{sellerName}}', values, (value) => value)).toBe('Contact Puoti Oy');
  });

  it('escapes every ASCII punctuation character and flattens line breaks, keeping no-break spaces', () => {
    expect(escapeMarkdown('a_b\n# c')).toBe('a\\_b \\# c');
    expect(escapeMarkdown('4,90\u00a0€')).toBe('4\\,90\u00a0€');
  });
});

describe('block placeholders', () => {
  it('puts an escaped table where a line holds only the placeholder', () => {
    const table = markdownTable(
      ['Method', 'Price'],
      [
        ['Posti | Smartpost', '4,90 €'],
        ['<b>Express</b>', '9,90 €'],
      ],
    );
    const { html } = renderMarkdown(
      fillBlock('Intro\n\n{{shippingRates}}\n\nAfter {{shippingRates}}', 'shippingRates', table),
    );
    expect(html).toContain('<th>Method</th>');
    expect(html).toContain('<td>Posti | Smartpost</td>');
    expect(html).toContain('<td>&lt;b&gt;Express&lt;/b&gt;</td>');
    // Only a line of its own becomes the table.
    expect(html).toContain('After {{shippingRates}}');
  });
});

describe('renderMarkdown', () => {
  it('gives second-level headings ids, lists them as contents and keeps one h1 per page', () => {
    const { html, toc } = renderMarkdown(
      '# Stray\n\n## Hinnat ja maksu\n\n## Hinnat ja maksu\n\n## 配送\n\n### Detail',
    );
    expect(toc).toEqual([
      { id: 'stray', text: 'Stray' },
      { id: 'hinnat-ja-maksu', text: 'Hinnat ja maksu' },
      { id: 'hinnat-ja-maksu-2', text: 'Hinnat ja maksu' },
      { id: '配送', text: '配送' },
    ]);
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2 id="stray">Stray</h2>');
    expect(html).toContain('<h3>Detail</h3>');
  });

  it('folds accents in ids', () => {
    expect(headingId('Ångerrätt & återbetalning')).toBe('angerratt-aterbetalning');
  });
});

describe('the shipped texts', () => {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/pages');
  for (const page of contentPages) {
    it(`${page} exists in every language with the same sections and known placeholders only`, () => {
      const sections = routing.locales.map((locale) => {
        const file = path.join(dir, `${page}.${locale}.md`);
        const source = readFileSync(file, 'utf8');
        const { data, body } = parseFrontMatter(source, file);
        expect(data.description, file).not.toBe('');
        expect(data.updated, file).not.toBeNull();
        expect(unknownPlaceholders(source), file).toEqual([]);
        expect(body, file).not.toMatch(/^# /m);
        if (page === 'shipping') expect(body, file).toMatch(/^\{\{shippingRates\}\}$/m);
        // Links to the shop's own pages stay in the file's language.
        for (const [, href] of body.matchAll(/\]\((\/[^)]*)\)/g)) expect(href, file).toMatch(`/${locale}/`);
        return renderMarkdown(fillPlaceholders(body, values)).toc.length;
      });
      expect(new Set(sections).size, `${page}: sections per language ${sections.join(', ')}`).toBe(1);
    });
  }
});
