import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Ratings move to the review module's aggregates (review_aggregate), which
 * the directory reads; these columns were never written. The commission
 * rate is left to the payout module's migration, which copies it first.
 */
export class Migration20261203131224 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "practitioner" drop constraint if exists practitioner_rating_range;`)
    this.addSql(`alter table if exists "practitioner" drop column if exists "rating_average", drop column if exists "rating_count";`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "practitioner" add column if not exists "rating_average" real not null default 0, add column if not exists "rating_count" integer not null default 0;`
    )
    this.addSql(
      `alter table if exists "practitioner" add constraint practitioner_rating_range check(rating_average >= 0 AND rating_average <= 5 AND rating_count >= 0);`
    )
  }
}
