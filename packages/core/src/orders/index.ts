export {
  type AdminOrderView,
  addOrderNote,
  exportOrdersCsv,
  getOrderForAdmin,
  listOrdersForAdmin,
  type TAdminOrdersQuery,
  ZAdminOrdersQuery,
  ZOrderNoteInput,
} from './admin';
export {
  type CancelDeps,
  cancelOrder,
  cancelOrderById,
  cancelUnpaidOrderInTx,
  type OrderActor,
  type UnpaidCancellation,
} from './cancel';
export {
  enqueueOrderCancelled,
  enqueueOrderConfirmation,
  enqueueOrderShipped,
  enqueuePaymentReceived,
  orderTrackingLink,
} from './emails';
export { nextNumber, nextNumberUnless, orderReference } from './numbers';
export { getOrderFor, listMyOrders, type TrackedOrder, trackOrder, ZTrackOrderInput } from './queries';
export type { AddressSnapshot } from './schema';
export {
  assertTransition,
  canTransition,
  isCancellable,
  nextStatuses,
  type OrderStatus,
  orderStatuses,
} from './state';
export { changeOrderStatus, type StatusActor, type TChangeOrderStatus, ZChangeOrderStatus } from './status';
export {
  findOrderByNumber,
  type OrderLineView,
  type OrderRow,
  type OrderView,
  toOrderView,
  toOrderViews,
} from './view';
