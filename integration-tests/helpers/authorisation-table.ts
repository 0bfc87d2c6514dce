import { readFileSync } from "fs"
import { join } from "path"
import { DEMO_WEEKLY_HOURS } from "../../src/scripts/seed/data/practitioners"
import { Actor, ACTORS, Fixtures, SUPPORT_NOTE, ZONE } from "./authorisation-fixtures"
import { nextWeekday } from "./sessions"

/**
 * The authorisation matrix: for every custom route, the path (filled from the
 * fixtures, per actor where it matters), the body, and the status each actor
 * must get. Resource routes always aim at customer A's or practitioner A's
 * records, so every other actor is trying someone else's.
 *
 * The rules the table encodes:
 * - A customer's own records (bookings) answer 404 to another customer, and
 *   401 to anyone who is not a logged-in customer.
 * - Carts and orders are capabilities, as in Medusa's own cart and order
 *   routes: whoever holds a cart's id may read and hold sessions in it, and
 *   whoever holds an order's id may read its sessions and calendar files (the
 *   guest's confirmation page). So those ids are private: no answer shows a
 *   cart or order id to anyone but its customer and staff.
 * - Vendor routes act on the authenticated practitioner's own records only:
 *   another practitioner's answer 404; pending and suspended practitioners get
 *   403 everywhere but /vendor/me; customers, staff and nobody get 401.
 * - /admin is staff only; everyone else gets 401.
 * - The directory, a listed practitioner's profile and free slots are public.
 */
export type RouteCase = {
  path: (fx: Fixtures, actor: Actor) => string
  body?: (fx: Fixtures, actor: Actor) => unknown
  expect: Record<Actor, number>
  /** What the route shows to whoever presents the cart or order id in the request: by the capability rule, not a leak. */
  reveals?: (fx: Fixtures) => string[]
}

/** Non-owners first, owners last, so an owner's change comes after everyone else was refused. */
export const CALL_ORDER: Actor[] = [
  "anonymous",
  "customerB",
  "practitionerB",
  "pending",
  "suspended",
  "customerA",
  "practitionerA",
  "staff",
]

const statuses = (given: Partial<Record<Actor, number>>, otherwise = 401) =>
  Object.fromEntries(ACTORS.map((actor) => [actor, given[actor] ?? otherwise])) as Record<Actor, number>
const everyone = (status: number) => statuses({}, status)
/** Customer A's own record: B is told it does not exist. */
const customerAOwns = (status: number) => statuses({ customerA: status, customerB: 404 })
/** The logged-in customer's own list. */
const anyCustomer = (status: number) => statuses({ customerA: status, customerB: status })
/** Any practitioner login, whatever its status. */
const anyPractitioner = (status: number) => statuses({ practitionerA: status, practitionerB: status, pending: status, suspended: status })
/** An approved practitioner acting on their own scope. */
const approvedSelf = (status: number) => statuses({ practitionerA: status, practitionerB: status, pending: 403, suspended: 403 })
/** Practitioner A's record: B is told it does not exist. */
const practitionerAOwns = (status: number) => ({ ...approvedSelf(status), practitionerB: 404 })
const staffOnly = (status: number) => statuses({ staff: status })
/** Practitioner A's record behind a route any practitioner login may use: every other is told it does not exist. */
const practitionerAOnly = (status: number) => ({ ...anyPractitioner(404), practitionerA: status })

const ACTOR_INDEX = Object.fromEntries(ACTORS.map((actor, index) => [actor, index])) as Record<Actor, number>

/** A distinct free hour for each actor's hold in practitioner A's week: Wednesdays and Thursdays, two to five weeks ahead. */
const holdStart = (fx: Fixtures, actor: Actor) => {
  const i = ACTOR_INDEX[actor]
  return nextWeekday(ZONE, 3 + (i % 2), fx.now, 14 + 7 * Math.floor(i / 2))
    .set({ hour: 10 })
    .toUTC()
    .toISO()!
}
/** Where customer A moves their session: next Friday afternoon. */
const rescheduleTo = (fx: Fixtures) => nextWeekday(ZONE, 5, fx.now).set({ hour: 14 }).toUTC().toISO()!
const laterSunday = (fx: Fixtures, days: number) => nextWeekday(ZONE, 7, fx.now, days)

const PNG = readFileSync(join(__dirname, "../../src/scripts/seed/images/rose-quartz.png"))
const avatarForm = () => {
  const form = new FormData()
  form.append("avatar", new Blob([new Uint8Array(PNG)]), "me.png")
  return form
}

/** A small text file to attach. */
const textForm = () => {
  const form = new FormData()
  form.append("file", new Blob([new TextEncoder().encode("Order 1234, paid twice")]), "note.txt")
  return form
}

