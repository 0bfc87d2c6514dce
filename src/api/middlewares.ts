import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminCancelBooking, AdminListBookings, AdminRetrieveBooking } from "./admin/bookings/validators"
import {
  AdminListPractitioners,
  AdminSetPractitionerCommission,
  AdminChangePractitionerStatus,
  AdminVerifyPractitioner,
} from "./admin/practitioners/validators"
import { StoreListPractitioners } from "./store/practitioners/validators"
import { StoreListEvents } from "./store/events/validators"
import { StoreHoldBooking, StoreListSessionLines } from "./store/carts/[id]/bookings/validators"
import { listSessionLinesQueryConfig } from "./store/carts/[id]/bookings/query-config"
import {
  StoreBookingCalendar,
  StoreCancelBooking,
  StoreListMoveSlots,
  StoreListMyBookings,
  StoreRescheduleBooking,
} from "./store/bookings/validators"
import { StoreListSlots } from "./store/practitioners/[handle]/slots/validators"
import { VendorApplyPractitioner, VendorUpdateMe } from "./vendor/practitioners/validators"
import { VendorCreateSessionOffering, VendorUpdateProduct } from "./vendor/products/validators"
import { receiveAvatar } from "./vendor/me/avatar/receive-avatar"
import { VendorAddTimeOff, VendorListBookings, VendorSaveSettings, VendorSetOverride, VendorSetWeekly } from "./vendor/schedule/validators"
import { VendorCancelBooking, VendorCompleteBooking, VendorMarkNoShow } from "./vendor/bookings/[id]/validators"
import { requireApprovedPractitioner } from "./vendor/require-approved-practitioner"
import { AdminSetProductPractitioner } from "./admin/products/[id]/practitioner/validators"
import { AdminLowStockParams } from "./admin/inventory/low-stock/validators"
import { verifyStripeWebhookMiddleware } from "./hooks/verify-stripe-webhook"
import { avenraeErrorHandler } from "./error-handler"
import { refuseHealthWhenLagging } from "./health/refuse-health-when-lagging"
import { rateLimitedRoutes } from "./rate-limit/rate-limit"
import { CHECKED_PATHS, rejectUnsafeInput } from "./reject-unsafe-input"
import { listAdminBookingsQueryConfig, retrieveAdminBookingQueryConfig } from "./admin/bookings/query-config"
import { listStoreBookingsQueryConfig } from "./store/customers/me/bookings/query-config"
import { listVendorBookingsQueryConfig } from "./vendor/bookings/query-config"
import { NoQuery } from "./utils/no-query"
import { AdminListEvents, CheckInTicket } from "./admin/events/validators"
import {
  ListAttendees,
  VendorAddEventDate,
  VendorCreateEvent,
  VendorListEvents,
  VendorSetDateCapacity,
  VendorUpdateEvent,
  VendorUpdateTicketType,
} from "./vendor/events/validators"
import { StoreHoldTickets, StoreListTicketLines } from "./store/carts/[id]/tickets/validators"
import { listSeatHoldsQueryConfig } from "./store/carts/[id]/tickets/query-config"
import { StoreListMyTickets } from "./store/customers/me/tickets/validators"
import { ticketHolderQueryConfig } from "./utils/ticket-fields"
import { StoreJoinWaitlist } from "./store/event-dates/validators"
import { CancelEventDate, CancelTicket } from "./utils/event-cancellation-validators"
import { payoutRoutes } from "./payout-middlewares"
import { reviewRoutes } from "./review-middlewares"
import { favouriteRoutes } from "./favourite-middlewares"
import { auditRoutes } from "./audit-middlewares"
import { supportRoutes } from "./support-middlewares"

