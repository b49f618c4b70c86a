import { describe, expect, it } from 'vitest';
import { type Locale, locales } from '../lib/locale';
import { finnishReference } from '../payments/reference-number';
import { emailMessages } from './messages';
import {
  EmailDataError,
  emailFormatters,
  emailTemplates,
  parseTemplateData,
  renderEmail,
  renderStoredEmail,
  type TemplateData,
  type TemplateName,
  type TOrderEmailSummary,
  templateNames,
} from './templates';

const publicUrl = 'https://shop.example';
const token = 'a+b/c=d&e f';
const encoded = encodeURIComponent(token);

const orderUrl = `${publicUrl}/fi/account/orders/2026-000123`;
// A valid viitenumero (check digit included), given without spaces as the payments code stores it.
const reference = finnishReference('1234567890123');

const orderSummary: TOrderEmailSummary = {
  orderNumber: '2026-000123',
  placedAt: '2026-03-05T22:30:00.000Z',
  customerName: 'Aino',
  lines: [
    {
      name: 'Pellavapyyhe',
      variantLabel: 'Sininen',
      sku: 'LIN-TWL-BL',
      quantity: 2,
      unitPriceCents: 1250,
      lineTotalCents: 2500,
    },
    {
      name: 'Ruisnäkkäri',
      variantLabel: null,
      sku: 'RYE-01',
      quantity: 1,
      unitPriceCents: 390,
      lineTotalCents: 390,
    },
  ],
  subtotalCents: 2890,
  discountCents: 289,
  couponCode: 'KEVÄT10',
  shippingCents: 590,
  shippingMethodName: 'Posti Pakettiautomaatti',
  // Consistent with the VAT code: 10 % off both lines, shipping taxed at the standard rate.
  vatLines: [
    { rateBasisPoints: 2550, netCents: 2263, vatCents: 577 },
    { rateBasisPoints: 1350, netCents: 309, vatCents: 42 },
  ],
  vatCents: 619,
  totalCents: 3191,
  shippingAddress: {
    fullName: 'Aino Virtanen',
    company: null,
    line1: 'Rantakatu 4 B 12',
    line2: null,
    postalCode: '00100',
    city: 'Helsinki',
    country: 'FI',
    phone: '+358 40 123 4567',
  },
  paymentMethod: 'bank_transfer',
  orderUrl,
};

const bankTransfer = {
  recipient: 'Mökki & Co Oy',
  iban: 'FI2112345600000785',
  bic: 'NDEAFIHH',
  referenceNumber: reference,
  amountCents: 3191,
  dueDate: '2026-03-19',
};

const sample: { [T in TemplateName]: TemplateData<T> } = {
  verify_email: { firstName: 'Aino', token },
  reset_password: { firstName: 'Aino', token },
  account_exists: { firstName: 'Aino' },
  password_changed: { firstName: 'Aino' },
  account_deleted: { firstName: 'Aino' },
  order_confirmation: { ...orderSummary, bankTransfer },
  payment_received: { orderNumber: '2026-000123', amountCents: 3191, orderUrl, customerName: 'Aino' },
  order_shipped: {
    orderNumber: '2026-000123',
    customerName: 'Aino',
    carrier: 'Posti',
    trackingNumber: 'JJFI64123450000012345',
    trackingUrl: 'https://www.posti.fi/fi/seuranta#/lahetys/JJFI64123450000012345',
    orderUrl,
  },
  order_cancelled: { orderNumber: '2026-000123', customerName: 'Aino', refundCents: 3191, orderUrl },
};

const orderTemplates = [
  'order_confirmation',
  'payment_received',
  'order_shipped',
  'order_cancelled',
] as const;

/** Intl separates groups and the currency with (narrow) no-break spaces; tests compare with plain ones. */
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

function render<T extends TemplateName>(
  template: T,
  locale: (typeof locales)[number],
  data = sample[template],
) {
  return renderEmail({ template, locale, data }, { publicUrl });
}

