import type { AxiosInstance } from "axios"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DateTime } from "luxon"
import { BOOKING_MODULE } from "../../src/modules/booking"
import BookingModuleService from "../../src/modules/booking/service"
import { EVENT_MODULE } from "../../src/modules/event"
import { newCheckInCode } from "../../src/modules/event/check-in-code"
import EventModuleService from "../../src/modules/event/service"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import PractitionerModuleService from "../../src/modules/practitioner/service"
import { PAYOUT_MODULE } from "../../src/modules/payout"
import type PayoutModuleService from "../../src/modules/payout/service"
import { saveFavouriteWorkflow } from "../../src/workflows/favourite/workflows/save-favourite"
import { replyToReviewWorkflow } from "../../src/workflows/review/workflows/reply-to-review"
import { submitReviewWorkflow } from "../../src/workflows/review/workflows/submit-review"
import { openSupportRequestWorkflow } from "../../src/workflows/support/workflows/open-support-request"
import { postSupportMessageWorkflow } from "../../src/workflows/support/workflows/post-support-message"
import { addSupportParticipantWorkflow } from "../../src/workflows/support/workflows/change-support-request"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type SupportModuleService from "../../src/modules/support/service"
import { adminHeaders, DemoStore } from "./demo-store"
import { newOfferToken } from "../../src/lib/events/waitlist"
import { fullMoonCircle, putOnEvent } from "./events"
import { demoPractitionerToken } from "./practitioner-login"
import { nextWeekday, sessionVariant } from "./sessions"
import { DURBAN_ADDRESS } from "./store-checkout"
import { waitFor } from "./wait-for"

/** Everyone the authorisation matrix calls each route as. */
export const ACTORS = ["anonymous", "customerA", "customerB", "practitionerA", "practitionerB", "pending", "suspended", "staff"] as const
export type Actor = (typeof ACTORS)[number]

export const ZONE = "Africa/Johannesburg"
const HOUR = 3_600_000

export type Practitioner = { id: string; handle: string; email: string }

export type Fixtures = {
  now: Date
  tokens: Partial<Record<Actor, string>>
  customers: Record<
    "A" | "B",
    {
      id: string
      email: string
      lastName: string
      orderId: string
      bookingId: string
      cartId: string
      holdId: string
      checkoutCartId: string
    }
  >
  practitioners: { A: Practitioner; B: Practitioner; pending: Practitioner; suspended: Practitioner }
  /** Practitioner A's session offering (60 minutes) that holds use. */
  sessionA: { variantId: string; productId: string; practitionerId: string }
  /** Practitioner A's own offerings: one to edit, one to delete. */
  productA: string
  productToDeleteA: string
  timeOffA: { id: string; reason: string }
  overrideDateA: string
  serviceAddressA: string
  /** Practitioner A's bookings of customer A, written through the booking module: two that have started, one for staff to cancel. */
  startedA: string
  noShowA: string
  staffCancelA: string
  /** Practitioners only staff act on: an applicant to approve, one to reject, an approved one to suspend/reinstate, verify and set commission. */
  toApprove: string
  toReject: string
  toSuspend: string
  toVerify: string
  /** Meeting links of the placed (online) bookings. */
  meetingUrls: Record<"A" | "B", string>
  /** Check-in codes of tickets to an event practitioner A hosts, on now: one for the host's door, one for staff's. */
  ticketCodes: { host: string; staff: string }
  /** A ticket on sale (an event practitioner A hosts, two months ahead) that carts can hold seats of. */
  ticketVariantA: string
  /** The waitlist and cancellations of practitioner A's events (see `waitlistAndCancellationsOf`), and a date on sale whose capacity changes. */
  events: Awaited<ReturnType<typeof waitlistAndCancellationsOf>> & { capacityDateA: string }
  /** Practitioner A's money: a manual payout waiting for staff, a held earning (a no-show) and a commission rule to delete. */
  payouts: Awaited<ReturnType<typeof payoutsOf>>
  /** Customer A's saved practitioner A (to change) and saved event (to remove). */
  favourites: { toChange: string; toRemove: string }
  /** Customer A's support requests (one about their session, with practitioner A added and a file in it), practitioner A's own, a canned reply. */
  support: Awaited<ReturnType<typeof supportOf>>
  /** Customer A's reviews of practitioner A's sessions, one per route that acts on a review, and a completed session not reviewed yet. */
  reviews: Awaited<ReturnType<typeof reviewsOf>>
}

