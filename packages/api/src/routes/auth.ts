import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  changePassword,
  getUser,
  loginUser,
  registerUser,
  requestPasswordReset,
  resendVerificationEmail,
  resetPassword,
  revokeSession,
  revokeUserSessions,
  updateProfile,
  verifyEmail,
  ZChangePasswordInput,
  ZForgotPasswordInput,
  ZLoginInput,
  ZRegisterInput,
  ZResetPasswordInput,
  ZTokenInput,
  ZUpdateProfileInput,
} from '@puoti/core/accounts';
import { mergeGuestCart } from '@puoti/core/cart';
import { deleteCookie } from 'hono/cookie';
import { clearSessionCookie, requireUser, setSessionCookie } from '../auth';
import { cartCookie, guestCartToken } from '../cart-owner';
import type { AppDeps, AppEnv } from '../context';
import { ZUser } from '../schemas/accounts';
import { errorResponses, jsonBody, jsonResponse } from '../schemas/common';
import { validationHook } from '../validation';

const noContent = { description: 'Done' };
const tags = ['Auth and account'];
const userBody = z.object({ user: ZUser });

const registerRoute = createRoute({
  method: 'post',
  path: '/auth/register',
  tags,
  summary: 'Create a customer account; a verification link is emailed',
  description:
    'Answers the same for an email that already has an account (that address gets an email saying so), so accounts cannot be discovered.',
  request: jsonBody(ZRegisterInput),
  responses: {
    201: jsonResponse(userBody, 'Account created (or already there)'),
    ...errorResponses(400, 429),
  },
});

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags,
  summary: 'Sign in: returns a bearer token and sets the session cookie',
  request: jsonBody(ZLoginInput),
  responses: {
    200: jsonResponse(z.object({ user: ZUser, token: z.string(), expiresAt: z.string() }), 'Signed in'),
    ...errorResponses(400, 401, 429),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags,
  summary: 'End this session, or with ?everywhere=true every session of the user',
  request: { query: z.object({ everywhere: z.enum(['true', 'false']).optional() }) },
  responses: { 204: noContent, ...errorResponses(400, 401, 403) },
});

const meRoute = createRoute({
  method: 'get',
  path: '/auth/me',
  tags,
  summary: 'The signed-in user',
  responses: { 200: jsonResponse(userBody, 'The user'), ...errorResponses(401) },
});

const updateMeRoute = createRoute({
  method: 'patch',
  path: '/auth/me',
  tags,
  summary: 'Update name, phone or language',
  request: jsonBody(ZUpdateProfileInput),
  responses: { 200: jsonResponse(userBody, 'Updated'), ...errorResponses(400, 401, 403) },
});

const changePasswordRoute = createRoute({
  method: 'post',
  path: '/auth/change-password',
  tags,
  summary: "Change the password; the user's other sessions end",
  request: jsonBody(ZChangePasswordInput),
  responses: { 204: noContent, ...errorResponses(400, 401, 403) },
});

const verifyEmailRoute = createRoute({
  method: 'post',
  path: '/auth/verify-email',
  tags,
  summary: 'Confirm the email address with the emailed token',
  request: jsonBody(ZTokenInput),
  responses: { 200: jsonResponse(userBody, 'Verified'), ...errorResponses(400, 429) },
});

const resendVerificationRoute = createRoute({
  method: 'post',
  path: '/auth/resend-verification',
  tags,
  summary: 'Email the signed-in customer a new link to confirm their address (409 when confirmed)',
  responses: { 202: noContent, ...errorResponses(401, 409, 429) },
});

const forgotPasswordRoute = createRoute({
  method: 'post',
  path: '/auth/forgot-password',
  tags,
  summary: 'Email a password reset link (always 202)',
  request: jsonBody(ZForgotPasswordInput),
  responses: { 202: noContent, ...errorResponses(400, 429) },
});

const resetPasswordRoute = createRoute({
  method: 'post',
  path: '/auth/reset-password',
  tags,
  summary: 'Set a new password with the emailed token; every session ends',
  request: jsonBody(ZResetPasswordInput),
  responses: { 204: noContent, ...errorResponses(400, 429) },
});

export function authRoutes(deps: AppDeps) {
  const { db, rateLimits } = deps;
  const settings = { secret: deps.config.sessionSecret, ttlDays: deps.config.sessionTtlDays };
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(registerRoute, async (c) => {
    await rateLimits.consume('registerPerIp', c.var.clientIp);
    return c.json({ user: await registerUser(db, c.req.valid('json'), settings) }, 201);
  });

  app.openapi(loginRoute, async (c) => {
    const input = c.req.valid('json');
    await rateLimits.consume('loginPerIp', c.var.clientIp);
    // A locked account answers 429 before its password is even checked.
    await rateLimits.check('loginFailuresPerAccount', input.email);
    try {
      const { user, session } = await loginUser(
        db,
        { ...input, userAgent: c.req.header('user-agent'), ip: c.var.clientIp },
        settings,
      );
      await rateLimits.reset('loginFailuresPerAccount', input.email);
      setSessionCookie(c, deps, session.token, session.expiresAt);
      const guestToken = guestCartToken(c);
      if (guestToken) {
        await mergeGuestCart(db, user.id, guestToken);
        deleteCookie(c, cartCookie, { path: '/' });
      }
      return c.json({ user, token: session.token, expiresAt: session.expiresAt.toISOString() }, 200);
    } catch (error) {
      await rateLimits.consume('loginFailuresPerAccount', input.email).catch(() => undefined);
      throw error;
    }
  });

  app.openapi(logoutRoute, async (c) => {
    const actor = requireUser(c);
    if (c.req.valid('query').everywhere === 'true') await revokeUserSessions(db, actor.user.id);
    else await revokeSession(db, actor.sessionId);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(meRoute, async (c) => c.json({ user: await getUser(db, requireUser(c).user.id) }, 200));

  app.openapi(updateMeRoute, async (c) =>
    c.json({ user: await updateProfile(db, requireUser(c), c.req.valid('json')) }, 200),
  );

  app.openapi(changePasswordRoute, async (c) => {
    await changePassword(db, requireUser(c), c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(verifyEmailRoute, async (c) => {
    await rateLimits.consume('verifyEmailPerIp', c.var.clientIp);
    return c.json({ user: await verifyEmail(db, c.req.valid('json').token, settings) }, 200);
  });

  app.openapi(resendVerificationRoute, async (c) => {
    const actor = requireUser(c);
    await rateLimits.consume('resendVerificationPerUser', actor.user.id);
    await resendVerificationEmail(db, actor.user.id, settings);
    deps.onEmailQueued?.();
    return c.body(null, 202);
  });

  app.openapi(forgotPasswordRoute, async (c) => {
    const { email } = c.req.valid('json');
    await rateLimits.consume('forgotPasswordPerIp', c.var.clientIp);
    await rateLimits.consume('forgotPasswordPerEmail', email);
    await requestPasswordReset(db, email, settings);
    return c.body(null, 202);
  });

  app.openapi(resetPasswordRoute, async (c) => {
    await rateLimits.consume('resetPasswordPerIp', c.var.clientIp);
    await resetPassword(db, c.req.valid('json'), settings);
    return c.body(null, 204);
  });

  return app;
}