const A = (fx: Fixtures) => fx.customers.A

export const MATRIX: Record<string, RouteCase> = {
  // Public reads.
  "GET /store/practitioners": { path: () => "/store/practitioners?limit=50", expect: everyone(200) },
  "GET /store/practitioners/:handle": {
    // Pending and suspended practitioners ask for their own profile: not listed.
    path: (fx, actor) =>
      `/store/practitioners/${actor === "pending" || actor === "suspended" ? fx.practitioners[actor].handle : fx.practitioners.A.handle}`,
    expect: { ...everyone(200), pending: 404, suspended: 404 },
  },
  "GET /store/events": { path: () => "/store/events?limit=50", expect: everyone(200) },
  "GET /store/events/:handle": { path: () => "/store/events/full-moon-sound-circle-durban", expect: everyone(200) },
  "GET /store/practitioners/:handle/slots": {
    path: (fx) => `/store/practitioners/${fx.practitioners.A.handle}/slots?variant_id=${fx.sessionA.variantId}`,
    expect: everyone(200),
  },

  // Capabilities: a cart's or an order's id.
  "GET /store/carts/:id/bookings": {
    path: (fx) => `/store/carts/${A(fx).cartId}/bookings`,
    expect: everyone(200),
    reveals: (fx) => [A(fx).holdId],
  },
  "POST /store/carts/:id/bookings": {
    path: (fx) => `/store/carts/${A(fx).cartId}/bookings`,
    body: (fx, actor) => ({ variant_id: fx.sessionA.variantId, starts_at: holdStart(fx, actor) }),
    expect: everyone(201),
    reveals: (fx) => [A(fx).id],
  },
  "GET /store/carts/:id/tickets": { path: (fx) => `/store/carts/${A(fx).cartId}/tickets`, expect: everyone(200) },
  "POST /store/carts/:id/tickets": {
    path: (fx) => `/store/carts/${A(fx).cartId}/tickets`,
    body: (fx, actor) => ({ variant_id: fx.ticketVariantA, attendees: [{ name: `Attendee of ${actor}` }] }),
    expect: everyone(201),
    reveals: (fx) => [A(fx).id],
  },
  "GET /store/orders/:id/tickets": { path: (fx) => `/store/orders/${A(fx).orderId}/tickets`, expect: everyone(200) },

  // A sold-out date's waitlist: anyone may join with an email; an offer's link is the capability to its seats.
  "POST /store/event-dates/:id/waitlist": {
    path: (fx) => `/store/event-dates/${fx.events.soldOutDateA}/waitlist`,
    body: (_fx, actor) => ({ email: `matrix-${actor.toLowerCase()}@example.com` }),
    expect: everyone(201),
  },
  "GET /store/waitlist-offers/:token": { path: (fx) => `/store/waitlist-offers/${fx.events.offerToken}`, expect: everyone(200) },
  "GET /store/customers/me/waitlist": { path: () => "/store/customers/me/waitlist", expect: anyCustomer(200) },
  "DELETE /store/customers/me/waitlist/:id": {
    path: (fx) => `/store/customers/me/waitlist/${fx.events.waitlistEntryA}`,
    expect: customerAOwns(200),
  },
  "GET /store/tickets/:id/calendar.ics": { path: (fx) => `/store/tickets/${fx.events.ticketA}/calendar.ics`, expect: customerAOwns(200) },
  "POST /store/tickets/:id/cancel": {
    // Customer A only asks for the quote (writes nothing); everyone else confirms.
    path: (fx) => `/store/tickets/${fx.events.ticketA}/cancel`,
    body: (_fx, actor) => (actor === "customerA" ? {} : { confirm: true }),
    expect: customerAOwns(200),
  },
  "GET /store/orders/:id/bookings": {
    path: (fx) => `/store/orders/${A(fx).orderId}/bookings`,
    expect: everyone(200),
    reveals: (fx) => [A(fx).bookingId],
  },
  "GET /store/bookings/:id/calendar.ics": {
    // Nobody logged in, with the order's id: the guest's confirmation page. Practitioner B tries another order's id.
    path: (fx, actor) =>
      `/store/bookings/${A(fx).bookingId}/calendar.ics` +
      (actor === "anonymous" ? `?order_id=${A(fx).orderId}` : actor === "practitionerB" ? `?order_id=${fx.customers.B.orderId}` : ""),
    expect: statuses({ anonymous: 200, customerA: 200 }, 404),
    reveals: (fx) => [A(fx).bookingId],
  },

  // A customer's own sessions.
  "GET /store/customers/me/bookings": { path: () => "/store/customers/me/bookings", expect: anyCustomer(200) },
  "GET /store/customers/me/tickets": { path: () => "/store/customers/me/tickets", expect: anyCustomer(200) },
  "GET /store/bookings/:id/slots": { path: (fx) => `/store/bookings/${A(fx).bookingId}/slots`, expect: customerAOwns(200) },
  "POST /store/bookings/:id/cancel": {
    // Customer A only asks for the quote (writes nothing); everyone else confirms.
    path: (fx) => `/store/bookings/${A(fx).bookingId}/cancel`,
    body: (_fx, actor) => (actor === "customerA" ? {} : { confirm: true, reason: "Not mine to cancel" }),
    expect: customerAOwns(200),
  },
  "POST /store/bookings/:id/reschedule": {
    path: (fx) => `/store/bookings/${A(fx).bookingId}/reschedule`,
    body: (fx) => ({ starts_at: rescheduleTo(fx) }),
    expect: customerAOwns(200),
  },

  // The practitioner's own profile, whatever their status.
  "GET /vendor/me": { path: () => "/vendor/me", expect: anyPractitioner(200) },
  "POST /vendor/me": { path: () => "/vendor/me", body: (_fx, actor) => ({ bio: `Edited as ${actor}.` }), expect: anyPractitioner(200) },
  "POST /vendor/me/avatar": { path: () => "/vendor/me/avatar", body: () => avatarForm(), expect: anyPractitioner(200) },
  "POST /vendor/practitioners": {
    // Every practitioner here already has a profile; a second application is refused.
    path: () => "/vendor/practitioners",
    body: () => ({ display_name: "Second Application", kind: "healer", timezone: ZONE }),
    expect: anyPractitioner(422),
  },

  // Approved practitioners' own offerings, hours and bookings.
  "GET /vendor/products": { path: () => "/vendor/products", expect: approvedSelf(200) },
  "POST /vendor/products": {
    path: () => "/vendor/products",
    body: (_fx, actor) => ({ title: `Offering of ${actor}`, durations: [{ minutes: 30, prices: { zar: 250 } }] }),
    expect: approvedSelf(201),
  },
  "POST /vendor/products/:id": {
    path: (fx) => `/vendor/products/${fx.productA}`,
    body: (_fx, actor) => ({ title: `Renamed by ${actor}` }),
    expect: practitionerAOwns(200),
  },
  "DELETE /vendor/products/:id": { path: (fx) => `/vendor/products/${fx.productToDeleteA}`, expect: practitionerAOwns(200) },
  "GET /vendor/schedule": { path: () => "/vendor/schedule", expect: approvedSelf(200) },
  "PUT /vendor/schedule/weekly": {
    path: () => "/vendor/schedule/weekly",
    body: () => ({ rules: DEMO_WEEKLY_HOURS }),
    expect: approvedSelf(200),
  },
  "POST /vendor/schedule/weekly": {
    path: () => "/vendor/schedule/weekly",
    body: () => ({ rules: DEMO_WEEKLY_HOURS }),
    expect: approvedSelf(200),
  },
  "POST /vendor/schedule/overrides": {
    path: () => "/vendor/schedule/overrides",
    body: (fx) => ({ date: laterSunday(fx, 47).toISODate(), intervals: [] }),
    expect: approvedSelf(200),
  },
  "DELETE /vendor/schedule/overrides/:date": {
    path: (fx) => `/vendor/schedule/overrides/${fx.overrideDateA}`,
    expect: practitionerAOwns(200),
  },
  "POST /vendor/schedule/time-off": {
    path: () => "/vendor/schedule/time-off",
    body: (fx) => ({ starts_at: laterSunday(fx, 54).toUTC().toISO(), ends_at: laterSunday(fx, 54).plus({ hours: 5 }).toUTC().toISO() }),
    expect: approvedSelf(201),
  },
  "DELETE /vendor/schedule/time-off/:id": { path: (fx) => `/vendor/schedule/time-off/${fx.timeOffA.id}`, expect: practitionerAOwns(200) },
  "POST /vendor/schedule/settings": {
    path: () => "/vendor/schedule/settings",
    body: () => ({ slot_step_minutes: 30 }),
    expect: approvedSelf(200),
  },
  "GET /vendor/bookings": { path: () => "/vendor/bookings", expect: approvedSelf(200) },
  // A ticket to an event practitioner A hosts: another host is told no such ticket exists.
  "POST /vendor/check-in": {
    path: () => "/vendor/check-in",
    body: (fx) => ({ code: fx.ticketCodes.host }),
    expect: practitionerAOwns(200),
  },
  "GET /vendor/events": { path: () => "/vendor/events", expect: approvedSelf(200) },
  "POST /vendor/events": {
    path: () => "/vendor/events",
    body: (fx, actor) => ({
      title: `Circle of ${actor}`,
      kind: "circle",
      format: "online",
      online_url: "https://meet.example.com/circle",
      timezone: ZONE,
      dates: [
        {
          starts_at: laterSunday(fx, 61).set({ hour: 18 }).toUTC().toISO(),
          ends_at: laterSunday(fx, 61).set({ hour: 20 }).toUTC().toISO(),
          capacity: 12,
        },
      ],
      ticket_types: [{ name: "General", prices: { zar: 150 } }],
    }),
    expect: approvedSelf(201),
  },
  "GET /vendor/events/:id": { path: (fx) => `/vendor/events/${fx.events.eventA}`, expect: practitionerAOwns(200) },
  "POST /vendor/events/:id": {
    path: (fx) => `/vendor/events/${fx.events.eventA}`,
    body: (_fx, actor) => ({ description: `Edited as ${actor}.` }),
    expect: practitionerAOwns(200),
  },
  "POST /vendor/events/dates/:id": {
    path: (fx) => `/vendor/events/dates/${fx.events.capacityDateA}`,
    body: () => ({ capacity: 25 }),
    expect: practitionerAOwns(200),
  },
  "POST /vendor/events/:id/dates": {
    path: (fx) => `/vendor/events/${fx.events.eventA}/dates`,
    // Each actor a different day, so no two added dates overlap.
    body: (fx, actor) => ({
      starts_at: laterSunday(fx, 70 + 7 * ACTOR_INDEX[actor])
        .set({ hour: 18 })
        .toUTC()
        .toISO(),
      ends_at: laterSunday(fx, 70 + 7 * ACTOR_INDEX[actor])
        .set({ hour: 20 })
        .toUTC()
        .toISO(),
      capacity: 15,
    }),
    expect: { ...practitionerAOwns(201) },
  },
  "POST /vendor/events/ticket-types/:id": {
    path: (fx) => `/vendor/events/ticket-types/${fx.events.ticketTypeA}`,
    body: () => ({ per_order_limit: 5 }),
    expect: practitionerAOwns(200),
  },
  "GET /vendor/events/dates/:id/attendees": {
    path: (fx) => `/vendor/events/dates/${fx.events.soldOutDateA}/attendees`,
    expect: practitionerAOwns(200),
  },
  "POST /vendor/events/dates/:id/cancel": {
    path: (fx) => `/vendor/events/dates/${fx.events.dateToCancelA}/cancel`,
    body: () => ({ reason: "The venue is closed" }),
    expect: practitionerAOwns(200),
  },
  "POST /vendor/bookings/:id/complete": { path: (fx) => `/vendor/bookings/${fx.startedA}/complete`, expect: practitionerAOwns(200) },
  "POST /vendor/bookings/:id/no-show": { path: (fx) => `/vendor/bookings/${fx.noShowA}/no-show`, expect: practitionerAOwns(200) },
  "POST /vendor/bookings/:id/cancel": {
    // Customer A's placed (and by now moved) session: its answer would carry the order and cart if a practitioner could see them.
    path: (fx) => `/vendor/bookings/${A(fx).bookingId}/cancel`,
    body: () => ({ reason: "Unwell" }),
    expect: practitionerAOwns(200),
  },

  // Staff.
  "GET /admin/bookings": { path: () => "/admin/bookings", expect: staffOnly(200) },
  "GET /admin/bookings/:id": { path: (fx) => `/admin/bookings/${A(fx).bookingId}`, expect: staffOnly(200) },
  "POST /admin/bookings/:id/cancel": {
    path: (fx) => `/admin/bookings/${fx.staffCancelA}/cancel`,
    body: () => ({ reason: "Practitioner unwell" }),
    expect: staffOnly(200),
  },
  "GET /admin/inventory/low-stock": { path: () => "/admin/inventory/low-stock", expect: staffOnly(200) },
  "POST /admin/events/check-in": {
    path: () => "/admin/events/check-in",
    body: (fx) => ({ code: fx.ticketCodes.staff }),
    expect: staffOnly(200),
  },
  "GET /admin/events": { path: () => "/admin/events", expect: staffOnly(200) },
  "GET /admin/orders/:id/tickets": { path: (fx) => `/admin/orders/${A(fx).orderId}/tickets`, expect: staffOnly(200) },
  "GET /admin/events/:id": { path: (fx) => `/admin/events/${fx.events.eventA}`, expect: staffOnly(200) },
  "POST /admin/events/dates/:id": {
    path: (fx) => `/admin/events/dates/${fx.events.capacityDateA}`,
    body: () => ({ capacity: 30 }),
    expect: staffOnly(200),
  },
  "POST /admin/events/:id/dates": {
    path: (fx) => `/admin/events/${fx.events.eventA}/dates`,
    body: (fx) => ({
      starts_at: laterSunday(fx, 140).set({ hour: 18 }).toUTC().toISO(),
      ends_at: laterSunday(fx, 140).set({ hour: 20 }).toUTC().toISO(),
      capacity: 15,
    }),
    expect: staffOnly(201),
  },
  "POST /admin/events/ticket-types/:id": {
    path: (fx) => `/admin/events/ticket-types/${fx.events.ticketTypeA}`,
    body: () => ({ per_order_limit: 6 }),
    expect: staffOnly(200),
  },
  "GET /admin/events/dates/:id/attendees": {
    path: (fx) => `/admin/events/dates/${fx.events.soldOutDateA}/attendees?format=csv`,
    expect: staffOnly(200),
  },
  "POST /admin/events/dates/:id/cancel": {
    // After practitioner A cancelled it: staff finish what is left (nothing), safely.
    path: (fx) => `/admin/events/dates/${fx.events.dateToCancelA}/cancel`,
    body: () => ({ reason: "The venue is closed" }),
    expect: staffOnly(200),
  },
  "POST /admin/events/tickets/:id/cancel": {
    path: (fx) => `/admin/events/tickets/${fx.events.staffTicketA}/cancel`,
    body: () => ({}),
    expect: staffOnly(200),
  },
  "GET /admin/practitioners": { path: () => "/admin/practitioners?limit=100", expect: staffOnly(200) },
  "GET /admin/practitioners/:id": { path: (fx) => `/admin/practitioners/${fx.practitioners.A.id}`, expect: staffOnly(200) },
  "POST /admin/practitioners/:id/approve": { path: (fx) => `/admin/practitioners/${fx.toApprove}/approve`, expect: staffOnly(200) },
  "POST /admin/practitioners/:id/reject": {
    path: (fx) => `/admin/practitioners/${fx.toReject}/reject`,
    body: () => ({ reason: "Incomplete application" }),
    expect: staffOnly(200),
  },
  "POST /admin/practitioners/:id/suspend": {
    path: (fx) => `/admin/practitioners/${fx.toSuspend}/suspend`,
    body: () => ({ reason: "Complaint under review" }),
    expect: staffOnly(200),
  },
  "POST /admin/practitioners/:id/reinstate": { path: (fx) => `/admin/practitioners/${fx.toSuspend}/reinstate`, expect: staffOnly(200) },
  "POST /admin/practitioners/:id/verify": { path: (fx) => `/admin/practitioners/${fx.toVerify}/verify`, expect: staffOnly(200) },
  "POST /admin/practitioners/:id/commission": {
    path: (fx) => `/admin/practitioners/${fx.toVerify}/commission`,
    body: () => ({ rate_bps: 2000 }),
    expect: staffOnly(200),
  },
  "GET /vendor/earnings": { path: () => "/vendor/earnings", expect: anyPractitioner(200) },
  "GET /vendor/earnings/entries": { path: () => "/vendor/earnings/entries", expect: anyPractitioner(200) },
  "GET /vendor/earnings/payouts": { path: () => "/vendor/earnings/payouts", expect: anyPractitioner(200) },
  "GET /vendor/earnings/payouts/:id": {
    path: (fx) => `/vendor/earnings/payouts/${fx.payouts.payoutA}`,
    expect: { ...anyPractitioner(404), practitionerA: 200 },
  },
  "GET /vendor/earnings/payouts/:id/statement": {
    path: (fx) => `/vendor/earnings/payouts/${fx.payouts.payoutA}/statement`,
    expect: { ...anyPractitioner(404), practitionerA: 200 },
  },
  // Stripe is not configured here: an approved practitioner is told so (payouts are by bank transfer).
  "POST /vendor/earnings/stripe-onboarding": { path: () => "/vendor/earnings/stripe-onboarding", expect: approvedSelf(400) },
  "GET /admin/payouts": { path: () => "/admin/payouts", expect: staffOnly(200) },
  "GET /admin/payouts/:id": { path: (fx) => `/admin/payouts/${fx.payouts.payoutA}`, expect: staffOnly(200) },
  "GET /admin/payouts/:id/statement": { path: (fx) => `/admin/payouts/${fx.payouts.payoutA}/statement`, expect: staffOnly(200) },
  "POST /admin/payouts/:id/mark-paid": {
    path: (fx) => `/admin/payouts/${fx.payouts.payoutA}/mark-paid`,
    body: () => ({ reference: "EFT-MATRIX-1" }),
    expect: staffOnly(200),
  },
  "GET /admin/payout-runs": { path: () => "/admin/payout-runs", expect: staffOnly(200) },
  "POST /admin/payout-runs": {
    path: () => "/admin/payout-runs",
    body: (fx) => ({ practitioner_id: fx.practitioners.B.id }),
    expect: staffOnly(201),
  },
  "GET /admin/payout-balances": { path: () => "/admin/payout-balances", expect: staffOnly(200) },
  "GET /admin/payout-balances/owed": { path: () => "/admin/payout-balances/owed", expect: staffOnly(200) },
  "GET /admin/commission-rules": { path: () => "/admin/commission-rules", expect: staffOnly(200) },
  "POST /admin/commission-rules": {
    path: () => "/admin/commission-rules",
    body: (fx) => ({ practitioner_id: fx.practitioners.B.id, rate_bps: 1800 }),
    expect: staffOnly(201),
  },
  "DELETE /admin/commission-rules/:id": { path: (fx) => `/admin/commission-rules/${fx.payouts.ruleToDelete}`, expect: staffOnly(200) },
  "GET /admin/practitioners/:id/ledger": { path: (fx) => `/admin/practitioners/${fx.practitioners.A.id}/ledger`, expect: staffOnly(200) },
  "POST /admin/practitioners/:id/ledger-adjustments": {
    path: (fx) => `/admin/practitioners/${fx.practitioners.A.id}/ledger-adjustments`,
    body: () => ({ currency_code: "zar", amount: "-5.00", reason: "Matrix correction" }),
    expect: staffOnly(201),
  },
  "GET /admin/orders/:id/earnings": { path: (fx) => `/admin/orders/${fx.customers.A.orderId}/earnings`, expect: staffOnly(200) },
  "POST /admin/earnings/:id/release": { path: (fx) => `/admin/earnings/${fx.payouts.heldEarningA}/release`, expect: staffOnly(200) },
  "GET /store/reviews": {
    path: (fx) => `/store/reviews?target_type=practitioner&target_id=${fx.practitioners.A.id}`,
    expect: everyone(200),
  },
  "POST /store/reviews": {
    path: () => "/store/reviews",
    body: (fx) => ({ purchase_type: "booking", purchase_id: fx.reviews.sessionToReview, rating: 5 }),
    expect: customerAOwns(201),
  },
  "POST /store/reviews/:id": {
    path: (fx) => `/store/reviews/${fx.reviews.toEdit}`,
    body: () => ({ rating: 3 }),
    expect: customerAOwns(200),
  },
  "DELETE /store/reviews/:id": { path: (fx) => `/store/reviews/${fx.reviews.toDelete}`, expect: customerAOwns(200) },
  // Anyone logged in may report or vote on a published review; its author may not.
  "POST /store/reviews/:id/report": {
    path: (fx) => `/store/reviews/${fx.reviews.published}/report`,
    body: () => ({ reason: "Matrix report" }),
    expect: statuses({ customerA: 400, customerB: 200 }),
  },
  "POST /store/reviews/:id/helpful": {
    path: (fx) => `/store/reviews/${fx.reviews.published}/helpful`,
    expect: statuses({ customerA: 400, customerB: 200 }),
  },
  "GET /store/customers/me/reviewable": { path: () => "/store/customers/me/reviewable", expect: anyCustomer(200) },
  "GET /store/customers/me/favourites": { path: () => "/store/customers/me/favourites", expect: anyCustomer(200) },
  "POST /store/customers/me/favourites": {
    path: () => "/store/customers/me/favourites",
    body: (fx) => ({ target_type: "practitioner", target_id: fx.practitioners.B.id }),
    expect: anyCustomer(201),
  },
  "POST /store/customers/me/favourites/:id": {
    path: (fx) => `/store/customers/me/favourites/${fx.favourites.toChange}`,
    body: () => ({ notify: true }),
    expect: customerAOwns(200),
  },
  "DELETE /store/customers/me/favourites/:id": {
    path: (fx) => `/store/customers/me/favourites/${fx.favourites.toRemove}`,
    expect: customerAOwns(200),
  },
  "GET /vendor/reviews": { path: () => "/vendor/reviews", expect: approvedSelf(200) },
  "POST /vendor/reviews/:id/reply": {
    path: (fx) => `/vendor/reviews/${fx.reviews.published}/reply`,
    body: () => ({ body: "Thank you for coming." }),
    expect: practitionerAOwns(200),
  },
  "POST /vendor/reviews/:id/report": {
    path: (fx) => `/vendor/reviews/${fx.reviews.published}/report`,
    body: () => ({ reason: "Matrix report by the practitioner" }),
    expect: practitionerAOwns(200),
  },
  "GET /admin/reviews": { path: () => "/admin/reviews?status=published", expect: staffOnly(200) },
  "POST /admin/reviews/approve": {
    path: () => "/admin/reviews/approve",
    body: (fx) => ({ ids: [fx.reviews.toBulkApprove] }),
    expect: staffOnly(200),
  },
  "POST /admin/reviews/:id/approve": { path: (fx) => `/admin/reviews/${fx.reviews.toModerate}/approve`, expect: staffOnly(200) },
  "POST /admin/reviews/:id/reject": {
    path: (fx) => `/admin/reviews/${fx.reviews.toReject}/reject`,
    body: () => ({ reason: "off_topic" }),
    expect: staffOnly(200),
  },
  "POST /admin/reviews/:id/hide": {
    path: (fx) => `/admin/reviews/${fx.reviews.toHide}/hide`,
    body: () => ({ reason: "spam" }),
    expect: staffOnly(200),
  },
  "POST /admin/reviews/:id/reply": {
    path: (fx) => `/admin/reviews/${fx.reviews.withReply}/reply`,
    body: () => ({ decision: "approve" }),
    expect: staffOnly(200),
  },
  "GET /admin/audit-entries": { path: () => "/admin/audit-entries?actor_type=user&limit=20", expect: staffOnly(200) },
  "GET /admin/audit-entries/export": {
    path: (fx) =>
      `/admin/audit-entries/export?format=csv&from=${new Date(fx.now.getTime() - 86_400_000).toISOString()}&to=${new Date(fx.now.getTime() + 86_400_000).toISOString()}`,
    expect: staffOnly(200),
  },
  "GET /vendor/history": { path: () => "/vendor/history", expect: approvedSelf(200) },
  // Support: a requester's own requests; a practitioner's own and those staff added them to; staff's inbox.
  "GET /store/support-requests": { path: () => "/store/support-requests", expect: anyCustomer(200) },
  "POST /store/support-requests": {
    path: () => "/store/support-requests",
    body: () => ({ subject: "Matrix help", category: "other", body: "Please help" }),
    expect: anyCustomer(201),
  },
  "GET /store/support-requests/:id": { path: (fx) => `/store/support-requests/${fx.support.request}`, expect: customerAOwns(200) },
  "POST /store/support-requests/:id/messages": {
    path: (fx) => `/store/support-requests/${fx.support.request}/messages`,
    body: () => ({ body: "More detail" }),
    expect: customerAOwns(201),
  },
  "POST /store/support-requests/:id/close": {
    path: (fx) => `/store/support-requests/${fx.support.toClose}/close`,
    expect: customerAOwns(200),
  },
  "GET /store/support-requests/:id/attachments/:attachment_id": {
    path: (fx) => `/store/support-requests/${fx.support.request}/attachments/${fx.support.attachment}`,
    expect: customerAOwns(200),
  },
  "POST /store/support-attachments": { path: () => "/store/support-attachments", body: () => textForm(), expect: anyCustomer(201) },
  "GET /vendor/support-requests": { path: () => "/vendor/support-requests", expect: anyPractitioner(200) },
  "POST /vendor/support-requests": {
    path: () => "/vendor/support-requests",
    body: () => ({ subject: "Matrix help", category: "account", body: "Please help" }),
    expect: anyPractitioner(201),
  },
  "GET /vendor/support-requests/:id": { path: (fx) => `/vendor/support-requests/${fx.support.request}`, expect: practitionerAOnly(200) },
  "POST /vendor/support-requests/:id/messages": {
    path: (fx) => `/vendor/support-requests/${fx.support.request}/messages`,
    body: () => ({ body: "The practitioner answers" }),
    expect: practitionerAOnly(201),
  },
  "POST /vendor/support-requests/:id/close": {
    path: (fx) => `/vendor/support-requests/${fx.support.vendorRequest}/close`,
    expect: practitionerAOnly(200),
  },
  "GET /vendor/support-requests/:id/attachments/:attachment_id": {
    path: (fx) => `/vendor/support-requests/${fx.support.request}/attachments/${fx.support.attachment}`,
    expect: practitionerAOnly(200),
  },
  "POST /vendor/support-attachments": { path: () => "/vendor/support-attachments", body: () => textForm(), expect: anyPractitioner(201) },
  "GET /admin/support-requests": { path: () => "/admin/support-requests", expect: staffOnly(200) },
  "GET /admin/support-requests/:id": { path: (fx) => `/admin/support-requests/${fx.support.request}`, expect: staffOnly(200) },
  "POST /admin/support-requests/:id": {
    path: (fx) => `/admin/support-requests/${fx.support.request}`,
    body: () => ({ priority: "high" }),
    expect: staffOnly(200),
  },
  "POST /admin/support-requests/:id/messages": {
    path: (fx) => `/admin/support-requests/${fx.support.request}/messages`,
    body: () => ({ body: "Staff answer" }),
    expect: staffOnly(201),
  },
  "POST /admin/support-requests/:id/participants": {
    path: (fx) => `/admin/support-requests/${fx.support.request}/participants`,
    body: (fx) => ({ practitioner_id: fx.practitioners.A.id }),
    expect: staffOnly(200),
  },
  "GET /admin/support-requests/:id/attachments/:attachment_id": {
    path: (fx) => `/admin/support-requests/${fx.support.request}/attachments/${fx.support.attachment}`,
    expect: staffOnly(200),
  },
  "POST /admin/support-attachments": { path: () => "/admin/support-attachments", body: () => textForm(), expect: staffOnly(201) },
  "GET /admin/support-canned-replies": { path: () => "/admin/support-canned-replies", expect: staffOnly(200) },
  "POST /admin/support-canned-replies": {
    path: () => "/admin/support-canned-replies",
    body: () => ({ title: "Matrix", body: "Thanks for writing" }),
    expect: staffOnly(201),
  },
  "DELETE /admin/support-canned-replies/:id": {
    path: (fx) => `/admin/support-canned-replies/${fx.support.cannedToDelete}`,
    expect: staffOnly(200),
  },
  // Signed by Stripe or refused, whoever calls (the secret is not configured here).
  "POST /hooks/stripe-connect": {
    path: () => "/hooks/stripe-connect",
    body: () => ({ id: "evt_1", type: "transfer.paid" }),
    expect: everyone(400),
  },
  "GET /admin/products/:id/practitioner": { path: (fx) => `/admin/products/${fx.productA}/practitioner`, expect: staffOnly(200) },
  "POST /admin/products/:id/practitioner": {
    path: (fx) => `/admin/products/${fx.productA}/practitioner`,
    body: (fx) => ({ practitioner_id: fx.practitioners.A.id }),
    expect: staffOnly(200),
  },
}