type Api = AxiosInstance

/** A request as an actor: the publishable key always (it is a browser's), their bearer token when they have one; 4xx returned. */
export function requestAs(api: Api, store: DemoStore, token?: string) {
  return (method: string, url: string, data?: unknown) =>
    api.request({
      method,
      url,
      data,
      headers: { "x-publishable-api-key": store.publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      validateStatus: () => true,
    })
}

const APPLICATION = {
  kind: "healer",
  bio: "Applicant used by the authorisation matrix.",
  timezone: ZONE,
  meeting_modes: ["online"],
}

/**
 * Seeds everyone the matrix needs, through the routes a real user would use:
 * two customers with a placed order (a crystal and a confirmed session each)
 * and an open cart with a hold; practitioners A and B with their own offering
 * and time off; a pending and a suspended practitioner; staff.
 */
export async function buildFixtures(api: Api, container: MedusaContainer, store: DemoStore): Promise<Fixtures> {
  const now = new Date()
  const staffToken = (await adminHeaders(api)).headers.authorization.slice("Bearer ".length)
  const staff = requestAs(api, store, staffToken)
  const practitioners = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
  const byEmail = async (email: string): Promise<Practitioner> => {
    const [p] = await practitioners.listPractitioners({ email })
    return { id: p.id, handle: p.handle, email }
  }

  const [A, B, pending, suspended] = await Promise.all(
    ["nomvula@avenrae.test", "thabo@avenrae.test", "hannah@avenrae.test", "kwame@avenrae.test"].map(byEmail)
  )
  expectStatus(await staff("post", `/admin/practitioners/${suspended.id}/suspend`, { reason: "Complaint under review" }), 200)
  const toApprove = (await byEmail("jacques@avenrae.test")).id
  const toReject = await applicant(api, "matrix-reject@example.com", "Matrix Rejected Applicant")
  const toSuspend = (await byEmail("ayesha@avenrae.test")).id
  const toVerify = (await byEmail("lindiwe@avenrae.test")).id

  const tokens: Fixtures["tokens"] = { staff: staffToken }
  for (const [actor, who] of [
    ["practitionerA", A],
    ["practitionerB", B],
    ["pending", pending],
    ["suspended", suspended],
  ] as const) {
    tokens[actor] = await demoPractitionerToken(api, who.email)
  }
  const asA = requestAs(api, store, tokens.practitionerA)
  const serviceAddressA = "12 Matrix Lane, Morningside, Durban"
  expectStatus(await asA("post", "/vendor/me", { service_address: serviceAddressA, meeting_modes: ["in_person", "online"] }), 200)
  const offering = { title: "Matrix reading", durations: [{ minutes: 45, prices: { zar: 400 } }] }
  const productA = expectStatus(await asA("post", "/vendor/products", offering), 201).product.id
  const productToDeleteA = expectStatus(await asA("post", "/vendor/products", { ...offering, title: "Matrix spare" }), 201).product.id
  const far = nextWeekday(ZONE, 6, now, 40)
  const takeDayOff = async (as: ReturnType<typeof requestAs>, reason: string) =>
    expectStatus(
      await as("post", "/vendor/schedule/time-off", {
        starts_at: far.toUTC().toISO(),
        ends_at: far.plus({ days: 1 }).toUTC().toISO(),
        reason,
      }),
      201
    ).time_off.id as string
  const timeOffReason = "Private family matter (matrix)"
  const timeOffA = await takeDayOff(asA, timeOffReason)
  const overrideDateA = nextWeekday(ZONE, 7, now, 40).toISODate()!
  expectStatus(await asA("post", "/vendor/schedule/overrides", { date: overrideDateA, intervals: [] }), 200)
  await takeDayOff(requestAs(api, store, tokens.practitionerB), "Practitioner B's own time off")

  const customers = {} as Fixtures["customers"]
  const meetingUrls = {} as Fixtures["meetingUrls"]
  for (const [key, first, handle, hour] of [
    ["A", "Amahle", A.handle, 9],
    ["B", "Bongani", B.handle, 10],
  ] as const) {
    const email = `${first.toLowerCase()}.matrix@example.com`
    const lastName = `Matrix${key === "A" ? "Alpha" : "Beta"}kin`
    const { token, id } = await newCustomer(api, store, email, first, lastName)
    tokens[key === "A" ? "customerA" : "customerB"] = token
    const placed = await placeSessionOrder(api, container, store, token, handle, nextWeekday(ZONE, 2, now).set({ hour }), email)
    const open = await openCartWithHold(api, container, store, token, handle, nextWeekday(ZONE, 2, now).set({ hour: 14 }))
    customers[key] = { id, email, lastName, ...placed, ...open }
    meetingUrls[key] = placed.meetingUrl
  }

  const session = await sessionVariant(container, A.handle, 60)
  const onSale = await putOnEvent(container, fullMoonCircle(now, A.id, { handle: `matrix-sale-${now.getTime()}` }), now)
  const written = (start: Date) => writeConfirmedBooking(container, session, customers.A.id, start)
  const monday = nextWeekday(ZONE, 1, now, 9)
  return {
    now,
    tokens,
    customers,
    practitioners: { A, B, pending, suspended },
    sessionA: session,
    productA,
    productToDeleteA,
    timeOffA: { id: timeOffA, reason: timeOffReason },
    overrideDateA,
    serviceAddressA,
    startedA: await written(new Date(now.getTime() - HOUR / 2)),
    noShowA: await written(new Date(now.getTime() - 3 * HOUR)),
    staffCancelA: await written(monday.set({ hour: 11 }).toJSDate()),
    toApprove,
    toReject,
    toSuspend,
    toVerify,
    meetingUrls,
    ticketCodes: await eventTicketsOf(container, A.id, now),
    ticketVariantA: onSale.variant(1, 0),
    events: { ...(await waitlistAndCancellationsOf(container, A.id, customers.A.id, now)), capacityDateA: onSale.dates[0].id },
    payouts: await payoutsOf(container, A.id, customers.A.orderId, now),
    reviews: await reviewsOf(container, session, customers.A, now),
    support: await supportOf(container, customers.A, A.id, now),
    favourites: {
      toChange: (
        await saveFavouriteWorkflow(container).run({ input: { customer_id: customers.A.id, target_type: "practitioner", target_id: A.id } })
      ).result.favourite.id,
      toRemove: (
        await saveFavouriteWorkflow(container).run({
          input: { customer_id: customers.A.id, target_type: "event", target_id: onSale.event.id },
        })
      ).result.favourite.id,
    },
  }
}

/**
 * Customer A's completed sessions with practitioner A (written through the
 * booking module, days in the past, on customer A's order) and their
 * reviews, written through the review workflows: published ones to edit,
 * delete, report, vote on and reply to, one whose reply waits for staff, and
 * one session left to review.
 */
async function reviewsOf(
  container: MedusaContainer,
  session: { variantId: string; productId: string; practitionerId: string },
  customer: { id: string; orderId: string },
  now: Date
) {
  const DAY = 24 * HOUR
  const names = ["toReview", "toEdit", "toDelete", "published", "toModerate", "toReject", "toHide", "toBulkApprove", "withReply"] as const
  const bookings = container.resolve<BookingModuleService>(BOOKING_MODULE)
  const ids = {} as Record<(typeof names)[number], string>
  for (const [i, name] of names.entries()) {
    const start = new Date(now.getTime() - (10 + i) * DAY)
    const booking = await bookings.createBookings({
      practitioner_id: session.practitionerId,
      product_id: session.productId,
      variant_id: session.variantId,
      customer_id: customer.id,
      order_id: customer.orderId,
      starts_at: start,
      ends_at: new Date(start.getTime() + HOUR),
      blocked_from: start,
      blocked_until: new Date(start.getTime() + HOUR),
      customer_timezone: ZONE,
      status: "completed",
    })
    ids[name] = booking.id
  }
  // The ones staff approve wait for them: their text carries a link the pre-check flags.
  const waiting = new Set(["toModerate", "toBulkApprove"])
  const write = async (name: (typeof names)[number]) =>
    (
      await submitReviewWorkflow(container).run({
        input: {
          customer_id: customer.id,
          purchase_type: "booking",
          purchase_id: ids[name],
          rating: 4,
          body: waiting.has(name) ? `Matrix ${name}: see www.matrix.example` : `Matrix ${name}`,
          now,
        },
      })
    ).result.id
  const reviews = {
    sessionToReview: ids.toReview,
    toEdit: await write("toEdit"),
    toDelete: await write("toDelete"),
    published: await write("published"),
    toModerate: await write("toModerate"),
    toReject: await write("toReject"),
    toHide: await write("toHide"),
    toBulkApprove: await write("toBulkApprove"),
    withReply: await write("withReply"),
  }
  // A reply the pre-check holds back (it carries an e-mail address): staff decide on it.
  await replyToReviewWorkflow(container).run({
    input: { id: reviews.withReply, practitioner_id: session.practitionerId, body: "Write to me at matrix@example.com", now },
  })
  return reviews
}

/** Practitioner A's money, written through the payout module: an adjustment paid out manually (pending), a held earning, a rule. */
/** The words of staff's internal note in customer A's request: staff alone may read them. */
export const SUPPORT_NOTE = "Internal: matrix note for staff eyes only"

/**
 * Support requests written through the support workflows: customer A's about
 * their session with practitioner A (practitioner A added, a file sent, a
 * staff note), one of customer A's to close, practitioner A's own, and a
 * canned reply to delete.
 */
async function supportOf(container: MedusaContainer, customer: { id: string; bookingId: string }, practitionerId: string, now: Date) {
  const service = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const open = async (requester: { type: "customer" | "practitioner"; id: string }, input: Record<string, unknown>) =>
    (await openSupportRequestWorkflow(container).run({ input: { requester, attachment_ids: [], now, ...input } as never })).result.id
  const stored = await container
    .resolve(Modules.FILE)
    .createFiles({ filename: "receipt.txt", mimeType: "text/plain", content: Buffer.from("paid").toString("base64"), access: "private" })
  const file = await service.createSupportAttachments({
    uploader_type: "customer",
    uploader_id: customer.id,
    file_id: stored.id,
    filename: "receipt.txt",
    mime_type: "text/plain",
    size: 4,
  })
  const request = await open(
    { type: "customer", id: customer.id },
    { subject: "About my session", category: "session", link_id: customer.bookingId, body: "Question", attachment_ids: [file.id] }
  )
  await addSupportParticipantWorkflow(container).run({ input: { id: request, practitioner_id: practitionerId } })
  await postSupportMessageWorkflow(container).run({
    input: { id: request, viewer: { type: "staff", id: "user_matrix" }, body: SUPPORT_NOTE, internal: true, attachment_ids: [], now },
  })
  return {
    request,
    attachment: file.id,
    toClose: await open({ type: "customer", id: customer.id }, { subject: "To close", category: "other", body: "Done soon" }),
    vendorRequest: await open({ type: "practitioner", id: practitionerId }, { subject: "My account", category: "account", body: "Help" }),
    cannedToDelete: (await service.createSupportCannedReplies({ title: "Matrix", body: "A reply to delete" })).id,
  }
}

async function payoutsOf(container: MedusaContainer, practitionerId: string, orderId: string, now: Date) {
  const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  await payouts.appendLedgerEntries([
    {
      practitioner_id: practitionerId,
      currency_code: "zar",
      kind: "adjustment",
      gross: "120.00",
      commission: "0",
      share: "120.00",
      source: "staff adjustment",
      source_key: `matrix-adjustment:${now.getTime()}`,
      reason: "Matrix fixture",
      available_at: now,
    },
  ])
  const payout = await payouts.openPayout({
    practitioner_id: practitionerId,
    currency_code: "zar",
    now,
    minimum: "10",
    provider: "manual",
    run_id: null,
  })
  const [held] = await payouts.createEarnings([
    {
      practitioner_id: practitionerId,
      order_id: orderId,
      line_item_id: `matrix-line-${now.getTime()}`,
      currency_code: "zar",
      purchase: "session",
      line_total: 400,
      status: "held",
      status_reason: "The client did not come: staff decide",
    },
  ])
  const rule = await payouts.createCommissionRules({ practitioner_id: null, category_id: "pcat_matrix", rate_bps: 1200 })
  return { payoutA: payout!.id, heldEarningA: held.id, ruleToDelete: rule.id }
}

/**
 * An event practitioner A hosts whose first date is sold out (no seats) and
 * has a waitlist: customer A's place on it, someone's open offer (its link
 * token), customer A's ticket to the second date, and a date to cancel.
 */
async function waitlistAndCancellationsOf(container: MedusaContainer, hostId: string, customerId: string, now: Date) {
  const event = fullMoonCircle(now, hostId, { handle: `matrix-waitlist-${now.getTime()}` })
  event.dates[0].capacity = 1
  const { dates, ticket_types, variant } = await putOnEvent(container, event, now)
  const events = container.resolve<EventModuleService>(EVENT_MODULE)
  // Its one seat held in a cart for a day: sold out.
  await events.createEventSeatHolds({
    cart_id: "cart_matrix_sold_out",
    variant_id: variant(0, 0),
    event_date_id: dates[0].id,
    ticket_type_id: ticket_types[0].id,
    quantity: 1,
    attendees: [{ name: "Last Seat" }] as unknown as Record<string, unknown>,
    expires_at: new Date(now.getTime() + 24 * HOUR),
  })
  const join = (email: string, customer_id: string | null) =>
    events.joinWaitlist({ event_date_id: dates[0].id, email, customer_id, quantity: 1 })
  const entryA = await join("matrix-customer-a@example.com", customerId)
  const offered = await join("matrix-offer@example.com", null)
  const { token, hash } = newOfferToken()
  await events.moveWaitlistEntries({
    ids: [offered.id],
    from: ["waiting"],
    to: "offered",
    offer: { expires_at: new Date(now.getTime() + 24 * HOUR), token_hashes: new Map([[offered.id, hash]]) },
  })
  // Customer A's ticket on the date practitioner A cancels (after its quote); staff's on the other date.
  const [ticketA, staffTicket] = await events.createEventTickets(
    ["Matrix Ticket Holder", "Matrix Staff Ticket"].map((attendee_name, i) => ({
      event_date_id: dates[1 - i].id,
      ticket_type_id: ticket_types[0].id,
      customer_id: customerId,
      attendee_name,
      code: newCheckInCode(),
    }))
  )
  return {
    eventA: dates[0].event_id,
    ticketTypeA: ticket_types[0].id,
    soldOutDateA: dates[0].id,
    waitlistEntryA: entryA.id,
    offerToken: token,
    ticketA: ticketA.id,
    staffTicketA: staffTicket.id,
    dateToCancelA: dates[1].id,
  }
}

/** An event practitioner A hosts, running now, with two tickets; their check-in codes. */
async function eventTicketsOf(container: MedusaContainer, hostId: string, now: Date) {
  const events = container.resolve<EventModuleService>(EVENT_MODULE)
  const event = await events.createEvents({
    title: "Matrix circle",
    handle: `matrix-circle-${now.getTime()}`,
    kind: "circle",
    format: "online",
    timezone: ZONE,
    host_practitioner_id: hostId,
    status: "published",
  })
  const date = await events.createEventDates({
    event_id: event.id,
    starts_at: new Date(now.getTime() - HOUR / 2),
    ends_at: new Date(now.getTime() + 3 * HOUR),
    capacity: 10,
  })
  const type = await events.createEventTicketTypes({ event_id: event.id, name: "General" })
  const [host, staff] = await events.createEventTickets(
    ["Matrix Attendee One", "Matrix Attendee Two"].map((attendee_name) => ({
      event_date_id: date.id,
      ticket_type_id: type.id,
      attendee_name,
      code: newCheckInCode(),
    }))
  )
  return { host: host.code, staff: staff.code }
}

/** A registered practitioner login that applied and waits for staff; its practitioner id. */
export async function applicant(api: Api, email: string, displayName: string) {
  const call = (url: string, token: string | undefined, data: unknown) =>
    api.post(url, data, { headers: token ? { authorization: `Bearer ${token}` } : {}, validateStatus: () => true })
  const registered = await call("/auth/practitioner/emailpass/register", undefined, { email, password: "matrix-password-1" })
  const applied = await call("/vendor/practitioners", registered.data.token, { ...APPLICATION, display_name: displayName })
  return expectStatus(applied, 201).practitioner.id as string
}

async function newCustomer(api: Api, store: DemoStore, email: string, first: string, last: string) {
  const registered = await api.post("/auth/customer/emailpass/register", { email, password: "moonstone-42" })
  const created = await requestAs(api, store, registered.data.token)("post", "/store/customers", {
    email,
    first_name: first,
    last_name: last,
  })
  expectStatus(created, 200)
  const token = (await api.post("/auth/customer/emailpass", { email, password: "moonstone-42" })).data.token as string
  return { token, id: created.data.customer.id as string }
}

async function newCartWithHold(
  api: Api,
  container: MedusaContainer,
  store: DemoStore,
  token: string,
  handle: string,
  start: DateTime,
  meetingMode: "online" | "in_person" = "in_person"
) {
  const shopper = requestAs(api, store, token)
  const session = await sessionVariant(container, handle, 60)
  const cartId = expectStatus(await shopper("post", "/store/carts", { region_id: store.regions["South Africa"].id }), 200).cart.id as string
  const held = await shopper("post", `/store/carts/${cartId}/bookings`, {
    variant_id: session.variantId,
    starts_at: start.toUTC().toISO(),
    meeting_mode: meetingMode,
  })
  return { shopper, cartId, holdId: expectStatus(held, 201).booking.id as string }
}

async function openCartWithHold(api: Api, container: MedusaContainer, store: DemoStore, token: string, handle: string, start: DateTime) {
  const { cartId, holdId } = await newCartWithHold(api, container, store, token, handle, start)
  return { cartId, holdId }
}

/** A completed checkout of a crystal and a session; waits for the order-placed step to confirm the booking. */
async function placeSessionOrder(
  api: Api,
  container: MedusaContainer,
  store: DemoStore,
  token: string,
  handle: string,
  start: DateTime,
  email: string
) {
  const { shopper, cartId, holdId } = await newCartWithHold(api, container, store, token, handle, start, "online")
  const products = await shopper("get", "/store/products?handle=rose-quartz-tumbled&fields=*variants")
  await shopper("post", `/store/carts/${cartId}/line-items`, { variant_id: products.data.products[0].variants[0].id, quantity: 1 })
  await shopper("post", `/store/carts/${cartId}`, { email, shipping_address: DURBAN_ADDRESS, billing_address: DURBAN_ADDRESS })
  const options = await shopper("get", `/store/shipping-options?cart_id=${cartId}`)
  await shopper("post", `/store/carts/${cartId}/shipping-methods`, { option_id: options.data.shipping_options[0].id })
  const collection = await shopper("post", "/store/payment-collections", { cart_id: cartId })
  await shopper("post", `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const completed = await shopper("post", `/store/carts/${cartId}/complete`)
  if (completed.data.type !== "order") throw new Error(`Checkout did not place an order: ${JSON.stringify(completed.data)}`)
  const booking = await waitFor(
    () => container.resolve<BookingModuleService>(BOOKING_MODULE).retrieveBooking(holdId),
    (b) => b.status === "confirmed"
  )
  if (booking.status !== "confirmed") throw new Error(`Booking ${holdId} was not confirmed`)
  return {
    orderId: completed.data.order.id as string,
    bookingId: holdId,
    checkoutCartId: cartId,
    meetingUrl: booking.meeting_url!,
  }
}

async function writeConfirmedBooking(
  container: MedusaContainer,
  session: { variantId: string; productId: string; practitionerId: string },
  customerId: string,
  start: Date
) {
  const booking = await container.resolve<BookingModuleService>(BOOKING_MODULE).createBookings({
    practitioner_id: session.practitionerId,
    product_id: session.productId,
    variant_id: session.variantId,
    customer_id: customerId,
    starts_at: start,
    ends_at: new Date(start.getTime() + HOUR),
    blocked_from: start,
    blocked_until: new Date(start.getTime() + HOUR + 15 * 60_000),
    customer_timezone: ZONE,
    status: "confirmed",
  })
  return booking.id
}

function expectStatus(response: { status: number; data: any; config?: { url?: string } }, status: number) {
  if (response.status !== status) {
    throw new Error(`Fixture request ${response.config?.url} answered ${response.status}, not ${status}: ${JSON.stringify(response.data)}`)
  }
  return response.data
}