describe('email templates', () => {
  it('has sample data for every template', () => {
    expect(Object.keys(sample).sort()).toEqual([...templateNames].sort());
  });

  describe.each(locales)('in %s', (locale) => {
    const m = emailMessages[locale];

    it.each(templateNames)(
      'renders %s with a subject, an HTML part in the locale and a text part',
      (template) => {
        const email = render(template, locale);
        expect(email.subject.length).toBeGreaterThan(0);
        expect(email.html).toContain(`<html lang="${locale}">`);
        expect(email.html).toContain('<title>');
        expect(email.html).toContain('Puoti');
        // The frame is not built from layout tables; only the order summary holds data tables.
        expect(email.html.includes('<table')).toBe(template === 'order_confirmation');
        expect(email.html).toContain('name="viewport"');
        expect(email.text).toContain(m.common.greeting('Aino'));
        expect(email.text).toContain('Puoti');
        expect(email.text).toContain(`${publicUrl}/${locale}`);
        expect(email.text).not.toMatch(/<[a-z]/i);
      },
    );

    it('links the verification with the locale and the encoded token', () => {
      const email = render('verify_email', locale);
      const url = `${publicUrl}/${locale}/account/verify-email?token=${encoded}`;
      expect(email.subject).toBe(m.verifyEmail.subject);
      expect(email.text).toContain(url);
      expect(email.html).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
      expect(email.text).toContain(m.verifyEmail.expiry);
      expect(m.verifyEmail.expiry).toContain('24');
      expect(email.text).not.toContain(token);
    });

    it('links the password reset with the locale and the encoded token', () => {
      const email = render('reset_password', locale);
      const url = `${publicUrl}/${locale}/account/reset-password?token=${encoded}`;
      expect(email.text).toContain(url);
      expect(email.html).toContain(`href="${url}"`);
      expect(email.text).toContain(m.resetPassword.expiry);
    });

    it('points an existing account to sign-in and password reset', () => {
      const email = render('account_exists', locale);
      expect(email.text).toContain(`${publicUrl}/${locale}/account/login`);
      expect(email.text).toContain(`${publicUrl}/${locale}/account/forgot-password`);
      expect(email.html).toContain(`href="${publicUrl}/${locale}/account/login"`);
      expect(email.html).toContain(`href="${publicUrl}/${locale}/account/forgot-password"`);
    });

    it('offers a password reset when the password changed', () => {
      const email = render('password_changed', locale);
      expect(email.text).toContain(m.passwordChanged.warning);
      expect(email.text).toContain(`${publicUrl}/${locale}/account/forgot-password`);
    });

    it('escapes what it interpolates', () => {
      const evil = '<script>alert("x")</script>';
      const email = render('verify_email', locale, { firstName: evil, token: '"><img src=x>' });
      expect(email.html).not.toContain('<script');
      expect(email.html).not.toContain('<img');
      expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      // The text part is plain text: the name as given, the token URL-encoded.
      expect(email.text).toContain(evil);
      expect(email.text).toContain(encodeURIComponent('"><img src=x>'));
    });
  });

  it('greets without a name when there is none', () => {
    expect(render('account_exists', 'en', {}).text.startsWith('Hi,\n')).toBe(true);
    expect(render('account_deleted', 'fi', { firstName: '' }).text.startsWith('Hei!\n')).toBe(true);
  });

  it('takes the store name and a public URL with a trailing slash', () => {
    const email = renderEmail(
      { template: 'reset_password', locale: 'sv', data: { firstName: 'Elsa', token: 't' } },
      { publicUrl: 'https://shop.example/', storeName: 'Mökki & Co' },
    );
    expect(email.text).toContain('https://shop.example/sv/account/reset-password?token=t');
    expect(email.html).toContain('Mökki &amp; Co');
    expect(email.html).not.toContain('Mökki & Co');
    expect(email.text).toContain('Mökki & Co');
  });

  it('refuses data that does not fit the template', () => {
    expect(() => parseTemplateData('verify_email', { firstName: 'A' })).toThrow(EmailDataError);
    expect(() => parseTemplateData('verify_email', { firstName: 'A', token: '' })).toThrow(/token/);
    expect(() => parseTemplateData('no_such_template', {})).toThrow(/Unknown email template/);
    expect(() =>
      renderStoredEmail({ template: 'verify_email', locale: 'de', data: sample.verify_email }, { publicUrl }),
    ).toThrow(/locale/);
    expect(parseTemplateData('password_changed', { firstName: '  Aino ' })).toEqual({ firstName: 'Aino' });
  });

  it('keeps the error free of the data (tokens stay out of logs)', () => {
    try {
      parseTemplateData('reset_password', { firstName: 5, token: 'secret-token-value' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EmailDataError);
      expect((error as EmailDataError).message).not.toContain('secret-token-value');
      expect((error as EmailDataError).fields.map((f) => f.field)).toEqual(['firstName']);
    }
  });

  it('defines every template with a schema and a build function', () => {
    for (const name of templateNames) {
      expect(typeof emailTemplates[name].build).toBe('function');
      expect(emailTemplates[name].schema).toBeDefined();
    }
  });
});

describe('email messages', () => {
  // Collects every string (and every function's result) under its dotted key.
  function flatten(value: unknown, prefix = ''): Map<string, string> {
    const out = new Map<string, string>();
    if (typeof value === 'string') out.set(prefix, value);
    else if (typeof value === 'function') {
      // Every parameter is a string; a discount without a coupon code is null, tried separately below.
      out.set(prefix, String((value as (...args: string[]) => unknown)('A1', 'B2')));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
      }
    }
    return out;
  }

  const reference = flatten(emailMessages.fi);

  it.each(locales)('has every string in %s, none empty', (locale) => {
    const strings = flatten(emailMessages[locale]);
    expect([...strings.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of strings) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/undefined|\bnull\b|NaN|\[object/);
    }
    expect(emailMessages[locale].order.discount(null).length).toBeGreaterThan(0);
  });

  it.each(locales)('puts the order number and store name in every order subject in %s', (locale) => {
    const m = emailMessages[locale];
    for (const subject of [
      m.orderConfirmation.subject,
      m.paymentReceived.subject,
      m.orderShipped.subject,
      m.orderCancelled.subject,
    ]) {
      expect(subject('2026-000123', 'Mökki')).toContain('2026-000123');
      expect(subject('2026-000123', 'Mökki')).toContain('Mökki');
    }
  });
});

