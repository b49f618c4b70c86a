export { mediaUrl } from './images';
export type { ListProductsInput } from './queries';
export {
  getProduct,
  listCategoryTree,
  listProductReviews,
  listProducts,
  suggestSearch,
  translationJoins,
} from './queries';
export { type ImageRow, toImageView } from './images';
export { parseSearchTerms, toPrefixTsQuery } from './search-terms';
export * from './types';