export default defineMiddlewares({
  errorHandler: avenraeErrorHandler,
  routes: [
    { matcher: CHECKED_PATHS, middlewares: [rejectUnsafeInput] },
    ...rateLimitedRoutes,
    ...auditRoutes,
    {
      // Liveness: 503 while the event loop lags (see src/api/health).
      matcher: "/health",
      method: ["GET"],
      middlewares: [refuseHealthWhenLagging],
    },
    {
      matcher: "/store/practitioners",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListPractitioners, {})],
    },
    {
      matcher: "/store/events",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListEvents, {})],
    },
    {
      matcher: "/store/events/:handle",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(NoQuery, {})],
    },
    {
      matcher: "/store/practitioners/:handle/slots",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListSlots, {})],
    },
    {
      matcher: "/store/carts/:id/bookings",
      method: ["POST"],
      middlewares: [validateAndTransformBody(StoreHoldBooking)],
    },
    {
      matcher: "/store/carts/:id/bookings",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListSessionLines, listSessionLinesQueryConfig)],
    },
    {
      matcher: "/store/carts/:id/tickets",
      method: ["POST"],
      middlewares: [validateAndTransformBody(StoreHoldTickets)],
    },
    {
      matcher: "/store/carts/:id/tickets",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListTicketLines, listSeatHoldsQueryConfig)],
    },
    {
      matcher: "/store/orders/:id/bookings",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListSessionLines, listSessionLinesQueryConfig)],
    },
    {
      matcher: "/store/orders/:id/tickets",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListTicketLines, ticketHolderQueryConfig(true))],
    },
    {
      matcher: "/store/customers/me/tickets",
      method: ["GET"],
      middlewares: [
        authenticate("customer", ["session", "bearer"]),
        validateAndTransformQuery(StoreListMyTickets, ticketHolderQueryConfig(true)),
      ],
    },
    {
      matcher: "/store/event-dates/:id/waitlist",
      method: ["POST"],
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        validateAndTransformBody(StoreJoinWaitlist),
      ],
    },
    {
      matcher: "/store/waitlist-offers/:token",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(NoQuery, {})],
    },
    {
      matcher: "/store/customers/me/waitlist",
      method: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(NoQuery, {})],
    },
    {
      matcher: "/store/customers/me/waitlist/:id",
      method: ["DELETE"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(NoQuery, {})],
    },
    {
      matcher: "/store/tickets/:id/calendar.ics",
      method: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(NoQuery, {})],
    },
    {
      matcher: "/store/tickets/:id/cancel",
      method: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(CancelTicket)],
    },
    {
      matcher: "/store/bookings/:id/cancel",
      method: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreCancelBooking)],
    },
    {
      matcher: "/store/bookings/:id/reschedule",
      method: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreRescheduleBooking)],
    },
    {
      matcher: "/store/bookings/:id/slots",
      method: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(StoreListMoveSlots, {})],
    },
    {
      // The customer, or whoever holds the order's id (a guest on the confirmation page).
      matcher: "/store/bookings/:id/calendar.ics",
      method: ["GET"],
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        validateAndTransformQuery(StoreBookingCalendar, {}),
      ],
    },
    {
      matcher: "/store/customers/me/bookings",
      method: ["GET"],
      middlewares: [
        authenticate("customer", ["session", "bearer"]),
        validateAndTransformQuery(StoreListMyBookings, listStoreBookingsQueryConfig),
      ],
    },
    {
      matcher: "/vendor/practitioners",
      method: ["POST"],
      middlewares: [
        authenticate("practitioner", ["bearer", "session"], { allowUnregistered: true }),
        validateAndTransformBody(VendorApplyPractitioner),
      ],
    },
    {
      matcher: "/vendor/me*",
      middlewares: [authenticate("practitioner", ["bearer", "session"])],
    },
    {
      matcher: "/vendor/me/avatar",
      method: ["POST"],
      bodyParser: false,
      middlewares: [receiveAvatar],
    },
    {
      matcher: "/vendor/me",
      method: ["POST"],
      middlewares: [validateAndTransformBody(VendorUpdateMe)],
    },
    {
      matcher: "/vendor/products*",
      middlewares: [authenticate("practitioner", ["bearer", "session"]), requireApprovedPractitioner],
    },
    {
      matcher: "/vendor/products",
      method: ["POST"],
      middlewares: [validateAndTransformBody(VendorCreateSessionOffering)],
    },
    {
      matcher: "/vendor/products/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(VendorUpdateProduct)],
    },
    {
      matcher: "/vendor/schedule*",
      middlewares: [authenticate("practitioner", ["bearer", "session"]), requireApprovedPractitioner],
    },
    {
      matcher: "/vendor/bookings*",
      middlewares: [authenticate("practitioner", ["bearer", "session"]), requireApprovedPractitioner],
    },
    ...["/vendor/products/:id", "/vendor/schedule/overrides/:date", "/vendor/schedule/time-off/:id"].map((matcher) => ({
      matcher,
      method: ["DELETE" as const],
      middlewares: [validateAndTransformQuery(NoQuery, {})],
    })),
    {
      matcher: "/vendor/events*",
      middlewares: [authenticate("practitioner", ["bearer", "session"]), requireApprovedPractitioner],
    },
    {
      matcher: "/vendor/check-in",
      method: ["POST"],
      middlewares: [
        authenticate("practitioner", ["bearer", "session"]),
        requireApprovedPractitioner,
        validateAndTransformBody(CheckInTicket),
      ],
    },
    { matcher: "/admin/events/check-in", method: ["POST"], middlewares: [validateAndTransformBody(CheckInTicket)] },
    { matcher: "/vendor/events", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListEvents, {})] },
    { matcher: "/vendor/events", method: ["POST"], middlewares: [validateAndTransformBody(VendorCreateEvent)] },
    { matcher: "/vendor/events/:id", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
    { matcher: "/vendor/events/:id", method: ["POST"], middlewares: [validateAndTransformBody(VendorUpdateEvent)] },
    ...["/vendor/events/dates/:id", "/admin/events/dates/:id"].map((matcher) => ({
      matcher,
      method: ["POST" as const],
      middlewares: [validateAndTransformBody(VendorSetDateCapacity)],
    })),
    ...["/vendor/events/:id/dates", "/admin/events/:id/dates"].map((matcher) => ({
      matcher,
      method: ["POST" as const],
      middlewares: [validateAndTransformBody(VendorAddEventDate)],
    })),
    ...["/vendor/events/ticket-types/:id", "/admin/events/ticket-types/:id"].map((matcher) => ({
      matcher,
      method: ["POST" as const],
      middlewares: [validateAndTransformBody(VendorUpdateTicketType)],
    })),
    ...["/vendor/events/dates/:id/attendees", "/admin/events/dates/:id/attendees"].map((matcher) => ({
      matcher,
      method: ["GET" as const],
      middlewares: [validateAndTransformQuery(ListAttendees, {})],
    })),
    { matcher: "/admin/events", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListEvents, {})] },
    { matcher: "/admin/orders/:id/tickets", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
    { matcher: "/admin/events/:id", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
    { matcher: "/vendor/events/dates/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(CancelEventDate)] },
    { matcher: "/admin/events/dates/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(CancelEventDate)] },
    { matcher: "/admin/events/tickets/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(CancelTicket)] },
    { matcher: "/vendor/schedule/weekly", method: ["PUT", "POST"], middlewares: [validateAndTransformBody(VendorSetWeekly)] },
    { matcher: "/vendor/schedule/overrides", method: ["POST"], middlewares: [validateAndTransformBody(VendorSetOverride)] },
    { matcher: "/vendor/schedule/time-off", method: ["POST"], middlewares: [validateAndTransformBody(VendorAddTimeOff)] },
    { matcher: "/vendor/schedule/settings", method: ["POST"], middlewares: [validateAndTransformBody(VendorSaveSettings)] },
    {
      matcher: "/vendor/bookings",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(VendorListBookings, listVendorBookingsQueryConfig)],
    },
    { matcher: "/vendor/bookings/:id/complete", method: ["POST"], middlewares: [validateAndTransformBody(VendorCompleteBooking)] },
    { matcher: "/vendor/bookings/:id/no-show", method: ["POST"], middlewares: [validateAndTransformBody(VendorMarkNoShow)] },
    { matcher: "/vendor/bookings/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(VendorCancelBooking)] },
    {
      matcher: "/admin/bookings",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListBookings, listAdminBookingsQueryConfig)],
    },
    {
      matcher: "/admin/bookings/:id",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminRetrieveBooking, retrieveAdminBookingQueryConfig)],
    },
    { matcher: "/admin/bookings/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(AdminCancelBooking)] },
    {
      matcher: "/admin/practitioners",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListPractitioners, {})],
    },
    ...["approve", "reject", "suspend", "reinstate"].map((action) => ({
      matcher: `/admin/practitioners/:id/${action}`,
      method: ["POST" as const],
      middlewares: [validateAndTransformBody(AdminChangePractitionerStatus)],
    })),
    { matcher: "/admin/practitioners/:id/verify", method: ["POST"], middlewares: [validateAndTransformBody(AdminVerifyPractitioner)] },
    {
      matcher: "/admin/practitioners/:id/commission",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetPractitionerCommission)],
    },
    {
      matcher: "/admin/products/:id/practitioner",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetProductPractitioner)],
    },
    {
      matcher: "/admin/inventory/low-stock",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminLowStockParams, {})],
    },
    ...payoutRoutes,
    ...reviewRoutes,
    ...favouriteRoutes,
    ...supportRoutes,
    {
      matcher: "/hooks/payment/stripe_stripe",
      method: ["POST"],
      bodyParser: { preserveRawBody: true },
      middlewares: [verifyStripeWebhookMiddleware],
    },
  ],
})
