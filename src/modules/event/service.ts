import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Event, EventDate, SeatHold, Ticket, TicketType, TicketVariant, WaitlistEntry } from "./models"
import type { TicketStatus } from "./values"

/** A ticket as sold from a hold: one attendee's seat. */
export type SoldTicket = {
  event_date_id: string
  ticket_type_id: string
  order_id: string
  line_item_id: string
  customer_id: string | null
  attendee_name: string
  attendee_email: string | null
  code: string
  seat_hold_id: string
  seat: number
}

/** A ticket as the door sees it: enough to admit it or say why not. */
export type TicketAtTheDoorRow = {
  id: string
  status: TicketStatus
  attendee_name: string
  code_revoked_at: Date | null
  checked_in_at: Date | null
  checked_in_by: string | null
  event_date_id: string
  starts_at: Date
  ends_at: Date
  date_status: string
  event_id: string
  timezone: string
  host_practitioner_id: string | null
  check_in_opens_minutes: number
}

class EventModuleService extends MedusaService({
  Event,
  EventDate,
  // Keyed by their models' names, so the methods (listEventTickets …) are the ones Query calls.
  EventTicketType: TicketType,
  EventTicketVariant: TicketVariant,
  EventTicket: Ticket,
  EventWaitlistEntry: WaitlistEntry,
  EventSeatHold: SeatHold,
}) {
  /**
   * Admits the ticket with `code` at `now` in one conditional update: only a
   * valid, unrevoked ticket of a scheduled date, from the date's opening of
   * check-in until its end. Of two scanners at the same instant exactly one
   * is admitted. With `host_practitioner_id`, only a ticket of that host's
   * event. Answers the admitted ticket, or undefined (the caller reads the
   * ticket to say why not).
   */
  @InjectManager()
  async admitTicket(
    input: { code: string; checked_in_by: string; now: Date; host_practitioner_id?: string },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<{ id: string } | undefined> {
    const admitted = await context.manager!.getKnex().raw(
      `update "event_ticket" t set "status" = 'checked_in', "checked_in_at" = ?, "checked_in_by" = ?, "updated_at" = ?
       from "event_date" d join "event" e on e."id" = d."event_id"
       where t."code" = ? and t."deleted_at" is null and t."status" = 'valid' and t."code_revoked_at" is null
         and d."id" = t."event_date_id" and d."status" = 'scheduled' and d."deleted_at" is null
         and ? >= d."starts_at" - make_interval(mins => e."check_in_opens_minutes") and ? < d."ends_at"
         and (?::text is null or e."host_practitioner_id" = ?)
       returning t."id"`,
      [
        input.now,
        input.checked_in_by,
        input.now,
        input.code,
        input.now,
        input.now,
        input.host_practitioner_id ?? null,
        input.host_practitioner_id ?? null,
      ]
    )
    return admitted.rows[0]
  }

  /**
   * Seats held in carts per date: holds still held whose expiry is after
   * `since` (a grace before now), leaving out the cart `except_cart_id`.
   */
  @InjectManager()
  async seatsHeld(
    input: { event_date_ids: string[]; since: Date; except_cart_id?: string },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<Map<string, number>> {
    if (!input.event_date_ids.length) return new Map()
    const { rows } = await context.manager!.getKnex().raw(
      `select "event_date_id", sum("quantity")::int as held from "event_seat_hold"
       where "event_date_id" = any(?) and "status" = 'held' and "expires_at" > ? and "deleted_at" is null
         and (?::text is null or "cart_id" <> ?)
       group by "event_date_id"`,
      [input.event_date_ids, input.since, input.except_cart_id ?? null, input.except_cart_id ?? null]
    )
    return new Map(rows.map((row: { event_date_id: string; held: number }) => [row.event_date_id, Number(row.held)]))
  }

  /**
   * The waitlist's claim on each date at `now`: seats kept for live offers
   * (offered, not yet expired) and how many entries still wait.
   */
  @InjectManager()
  async waitlistDemand(
    input: { event_date_ids: string[]; now: Date },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<Map<string, { offered: number; waiting: number }>> {
    if (!input.event_date_ids.length) return new Map()
    const { rows } = await context.manager!.getKnex().raw(
      `select "event_date_id",
              coalesce(sum("quantity") filter (where "status" = 'offered' and "offer_expires_at" > ?), 0)::int as offered,
              (count(*) filter (where "status" = 'waiting'))::int as waiting
       from "event_waitlist_entry"
       where "event_date_id" = any(?) and "status" in ('waiting', 'offered') and "deleted_at" is null
       group by "event_date_id"`,
      [input.now, input.event_date_ids]
    )
    return new Map(
      rows.map((row: { event_date_id: string; offered: number; waiting: number }) => [
        row.event_date_id,
        { offered: Number(row.offered), waiting: Number(row.waiting) },
      ])
    )
  }

  /** Dates still to come whose waitlist has someone waiting or holding an offer: those the sweep moves on. */
  @InjectManager()
  async datesWithWaitlist(now: Date, @MedusaContext() context: Context<EntityManager> = {}): Promise<string[]> {
    const { rows } = await context.manager!.getKnex().raw(
      `select distinct w."event_date_id" from "event_waitlist_entry" w
       join "event_date" d on d."id" = w."event_date_id" and d."deleted_at" is null
       where w."status" in ('waiting', 'offered') and w."deleted_at" is null and d."starts_at" > ?`,
      [now]
    )
    return rows.map((row: { event_date_id: string }) => row.event_date_id)
  }

  /** Each waiting entry's place in its date's queue (1 = next to be offered), by entry id. */
  @InjectManager()
  async waitlistPlaces(ids: string[], @MedusaContext() context: Context<EntityManager> = {}): Promise<Map<string, number>> {
    if (!ids.length) return new Map()
    const { rows } = await context.manager!.getKnex().raw(
      `select w."id", (select count(*) from "event_waitlist_entry" a
                       where a."event_date_id" = w."event_date_id" and a."status" = 'waiting' and a."deleted_at" is null
                         and a."position" <= w."position")::int as place
       from "event_waitlist_entry" w where w."id" = any(?) and w."status" = 'waiting'`,
      [ids]
    )
    return new Map(rows.map((row: { id: string; place: number }) => [row.id, Number(row.place)]))
  }

  /** Tickets sold per date (valid or checked in) and how many of them are checked in. */
  @InjectManager()
  async ticketCounts(
    eventDateIds: string[],
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<Map<string, { sold: number; checked_in: number }>> {
    if (!eventDateIds.length) return new Map()
    const { rows } = await context.manager!.getKnex().raw(
      `select "event_date_id", count(*)::int as sold, (count(*) filter (where "status" = 'checked_in'))::int as checked_in
       from "event_ticket" where "event_date_id" = any(?) and "status" in ('valid', 'checked_in') and "deleted_at" is null
       group by "event_date_id"`,
      [eventDateIds]
    )
    return new Map(
      rows.map((row: { event_date_id: string; sold: number; checked_in: number }) => [
        row.event_date_id,
        { sold: Number(row.sold), checked_in: Number(row.checked_in) },
      ])
    )
  }

  /** Puts an entry at the end of the date's queue (its position one past the last, under the date's lock). */
  @InjectManager()
  async joinWaitlist(
    input: { event_date_id: string; email: string; customer_id: string | null; quantity: number },
    @MedusaContext() context: Context<EntityManager> = {}
  ) {
    const [{ max }] = (
      await context
        .manager!.getKnex()
        .raw(`select coalesce(max("position"), 0)::int as max from "event_waitlist_entry" where "event_date_id" = ?`, [input.event_date_id])
    ).rows
    return this.createEventWaitlistEntries({ ...input, position: Number(max) + 1, status: "waiting" }, context)
  }

  /**
   * Moves the entries given from `from` to `to` in one conditional update and
   * answers the ids it moved: an entry another request moved first is left
   * alone, so each step of the waitlist happens once. A new offer sets its
   * expiry and token hash; other moves keep them (only the status says
   * whether the link still works).
   */
  @InjectManager()
  async moveWaitlistEntries(
    input: { ids: string[]; from: string[]; to: string; offer?: { expires_at: Date; token_hashes: Map<string, string> } },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!input.ids.length) return []
    const knex = context.manager!.getKnex()
    // No new hash on any move but an offer (an empty string is read as none).
    const hashes = input.ids.map((id) => input.offer?.token_hashes.get(id) ?? "")
    const { rows } = await knex.raw(
      `update "event_waitlist_entry" w set "status" = ?, "updated_at" = now(),
              "offer_expires_at" = coalesce(?::timestamptz, w."offer_expires_at"),
              "offer_token_hash" = coalesce(nullif(v.hash, ''), w."offer_token_hash")
       from unnest(?::text[], ?::text[]) as v(id, hash)
       where w."id" = v.id and w."status" = any(?) and w."deleted_at" is null
       returning w."id"`,
      [input.to, input.offer?.expires_at ?? null, input.ids, hashes, input.from]
    )
    return rows.map((row: { id: string }) => row.id)
  }

  /**
   * Cancels a valid ticket in one conditional update (of two requests at
   * once, one wins) and answers it, or undefined when it was not valid.
   */
  @InjectManager()
  async cancelValidTicket(
    input: { id: string; status: "cancelled" | "refunded"; refund_amount: number; now: Date },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<{ id: string } | undefined> {
    const { rows } = await context.manager!.getKnex().raw(
      `update "event_ticket" set "status" = ?, "refund_amount" = ?, "raw_refund_amount" = ?, "cancelled_at" = ?, "updated_at" = ?
       where "id" = ? and "status" = 'valid' and "deleted_at" is null returning "id"`,
      [
        input.status,
        input.refund_amount,
        JSON.stringify({ value: String(input.refund_amount), precision: 20 }),
        input.now,
        input.now,
        input.id,
      ]
    )
    return rows[0]
  }

  /**
   * Sells held seats in one transaction: the holds become `sold` to the order
   * and their tickets are written, or neither happens — a crash in between
   * can leave no hold sold without tickets nor tickets of a hold still held.
   */
  @InjectTransactionManager()
  async sellSeatHolds(
    input: { order_id: string; hold_ids: string[]; tickets: SoldTicket[] },
    @MedusaContext() context: Context<EntityManager> = {}
  ) {
    await this.updateEventSeatHolds(
      input.hold_ids.map((id) => ({ id, status: "sold" as const, order_id: input.order_id })),
      context
    )
    return this.createEventTickets(input.tickets, context)
  }

  /** The ticket with `code`, its date and event, as the door needs them; undefined for an unknown code. */
  @InjectManager()
  async ticketAtTheDoor(code: string, @MedusaContext() context: Context<EntityManager> = {}): Promise<TicketAtTheDoorRow | undefined> {
    const { rows } = await context.manager!.getKnex().raw(
      `select t."id", t."status", t."attendee_name", t."code_revoked_at", t."checked_in_at", t."checked_in_by",
              d."id" as event_date_id, d."starts_at", d."ends_at", d."status" as date_status,
              e."id" as event_id, e."timezone", e."host_practitioner_id", e."check_in_opens_minutes"
       from "event_ticket" t join "event_date" d on d."id" = t."event_date_id" join "event" e on e."id" = d."event_id"
       where t."code" = ? and t."deleted_at" is null`,
      [code]
    )
    return rows[0]
  }
}

export default EventModuleService
