import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122064429 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "booking" ("id" text not null, "practitioner_id" text not null, "product_id" text not null, "variant_id" text not null, "customer_id" text null, "cart_id" text null, "line_item_id" text null, "order_id" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "blocked_from" timestamptz not null, "blocked_until" timestamptz not null, "customer_timezone" text not null, "status" text check ("status" in ('held', 'confirmed', 'completed', 'cancelled', 'no_show', 'expired')) not null default 'held', "hold_expires_at" timestamptz null, "meeting_mode" text check ("meeting_mode" in ('in_person', 'online')) not null default 'online', "meeting_url" text null, "meeting_address" text null, "notes" text null, "cancelled_at" timestamptz null, "cancelled_by" text null, "cancellation_reason" text null, "refund_amount" numeric null, "reschedule_count" integer not null default 0, "reminder_sent_at" timestamptz null, "metadata" jsonb null, "raw_refund_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_pkey" primary key ("id"), constraint booking_times_order check (ends_at > starts_at), constraint booking_blocked_covers_session check (blocked_from <= starts_at AND blocked_until >= ends_at), constraint booking_reschedule_count check (reschedule_count >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_deleted_at" ON "booking" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_practitioner_id_starts_at" ON "booking" ("practitioner_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_cart_id" ON "booking" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_order_id" ON "booking" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_customer_id_starts_at" ON "booking" ("customer_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_status_hold_expires_at" ON "booking" ("status", "hold_expires_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "booking" cascade;`);
  }

}
