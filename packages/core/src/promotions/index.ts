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
