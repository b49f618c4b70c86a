export {
  type AdminCouponView,
  type AdminWriteContext,
  type CouponType,
  type CouponUsage,
  couponTypes,
  createCoupon,
  deleteCoupon,
  listCoupons,
  type TCouponInput,
  type TCouponPatch,
  type TListCouponsQuery,
  updateCoupon,
  ZCouponInput,
  ZCouponPatch,
  ZListCouponsQuery,
} from './admin';
export {
  type CouponRecord,
  countCustomerUses,
  findCouponByCode,
  normalizeCouponCode,
  type RedeemCouponInput,
  redeemCoupon,
  releaseCoupon,
} from './coupons';
export {
  type CouponContext,
  type CouponRejection,
  type CouponTerms,
  checkCoupon,
  couponDiscount,
  couponError,
} from './rules';
