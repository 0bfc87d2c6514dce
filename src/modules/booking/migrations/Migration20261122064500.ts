import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * No two live bookings (held or confirmed) of one practitioner may overlap,
 * buffers included: an exclusion constraint over the stored blocked range.
 * This is the guarantee; checks in code only make the refusal friendlier.
 */
export class Migration20261122064500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`)
    this.addSql(`alter table "booking" add constraint "booking_no_overlapping_live_bookings"
      exclude using gist (practitioner_id with =, tstzrange(blocked_from, blocked_until, '[)') with &&)
      where (status in ('held', 'confirmed') and deleted_at is null);`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "booking" drop constraint if exists "booking_no_overlapping_live_bookings";`)
  }
}
