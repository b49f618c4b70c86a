export { mediaUrl } from './images';
export type { ListProductsInput } from './queries';
export { getProduct, listCategoryTree, listProductReviews, listProducts, suggestSearch } from './queries';
export { parseSearchTerms, toPrefixTsQuery } from './search-terms';
export * from './types';
