import { z } from '@hono/zod-openapi';
import { errorStatus, locales } from '@puoti/core';

export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]]),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

export const ZLocaleQuery = z.object({
  locale: z
    .enum(locales)
    .optional()
    .openapi({ description: 'Content language; else Accept-Language, else the store default (fi).' }),
});

export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 409 | 422 | 429)[]) {
  const descriptions: Record<number, string> = {
    400: 'Invalid input',
    401: 'Not signed in',
    403: 'Not allowed',
    404: 'Not found',
    409: 'Conflict',
    422: 'Cannot be processed',
    429: 'Too many requests',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Error',
        content: { 'application/json': { schema: ZErrorBody } },
      },
    ]),
  );
}

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    })
    .openapi(name);
}

/** A JSON response of the given schema, for route definitions. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A required JSON request body of the given schema, for route definitions. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { required: true, content: { 'application/json': { schema } } } };
}
