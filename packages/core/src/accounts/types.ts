import { z } from 'zod';
import { type Locale, locales } from '../lib/locale';

export const ZEmail = z
  .string()
  .trim()
  .max(254)
  .email('must be an email address')
  .transform((email) => email.toLowerCase());

const name = z.string().trim().min(1, 'is required').max(100);
const phone = z
  .string()
  .trim()
  .max(32)
  .regex(/^\+?[0-9 ()-]{5,}$/, 'must be a phone number')
  .nullable()
  .optional();

/** Length and content rules for passwords live in passwords.ts; this only bounds the input. */
const password = z.string().min(1, 'is required').max(1024);

export const ZRegisterInput = z.object({
  email: ZEmail,
  password,
  firstName: name,
  lastName: name,
  locale: z.enum(locales).default('fi'),
});
export type TRegisterInput = z.infer<typeof ZRegisterInput>;

export const ZLoginInput = z.object({ email: ZEmail, password });
export type TLoginInput = z.infer<typeof ZLoginInput>;

export const ZUpdateProfileInput = z
  .object({ firstName: name, lastName: name, phone, locale: z.enum(locales) })
  .partial()
  .refine((input) => Object.keys(input).length > 0, 'nothing to change');
export type TUpdateProfileInput = z.infer<typeof ZUpdateProfileInput>;

export const ZChangePasswordInput = z.object({ currentPassword: password, newPassword: password });
export const ZTokenInput = z.object({ token: z.string().min(10).max(200) });
export const ZForgotPasswordInput = z.object({ email: ZEmail });
export const ZResetPasswordInput = z.object({ token: z.string().min(10).max(200), newPassword: password });

export interface UserView {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  locale: Locale;
  role: 'customer' | 'admin';
  isActive: boolean;
  emailVerified: boolean;
}

/** Who is asking: the signed-in user and the session they used. */
export interface Actor {
  user: UserView;
  sessionId: string;
}
