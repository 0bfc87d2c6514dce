import { Context, InferTypeOf } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Review, ReviewAggregate, ReviewReport, ReviewRequest, ReviewVote } from "./models"
import type { ReviewTarget } from "./values"

export type ReviewRecord = InferTypeOf<typeof Review>

export type TargetRef = { target_type: ReviewTarget; target_id: string }

export type AggregateRow = TargetRef & {
  review_count: number
  rating_average: number
  distribution: Record<1 | 2 | 3 | 4 | 5, number>
}

/** The published reviews of the targets in (values) `t`, in figures; a target with none gives zeros. */
const COMPUTED_AGGREGATES = `
  select t.target_type, t.target_id,
    count(r.id)::int as review_count,
    coalesce(round(avg(r.rating)::numeric, 2), 0)::float as rating_average,
    count(*) filter (where r.rating = 1)::int as rating_1,
    count(*) filter (where r.rating = 2)::int as rating_2,
    count(*) filter (where r.rating = 3)::int as rating_3,
    count(*) filter (where r.rating = 4)::int as rating_4,
    count(*) filter (where r.rating = 5)::int as rating_5
  from (values %VALUES%) t(target_type, target_id)
  left join review r on r.target_type = t.target_type and r.target_id = t.target_id
    and r.status = 'published' and r.deleted_at is null
  group by t.target_type, t.target_id`

const FIGURES = ["review_count", "rating_average", "rating_1", "rating_2", "rating_3", "rating_4", "rating_5"] as const

/** The knex of the caller's transaction (an entity manager's getKnex() would run outside it). */
const inTransaction = (context: Context<EntityManager>) => {
  const manager = context.transactionManager!
  return (manager.getTransactionContext() ?? manager.getKnex()) as ReturnType<EntityManager["getKnex"]>
}

const key = (t: TargetRef) => `${t.target_type}:${t.target_id}`
const distinctTargets = (targets: TargetRef[]) => [...new Map(targets.map((t) => [key(t), t])).values()]

class ReviewModuleService extends MedusaService({ Review, ReviewAggregate, ReviewReport, ReviewRequest, ReviewVote }) {
  /**
   * Rewrites the aggregates of these targets from their published reviews,
   * in the caller's transaction. A lock per target makes a second writer wait
   * for the first to commit, so its count includes the first's change.
   */
  @InjectTransactionManager()
  async recountTargets(targets: TargetRef[], @MedusaContext() context: Context<EntityManager> = {}) {
    const unique = distinctTargets(targets).sort((a, b) => key(a).localeCompare(key(b)))
    if (!unique.length) return
    // Writes through the ORM wait in its unit of work; the count below must see them.
    await context.transactionManager!.flush()
    const knex = inTransaction(context)
    for (const target of unique) {
      await knex.raw("select pg_advisory_xact_lock(hashtextextended(?, 7))", [`review-aggregate:${key(target)}`])
    }
    const values = unique.map(() => "(?, ?)").join(", ")
    const now = new Date()
    await knex.raw(
      `insert into review_aggregate (id, target_type, target_id, ${FIGURES.join(", ")}, created_at, updated_at)
       select concat('ragg_', md5(c.target_type || ':' || c.target_id)), c.target_type, c.target_id,
         ${FIGURES.map((f) => `c.${f}`).join(", ")}, ?, ?
       from (${COMPUTED_AGGREGATES.replace("%VALUES%", values)}) c
       on conflict (target_type, target_id) where deleted_at is null
       do update set ${FIGURES.map((f) => `${f} = excluded.${f}`).join(", ")}, updated_at = excluded.updated_at`,
      [now, now, ...unique.flatMap((t) => [t.target_type, t.target_id])]
    )
  }

  /** Creates a review and counts it if it is published, in one transaction. */
  @InjectTransactionManager()
  async createCountedReview(data: Record<string, unknown>, @MedusaContext() context: Context<EntityManager> = {}) {
    const review = await this.createReviews(data as any, context)
    await this.recountTargets([review as TargetRef], context)
    return review
  }

  /** Updates reviews and recounts their targets, in one transaction. */
  @InjectTransactionManager()
  async updateCountedReviews(
    updates: Array<{ id: string } & Record<string, unknown>>,
    @MedusaContext() context: Context<EntityManager> = {}
  ) {
    const updated = (await this.updateReviews(updates as any, context)) as unknown as ReviewRecord[]
    await this.recountTargets(updated, context)
    return updated
  }

  /** Deletes a review with its reports and votes and recounts its target, in one transaction. */
  @InjectTransactionManager()
  async deleteCountedReview(id: string, @MedusaContext() context: Context<EntityManager> = {}) {
    const [review] = await this.listReviews({ id }, {}, context)
    if (!review) return
    const knex = inTransaction(context)
    await knex("review_vote").where({ review_id: id }).delete()
    await knex("review_report").where({ review_id: id }).delete()
    await knex("review").where({ id }).delete()
    await this.recountTargets([review as TargetRef], context)
  }

  /**
   * Counts a vote once per customer: answers whether this one was new. The
   * unique index decides between two votes at once.
   */
  @InjectTransactionManager()
  async addHelpfulVote(reviewId: string, customerId: string, @MedusaContext() context: Context<EntityManager> = {}) {
    const knex = inTransaction(context)
    const now = new Date()
    const { rows } = await knex.raw(
      `insert into review_vote (id, review_id, customer_id, created_at, updated_at) values (?, ?, ?, ?, ?)
       on conflict (review_id, customer_id) where deleted_at is null do nothing returning id`,
      [generateEntityId(undefined, "rvote"), reviewId, customerId, now, now]
    )
    if (!rows.length) return false
    await knex("review").where({ id: reviewId }).increment("helpful_count", 1)
    return true
  }

