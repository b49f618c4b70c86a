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
