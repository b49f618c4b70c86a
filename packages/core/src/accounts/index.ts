export {
  changePassword,
  getUser,
  type LoginResult,
  loginUser,
  registerUser,
  requestPasswordReset,
  resetPassword,
  updateProfile,
  verifyEmail,
} from './auth';
export { assertAcceptablePassword, hashPassword, minPasswordLength, verifyPassword } from './passwords';
export {
  authenticateSession,
  createSession,
  type NewSession,
  revokeSession,
  revokeUserSessions,
  type SessionSettings,
  toUserView,
} from './sessions';
export { hashToken, newToken } from './tokens';
export * from './types';
