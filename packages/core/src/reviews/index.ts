export {
  type AdminReviewView,
  deleteReviewAsAdmin,
  listReviewsForAdmin,
  type ReviewModerationContext,
  type ReviewStatus,
  reviewStatuses,
  setReviewStatus,
  type TAdminReviewsQuery,
  type TReviewStatusInput,
  ZAdminReviewsQuery,
  ZReviewStatusInput,
} from './admin';
export {
  type AuthoredReview,
  createReview,
  deleteMyReview,
  type ReviewAuthor,
  type TReviewInput,
  type TReviewPatch,
  updateMyReview,
  ZReviewInput,
  ZReviewPatch,
} from './reviews';
