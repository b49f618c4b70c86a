export {
  type AdminCategory,
  type AdminCategoryNode,
  type AdminCategoryTranslation,
  createCategory,
  deleteCategory,
  listAdminCategories,
  type TCreateCategoryInput,
  type TUpdateCategoryInput,
  updateCategory,
  ZCreateCategoryInput,
  ZUpdateCategoryInput,
} from './admin-categories';
export {
  deleteProductImage,
  maxImageBytes,
  maxImagePixels,
  sniffImageType,
  type TUpdateImageInput,
  updateProductImage,
  uploadProductImage,
  ZImageAlt,
  ZUpdateImageInput,
} from './admin-images';
export {
  type AdminActor,
  type AdminImage,
  type AdminProduct,
  type AdminProductTranslation,
  type AdminVariant,
  archiveProduct,
  createProduct,
  getAdminProduct,
  lowestPriceBefore,
  type PriceHistoryEntry,
  type TCreateProductInput,
  type TUpdateProductInput,
  updateProduct,
  ZCreateProductInput,
  ZUpdateProductInput,
} from './admin-products';
export { type ImageRow, mediaUrl, toImageView } from './images';
export type { ListProductsInput } from './queries';
export {
  findProductCached,
  getProduct,
  listCategoryTree,
  listProductReviews,
  listProducts,
  suggestSearch,
  translationJoins,
} from './queries';
export { parseSearchTerms, toPrefixTsQuery } from './search-terms';
export { listSitemapItems, type SitemapItem } from './sitemap';
export * from './types';
