import { z } from '@hono/zod-openapi';

export const ZUser = z
  .object({
    id: z.string().uuid(),
    email: z.string().email(),
    firstName: z.string(),
    lastName: z.string(),
    phone: z.string().nullable(),
    locale: z.enum(['fi', 'sv', 'en', 'zh']),
    role: z.enum(['customer', 'admin']),
    isActive: z.boolean(),
    emailVerified: z.boolean(),
  })
  .openapi('User');
