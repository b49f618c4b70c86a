export {
  type Analytics,
  type AnalyticsInput,
  type AnalyticsKpis,
  analyticsPeriod,
  type DayFigures,
  getAnalytics,
  type LowStockProduct,
  maxAnalyticsDays,
  storeTimeZone,
  type TAnalyticsQuery,
  type TopProduct,
  ZAnalyticsQuery,
} from './analytics';
