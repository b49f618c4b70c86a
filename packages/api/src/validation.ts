import type { Hook } from '@hono/zod-openapi';
import type { AppEnv } from './context';
import { errorResponse, validationError } from './errors';

/** Every route's input validation failure answers 400 VALIDATION_FAILED listing the bad fields. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (!result.success) return errorResponse(c, validationError(result.error, result.target));
};