/** A private value and who may see it. */
export type Secret = { label: string; value: string; seenBy: Actor[] }

/**
 * Every actor's private identifiers and personal data, with who may see each:
 * the owner and staff, and a customer's practitioner for what the booking
 * needs (their id, name and booking ids, never their email, cart or order).
 * Practitioners' ids, names and handles are public (public-profile.ts), but
 * not those of a pending or suspended one; their emails and addresses are not.
 */
export function privateValues(fx: Fixtures): Secret[] {
  const secrets: Secret[] = []
  const add = (label: string, value: string, seenBy: Actor[]) => {
    if (!value) throw new Error(`The fixtures lack ${label}`)
    secrets.push({ label, value, seenBy })
  }
  for (const key of ["A", "B"] as const) {
    const customer: Actor = key === "A" ? "customerA" : "customerB"
    const practitioner: Actor = key === "A" ? "practitionerA" : "practitionerB"
    const c = fx.customers[key]
    add(`customer ${key}'s id`, c.id, [customer, "staff", practitioner])
    add(`customer ${key}'s email`, c.email, [customer, "staff"])
    add(`customer ${key}'s name`, c.lastName, [customer, "staff", practitioner])
    add(`customer ${key}'s order id`, c.orderId, [customer, "staff"])
    add(`customer ${key}'s cart id`, c.cartId, [customer, "staff"])
    add(`customer ${key}'s checkout cart id`, c.checkoutCartId, [customer, "staff"])
    add(`customer ${key}'s booking id`, c.bookingId, [customer, "staff", practitioner])
    add(`customer ${key}'s hold id`, c.holdId, [customer, "staff", practitioner])
    add(`customer ${key}'s meeting link`, fx.meetingUrls[key], [customer, "staff", practitioner])
  }
  for (const id of [fx.startedA, fx.noShowA, fx.staffCancelA]) add("a booking of customer A", id, ["customerA", "staff", "practitionerA"])
  for (const who of ["A", "B", "pending", "suspended"] as const) {
    const actor: Actor = who === "A" ? "practitionerA" : who === "B" ? "practitionerB" : who
    add(`practitioner ${who}'s email`, fx.practitioners[who].email, [actor, "staff"])
  }
  add("the pending practitioner's id", fx.practitioners.pending.id, ["pending", "staff"])
  add("the suspended practitioner's id", fx.practitioners.suspended.id, ["suspended", "staff"])
  add("practitioner A's service address", fx.serviceAddressA, ["practitionerA", "staff", "customerA"])
  add("practitioner A's time off", fx.timeOffA.id, ["practitionerA", "staff"])
  add("practitioner A's time-off reason", fx.timeOffA.reason, ["practitionerA", "staff"])
  add("staff's internal support note", SUPPORT_NOTE, ["staff"])
  return secrets
}
