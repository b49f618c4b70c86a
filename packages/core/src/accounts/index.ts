export {
  type AddressView,
  createAddress,
  deleteAddress,
  getAddress,
  listAddresses,
  type TAddress,
  type TAddressInput,
  type TAddressPatch,
  updateAddress,
  ZAddress,
  ZAddressInput,
  ZAddressPatch,
} from './addresses';
export {
  type AdminUserView,
  type CreateAdminInput,
  createAdmin,
  listUsers,
  type TListUsersQuery,
  type TUpdateUserInput,
  updateUser,
  ZListUsersQuery,
  ZUpdateUserInput,
} from './admin-users';
export {
  changePassword,
  getUser,
  type LoginResult,
  loginUser,
  registerUser,
  requestPasswordReset,
  resendVerificationEmail,
  resetPassword,
  updateProfile,
  verifyEmail,
} from './auth';
export {
  assertAcceptablePassword,
  hashPassword,
  minPasswordLength,
  type PasswordRefusal,
  verifyPassword,
} from './passwords';
export { isValidPostalCode, normalizePostalCode, shippingCountries } from './postal-codes';
export { type AccountExport, deleteAccount, exportAccount } from './privacy';
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
export {
  addToWishlist,
  isOnWishlist,
  listWishlist,
  removeFromWishlist,
  type WishlistItem,
} from './wishlist';
