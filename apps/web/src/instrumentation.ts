import type { Instrumentation } from 'next';

/**
 * The Node server starts Next quietly, so page errors would otherwise vanish. Each one becomes a
 * JSON line on stderr in pino's shape (level 50 = error), beside the server's own logs, with the
 * digest the visitor's error page carries.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const digest =
    typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : undefined;
  // notFound() and redirect() travel as errors too; they are answers, not failures.
  if (digest?.startsWith('NEXT_')) return;
  const err =
    error instanceof Error
      ? { type: error.name, message: error.message, stack: error.stack }
      : { message: String(error) };
  console.error(
    JSON.stringify({
      level: 50,
      time: Date.now(),
      msg: 'page render failed',
      err,
      digest,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    }),
  );
};
