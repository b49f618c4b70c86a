export { restockOrder, type StockRequest, type StockShortage, takeStockForOrder } from './stock';
