import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"
import { EVENT_MODULE } from "../../modules/event"
import type EventModuleService from "../../modules/event/service"
import { PAYOUT_MODULE } from "../../modules/payout"
import type PayoutModuleService from "../../modules/payout/service"
import { PRACTITIONER_MODULE } from "../../modules/practitioner"
import type PractitionerModuleService from "../../modules/practitioner/service"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import type { ReviewPurchase } from "../../modules/review/values"
import { moderateReviewsWorkflow } from "../../workflows/review/workflows/moderate-reviews"
import { replyToReviewWorkflow } from "../../workflows/review/workflows/reply-to-review"
import { submitReviewWorkflow } from "../../workflows/review/workflows/submit-review"

type Container = ExecArgs["container"]

const REVIEWER = "demo.buyer@example.com"
const STAFF = "seed"

/**
 * Reviews for the demo, written through the review workflows on the demo's
 * own purchases (Nomvula's three completed sessions and shipped crystal
 * from the earnings seed, a checked-in ticket): warm and critical ones, one
 * the pre-check holds for staff (it carries a link), one staff rejected for
 * abuse, and Nomvula's reply to the critical one. Skipped once written.
 */
export async function seedReviews(container: Container) {
  const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [nomvula] = await container
    .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    .listPractitioners({ email: "nomvula@avenrae.test" })
  if (!nomvula) return
  const [, written] = await reviews.listAndCountReviews({ practitioner_id: nomvula.id }, { take: 1 })
  if (written) return
  const now = new Date()

  const [buyer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: REVIEWER })
  if (!buyer) return
  await container.resolve(Modules.CUSTOMER).updateCustomers(buyer.id, { first_name: "Thandi", last_name: "Mokoena" })
  const sessions = await container
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .listBookings({ practitioner_id: nomvula.id, customer_id: buyer.id, status: "completed" }, { order: { starts_at: "ASC" } })
  const [crystal] = await container
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listEarnings({ practitioner_id: nomvula.id, purchase: "crystal" })

  const review = async (
    purchase_type: ReviewPurchase,
    purchase_id: string,
    customer_id: string,
    content: { rating: number; title: string; body: string }
  ) => (await submitReviewWorkflow(container).run({ input: { customer_id, purchase_type, purchase_id, ...content, now } })).result

  const [oldest, middle, newest] = sessions
  if (oldest)
    await review("booking", oldest.id, buyer.id, {
      rating: 5,
      title: "Gentle and clear",
      body: "She listened first and never rushed me. I left lighter than I came.",
    })
  if (middle) {
    const critical = await review("booking", middle.id, buyer.id, {
      rating: 2,
      title: "Felt rushed this time",
      body: "We started ten minutes late and the reading felt hurried at the end.",
    })
    await replyToReviewWorkflow(container).run({
      input: {
        id: critical.id,
        practitioner_id: nomvula.id,
        body: "Thank you for saying so, Thandi. I ran over with the client before you; your next half hour is on me.",
        now,
      },
    })
  }
  if (newest) {
    await review("booking", newest.id, buyer.id, {
      rating: 4,
      title: "Worth it",
      body: "Good session. My notes are at www.my-journal.example if anyone wants them.",
    })
  }
  if (crystal) {
    const rejected = await review("order_line", crystal.line_item_id, buyer.id, {
      rating: 1,
      title: "Chipped",
      body: "Arrived chipped and the seller is a scammer.",
    })
    await moderateReviewsWorkflow(container).run({
      input: {
        ids: [rejected.id],
        decision: "reject",
        reason: "abuse",
        note: "Please describe the problem without name-calling; the chipped stone alone is fair to mention.",
        actor_id: STAFF,
        now,
      },
    })
  }
  await reviewAttendedTicket(container, review)
}

/** One sold ticket checked in at the door, and its holder's review of the event. */
async function reviewAttendedTicket(
  container: Container,
  review: (type: ReviewPurchase, id: string, customer: string, content: { rating: number; title: string; body: string }) => Promise<unknown>
) {
  const events = container.resolve<EventModuleService>(EVENT_MODULE)
  const [ticket] = await events.listEventTickets({ status: "valid", customer_id: { $ne: null } }, { take: 1, order: { created_at: "ASC" } })
  if (!ticket) return
  await events.updateEventTickets({ id: ticket.id, status: "checked_in", checked_in_at: new Date(), checked_in_by: STAFF })
  await review("ticket", ticket.id, ticket.customer_id!, {
    rating: 3,
    title: "Beautiful sound, cold hall",
    body: "The bowls were wonderful; bring a blanket, the hall was cold.",
  })
}