  /**
   * Records a report once per reporter and answers how many unresolved
   * reports the review now has (undefined when this reporter had already
   * reported it).
   */
  @InjectTransactionManager()
  async addReport(
    report: { review_id: string; reporter_type: "customer" | "practitioner"; reporter_id: string; reason: string },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<number | undefined> {
    const knex = inTransaction(context)
    const now = new Date()
    const { rows } = await knex.raw(
      `insert into review_report (id, review_id, reporter_type, reporter_id, reason, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?)
       on conflict (review_id, reporter_type, reporter_id) where deleted_at is null do nothing returning id`,
      [generateEntityId(undefined, "rrep"), report.review_id, report.reporter_type, report.reporter_id, report.reason, now, now]
    )
    if (!rows.length) return undefined
    const [{ count }] = await knex("review_report")
      .where({ review_id: report.review_id })
      .whereNull("resolved_at")
      .whereNull("deleted_at")
      .count({ count: "*" })
    await knex("review")
      .where({ id: report.review_id })
      .update({ report_count: Number(count), updated_at: now })
    return Number(count)
  }

  /**
   * Claims the right to ask for a review of these purchases: answers the
   * ones not asked before (each purchase is asked once, even by two runs at once).
   */
  @InjectManager()
  async claimReviewRequests(
    requests: Array<{ purchase_type: string; purchase_id: string; customer_id: string }>,
    at: Date,
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!requests.length) return []
    const knex = context.manager!.getKnex()
    const { rows } = await knex.raw(
      `insert into review_request (id, purchase_type, purchase_id, customer_id, sent_at, created_at, updated_at)
       select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
       on conflict (purchase_type, purchase_id) where deleted_at is null do nothing returning purchase_id`,
      [
        requests.map(() => generateEntityId(undefined, "rreq")),
        requests.map((r) => r.purchase_type),
        requests.map((r) => r.purchase_id),
        requests.map((r) => r.customer_id),
        requests.map(() => at),
        requests.map(() => at),
        requests.map(() => at),
      ]
    )
    return rows.map((row: { purchase_id: string }) => row.purchase_id)
  }

  /** Staff decided: the review's open reports no longer count toward hiding it. */
  @InjectTransactionManager()
  async resolveReports(reviewIds: string[], @MedusaContext() context: Context<EntityManager> = {}) {
    if (!reviewIds.length) return
    const knex = inTransaction(context)
    const now = new Date()
    await knex("review_report").whereIn("review_id", reviewIds).whereNull("resolved_at").update({ resolved_at: now, updated_at: now })
    await knex("review").whereIn("id", reviewIds).update({ report_count: 0, updated_at: now })
  }

  /** The aggregates of these targets; one with no row reads as zeros. */
  @InjectManager()
  async aggregatesOf(targets: TargetRef[], @MedusaContext() context: Context<EntityManager> = {}): Promise<AggregateRow[]> {
    const unique = distinctTargets(targets)
    if (!unique.length) return []
    const rows = await this.listReviewAggregates(
      { $or: unique.map((t) => ({ target_type: t.target_type, target_id: t.target_id })) } as any,
      { take: unique.length },
      context
    )
    const stored = new Map(rows.map((row) => [key(row as TargetRef), row]))
    return unique.map((target) => {
      const row = stored.get(key(target))
      return {
        ...target,
        review_count: row?.review_count ?? 0,
        rating_average: row?.rating_average ?? 0,
        distribution: {
          1: row?.rating_1 ?? 0,
          2: row?.rating_2 ?? 0,
          3: row?.rating_3 ?? 0,
          4: row?.rating_4 ?? 0,
          5: row?.rating_5 ?? 0,
        },
      }
    })
  }

  /**
   * The periodic check: compares every stored aggregate (and every target
   * with a published review) with a fresh count, rewrites those that drifted
   * and answers them.
   */
  @InjectTransactionManager()
  async repairAggregateDrift(@MedusaContext() context: Context<EntityManager> = {}): Promise<TargetRef[]> {
    const knex = inTransaction(context)
    const { rows } = await knex.raw(`
      with targets as (
        select target_type::text, target_id from review_aggregate where deleted_at is null
        union select target_type::text, target_id from review where status = 'published' and deleted_at is null
      ),
      fresh as (
        select t.target_type, t.target_id, count(r.id)::int as review_count,
          coalesce(round(avg(r.rating)::numeric, 2), 0)::float as rating_average,
          array[${[1, 2, 3, 4, 5].map((n) => `count(*) filter (where r.rating = ${n})::int`).join(", ")}] as counts
        from targets t
        left join review r on r.target_type::text = t.target_type and r.target_id = t.target_id
          and r.status = 'published' and r.deleted_at is null
        group by t.target_type, t.target_id
      )
      select f.target_type, f.target_id from fresh f
      left join review_aggregate a on a.target_type::text = f.target_type and a.target_id = f.target_id and a.deleted_at is null
      where a.id is null or a.review_count <> f.review_count or a.rating_average::numeric(4,2) <> f.rating_average::numeric(4,2)
        or array[a.rating_1, a.rating_2, a.rating_3, a.rating_4, a.rating_5] <> f.counts`)
    const drifted = rows as TargetRef[]
    for (let i = 0; i < drifted.length; i += 500) await this.recountTargets(drifted.slice(i, i + 500), context)
    return drifted
  }
}

export default ReviewModuleService