describe('order emails', () => {
  const render = <T extends (typeof orderTemplates)[number]>(
    template: T,
    locale: Locale,
    data: TemplateData<T> = sample[template],
  ) => renderEmail({ template, locale, data }, { publicUrl, storeName: 'Mökki & Co' });

  describe.each(locales)('in %s', (locale) => {
    const m = emailMessages[locale];
    const f = emailFormatters(locale);
    const c = m.common.colon;

    it.each(orderTemplates)('renders %s completely', (template) => {
      const email = render(template, locale);
      expect(email.subject).toContain('2026-000123');
      expect(email.subject).toContain('Mökki & Co');
      expect(email.html).toContain('<title>');
      expect(email.html).toContain(`href="${orderUrl}"`);
      for (const part of [email.subject, email.html, email.text]) {
        expect(part).not.toMatch(/undefined|\bnull\b|NaN|\[object/);
      }
    });

    it('shows the lines, the totals and the VAT per rate', () => {
      const email = render('order_confirmation', locale);
      const text = plain(email.text);
      const html = plain(email.html);
      for (const part of [text, html]) {
        expect(part).toContain('Pellavapyyhe');
        expect(part).toContain(plain(m.order.unitPrice(f.money(1250))));
        expect(part).toContain(plain(f.money(2500)));
        expect(part).toContain(plain(f.money(390)));
        expect(part).toContain(plain(f.rate(2550)));
        expect(part).toContain(plain(f.rate(1350)));
        expect(part).toContain(plain(f.money(2263)));
        expect(part).toContain(plain(f.money(577)));
        expect(part).toContain(plain(f.money(42)));
      }
      // The text part has no columns, so each amount sits next to its label.
      expect(text).toContain(`${m.order.subtotal}${c}${plain(f.money(2890))}`);
      expect(text).toContain(`${m.order.discount('KEVÄT10')}${c}${plain(f.money(-289))}`);
      expect(text).toContain(`${m.order.shipping('Posti Pakettiautomaatti')}${c}${plain(f.money(590))}`);
      expect(text).toContain(`${m.order.total}${c}${plain(f.money(3191))}`);
      expect(text).toContain(`${m.order.vatTotal}${c}${plain(f.money(619))}`);
      expect(text).toContain(m.order.vatCaption);
      expect(text).toContain('Rantakatu 4 B 12\n00100 Helsinki\n');
    });

    it('uses accessible table markup', () => {
      const { html } = render('order_confirmation', locale);
      expect(html).toContain(
        `<caption style="text-align:left;font-weight:700;padding:0 0 8px">${m.order.linesCaption}</caption>`,
      );
      expect(html).toContain(`>${m.order.vatRate}</th>`);
      expect(html.match(/<th scope="col"/g)).toHaveLength(6);
      expect(html).toMatch(/<th scope="row"[^>]*>Pellavapyyhe<br>/);
      expect(html).toMatch(
        /<tfoot>[\s\S]*<th scope="row" colspan="2"[^>]*>[^<]+<\/th><td style="text-align:right/,
      );
    });

    it('tells how to pay by bank transfer', () => {
      const email = render('order_confirmation', locale);
      const t = m.orderConfirmation.bankTransfer;
      expect(email.text).toContain(`${t.reference}${c}12345 67890 123${reference.slice(-1)}`);
      expect(email.text).toContain(`${t.iban}${c}FI21 1234 5600 0007 85`);
      expect(email.text).toContain(`${t.bic}${c}NDEAFIHH`);
      expect(email.text).toContain(`${t.recipient}${c}Mökki & Co Oy`);
      expect(plain(email.text)).toContain(`${t.amount}${c}${plain(f.money(3191))}`);
      expect(email.text).toContain(`${t.dueDate}${c}${f.date('2026-03-19')}`);
      expect(email.text).toContain(t.useReference);
      expect(email.text).not.toContain(m.orderConfirmation.cardPending);
      expect(email.html).toContain('Mökki &amp; Co Oy');
    });

    it('leaves the bank details out of a card order', () => {
      const email = render('order_confirmation', locale, {
        ...orderSummary,
        paymentMethod: 'stripe',
        bankTransfer: null,
      });
      expect(email.text).toContain(m.orderConfirmation.cardPending);
      expect(email.text).toContain(m.order.paymentMethods.stripe);
      expect(email.text).not.toContain(m.orderConfirmation.bankTransfer.heading);
      expect(email.text).not.toContain('FI21');
      expect(email.html).not.toContain(m.orderConfirmation.bankTransfer.reference);
    });

    it('says a payment arrived, with the amount', () => {
      const email = render('payment_received', locale);
      expect(plain(email.text)).toContain(plain(m.paymentReceived.intro('2026-000123', f.money(3191))));
      expect(email.text).toContain(m.paymentReceived.next);
    });

    it('links to the tracking page when there is one', () => {
      const email = render('order_shipped', locale);
      const tracking = 'https://www.posti.fi/fi/seuranta#/lahetys/JJFI64123450000012345';
      expect(email.html).toContain(`href="${tracking}"`);
      expect(email.text).toContain(`${m.orderShipped.track}\n${tracking}`);
      expect(email.text).toContain(`${m.orderShipped.carrier}${c}Posti`);
      expect(email.text).toContain(`${m.orderShipped.trackingNumber}${c}JJFI64123450000012345`);
      expect(email.text).toContain(`${m.order.viewOrder}\n${orderUrl}`);
    });

    it('offers the order page when there is no tracking link', () => {
      const email = render('order_shipped', locale, {
        ...sample.order_shipped,
        carrier: null,
        trackingUrl: null,
      });
      expect(email.text).not.toContain(m.orderShipped.track);
      expect(email.text).not.toContain(`${m.orderShipped.carrier}${m.common.colon}`);
      expect(email.text).toContain(m.orderShipped.trackingHint);
      expect(email.text).toContain(`${m.order.viewOrder}\n${orderUrl}`);
      const bare = render('order_shipped', locale, {
        ...sample.order_shipped,
        carrier: null,
        trackingNumber: null,
        trackingUrl: null,
      });
      expect(bare.text).not.toContain(m.orderShipped.trackingHint);
    });

    it('tells about the refund only when something was paid', () => {
      const refunded = render('order_cancelled', locale);
      expect(plain(refunded.text)).toContain(plain(m.orderCancelled.refund(f.money(3191))));
      const unpaid = render('order_cancelled', locale, { ...sample.order_cancelled, refundCents: 0 });
      expect(unpaid.text).toContain(m.orderCancelled.noCharge);
      expect(unpaid.text).not.toContain(plain(f.money(0)));
    });

    it('escapes product names, variants and coupon codes', () => {
      const evil = '<script>alert("x")</script>';
      const email = render('order_confirmation', locale, {
        ...orderSummary,
        couponCode: '<b>',
        lines: [{ ...orderSummary.lines[0]!, name: evil, variantLabel: '"><img src=x>' }],
        bankTransfer,
      });
      expect(email.html).not.toContain('<script');
      expect(email.html).not.toContain('<img');
      expect(email.html).not.toContain('<b>');
      expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(email.text).toContain(evil);
    });
  });

  it('writes money, rates, dates and countries the way each locale does', () => {
    const money = Object.fromEntries(locales.map((l) => [l, plain(emailFormatters(l).money(1234567))]));
    expect(money).toEqual({ fi: '12 345,67 €', sv: '12 345,67 €', en: '€12,345.67', zh: '€12,345.67' });
    const rates = Object.fromEntries(locales.map((l) => [l, plain(emailFormatters(l).rate(2550))]));
    expect(rates).toEqual({ fi: '25,5 %', sv: '25,5 %', en: '25.5%', zh: '25.5%' });
    expect(plain(emailFormatters('fi').rate(1000))).toBe('10 %');
    const due = Object.fromEntries(locales.map((l) => [l, emailFormatters(l).date('2026-03-19')]));
    expect(due).toEqual({
      fi: '19. maaliskuuta 2026',
      sv: '19 mars 2026',
      en: '19 March 2026',
      zh: '2026年3月19日',
    });
    const country = Object.fromEntries(locales.map((l) => [l, emailFormatters(l).country('SE')]));
    expect(country).toEqual({ fi: 'Ruotsi', sv: 'Sverige', en: 'Sweden', zh: '瑞典' });
  });

  it('shows the total in the email: 1234567 cents in Finnish', () => {
    const email = renderEmail(
      {
        template: 'order_confirmation',
        locale: 'fi',
        data: { ...sample.order_confirmation, totalCents: 1234567 },
      },
      { publicUrl },
    );
    expect(plain(email.text)).toContain('Yhteensä: 12 345,67 €');
    expect(plain(email.html)).toContain('12 345,67 €');
  });

  it("dates the order in the store's time zone", () => {
    // 22:30 UTC on 5 March is already 6 March in Helsinki.
    const helsinki = renderEmail(
      { template: 'order_confirmation', locale: 'fi', data: sample.order_confirmation },
      { publicUrl },
    );
    expect(helsinki.text).toContain('Tilattu: 6. maaliskuuta 2026 klo 0.30');
    const utc = renderEmail(
      { template: 'order_confirmation', locale: 'en', data: sample.order_confirmation },
      { publicUrl, timeZone: 'UTC' },
    );
    expect(utc.text).toContain('Placed on: 5 March 2026 at 22:30');
  });

  it('names the delivery country in the email’s language', () => {
    const data = {
      ...sample.order_confirmation,
      shippingAddress: { ...orderSummary.shippingAddress, country: 'se' },
    };
    expect(renderEmail({ template: 'order_confirmation', locale: 'fi', data }, { publicUrl }).text).toContain(
      '\nRuotsi\n',
    );
    expect(renderEmail({ template: 'order_confirmation', locale: 'zh', data }, { publicUrl }).text).toContain(
      '\n瑞典\n',
    );
  });

  it('writes labels the Chinese way, with a full-width colon', () => {
    const email = renderEmail(
      { template: 'order_shipped', locale: 'zh', data: sample.order_shipped },
      { publicUrl },
    );
    expect(email.text).toContain('运单号：JJFI64123450000012345');
    expect(email.html).toContain('运单号：</span><strong>JJFI64123450000012345</strong>');
  });

  it('says free shipping instead of a zero amount', () => {
    const data = { ...sample.order_confirmation, shippingCents: 0 };
    const email = renderEmail({ template: 'order_confirmation', locale: 'sv', data }, { publicUrl });
    expect(email.text).toContain('Frakt (Posti Pakettiautomaatti): Fri frakt');
  });

  it('refuses order data that does not fit', () => {
    const confirmation = sample.order_confirmation;
    expect(() => parseTemplateData('order_confirmation', { ...confirmation, bankTransfer: null })).toThrow(
      /bankTransfer: Required for bank transfer/,
    );
    expect(() =>
      parseTemplateData('order_confirmation', { ...confirmation, paymentMethod: 'stripe' }),
    ).toThrow(/bankTransfer: Only for bank transfer/);
    expect(() => parseTemplateData('order_confirmation', { ...confirmation, lines: [] })).toThrow(/lines/);
    expect(() => parseTemplateData('order_confirmation', { ...confirmation, totalCents: 31.91 })).toThrow(
      /totalCents/,
    );
    expect(() =>
      parseTemplateData('order_cancelled', { ...sample.order_cancelled, orderUrl: 'javascript:alert(1)' }),
    ).toThrow(/orderUrl/);
    expect(() =>
      parseTemplateData('order_shipped', { ...sample.order_shipped, trackingUrl: 'data:text/html,x' }),
    ).toThrow(/trackingUrl/);
    expect(() => parseTemplateData('order_confirmation', { ...confirmation, placedAt: '5.3.2026' })).toThrow(
      /placedAt/,
    );
  });
});
