import { AppError, type ErrorCode } from '@puoti/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { AppEnv } from './context';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown; requestId?: string };
}

export function errorResponse(c: Context<AppEnv>, error: AppError) {
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
  if (
    error.status === 429 &&
    typeof error.details === 'object' &&
    error.details &&
    'retryAfterSeconds' in error.details
  ) {
    c.header('Retry-After', String(error.details.retryAfterSeconds));
  }
  return c.json(body, error.status as ContentfulStatusCode);
}

/** Turns zod's issues into the contract's `details`: one entry per bad field. */
export function validationError(error: ZodError, where: string): AppError {
  const fields = error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : where,
    message: issue.message,
  }));
  return new AppError('VALIDATION_FAILED', 'Some of the input is not valid.', fields);
}
