import { describe, expect, it } from 'vitest';
import { locales } from '../lib/locale';
import { emailMessages } from './messages';
import {
  EmailDataError,
  emailTemplates,
  parseTemplateData,
  renderEmail,
  renderStoredEmail,
  type TemplateData,
  type TemplateName,
  templateNames,
} from './templates';

const publicUrl = 'https://shop.example';
const token = 'a+b/c=d&e f';
const encoded = encodeURIComponent(token);

const sample: { [T in TemplateName]: TemplateData<T> } = {
  verify_email: { firstName: 'Aino', token },
  reset_password: { firstName: 'Aino', token },
  account_exists: { firstName: 'Aino' },
  password_changed: { firstName: 'Aino' },
  account_deleted: { firstName: 'Aino' },
};

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
        expect(email.html).not.toContain('<table');
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
