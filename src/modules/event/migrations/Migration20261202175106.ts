import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202175106 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "event_waitlist_entry" drop constraint if exists "event_waitlist_entry_offer_token_hash_unique";`);
    this.addSql(`alter table if exists "event_waitlist_entry" drop constraint if exists "event_waitlist_entry_event_date_id_position_unique";`);
    this.addSql(`alter table if exists "event_ticket" drop constraint if exists "event_ticket_code_unique";`);
    this.addSql(`alter table if exists "event" drop constraint if exists "event_handle_unique";`);
    this.addSql(`create table if not exists "event" ("id" text not null, "title" text not null, "handle" text not null, "description" text null, "kind" text check ("kind" in ('workshop', 'circle', 'ceremony', 'retreat', 'talk')) not null, "host_practitioner_id" text null, "format" text check ("format" in ('in_person', 'online', 'hybrid')) not null, "venue_name" text null, "venue_address" text null, "city" text null, "latitude" real null, "longitude" real null, "timezone" text not null, "online_url" text null, "status" text check ("status" in ('draft', 'published', 'cancelled', 'completed')) not null default 'draft', "images" text[] not null default '{}', "cancellation_policy" jsonb null, "check_in_opens_minutes" integer not null default 120, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_pkey" primary key ("id"), constraint event_latitude_range check (latitude IS NULL OR (latitude BETWEEN -90 AND 90)), constraint event_longitude_range check (longitude IS NULL OR (longitude BETWEEN -180 AND 180)), constraint event_check_in_opens check (check_in_opens_minutes BETWEEN 0 AND 1440));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_deleted_at" ON "event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_handle_unique" ON "event" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_status_kind" ON "event" ("status", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_host_practitioner_id" ON "event" ("host_practitioner_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "event_date" ("id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" integer not null, "status" text check ("status" in ('scheduled', 'cancelled', 'completed')) not null default 'scheduled', "inventory_item_id" text null, "cancelled_at" timestamptz null, "cancellation_reason" text null, "event_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_date_pkey" primary key ("id"), constraint event_date_times_order check (ends_at > starts_at), constraint event_date_capacity check (capacity >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_date_event_id" ON "event_date" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_date_deleted_at" ON "event_date" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_date_event_id_starts_at" ON "event_date" ("event_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_date_status_starts_at" ON "event_date" ("status", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "event_ticket_type" ("id" text not null, "name" text not null, "kind" text check ("kind" in ('general', 'early_bird', 'concession')) not null default 'general', "sale_starts_at" timestamptz null, "sale_ends_at" timestamptz null, "per_order_limit" integer not null default 10, "event_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_ticket_type_pkey" primary key ("id"), constraint event_ticket_type_per_order_limit check (per_order_limit BETWEEN 1 AND 100), constraint event_ticket_type_sale_window check (sale_starts_at IS NULL OR sale_ends_at IS NULL OR sale_ends_at > sale_starts_at));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_ticket_type_event_id" ON "event_ticket_type" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_ticket_type_deleted_at" ON "event_ticket_type" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "event_ticket" ("id" text not null, "order_id" text null, "line_item_id" text null, "customer_id" text null, "attendee_name" text not null, "attendee_email" text null, "code" text not null, "code_revoked_at" timestamptz null, "status" text check ("status" in ('valid', 'checked_in', 'cancelled', 'refunded')) not null default 'valid', "checked_in_at" timestamptz null, "checked_in_by" text null, "cancelled_at" timestamptz null, "refund_amount" numeric null, "event_date_id" text not null, "ticket_type_id" text not null, "raw_refund_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_ticket_pkey" primary key ("id"), constraint event_ticket_checked_in_has_time check (status <> 'checked_in' OR (checked_in_at IS NOT NULL AND checked_in_by IS NOT NULL)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_ticket_event_date_id" ON "event_ticket" ("event_date_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_ticket_ticket_type_id" ON "event_ticket" ("ticket_type_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_ticket_deleted_at" ON "event_ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_ticket_code_unique" ON "event_ticket" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_ticket_event_date_id_status" ON "event_ticket" ("event_date_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_ticket_order_id" ON "event_ticket" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_ticket_customer_id" ON "event_ticket" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "event_waitlist_entry" ("id" text not null, "email" text not null, "customer_id" text null, "quantity" integer not null, "position" integer not null, "status" text check ("status" in ('waiting', 'offered', 'claimed', 'expired', 'left')) not null default 'waiting', "offer_expires_at" timestamptz null, "offer_token_hash" text null, "event_date_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_waitlist_entry_pkey" primary key ("id"), constraint event_waitlist_quantity check (quantity BETWEEN 1 AND 100), constraint event_waitlist_offer_expiry check (status <> 'offered' OR offer_expires_at IS NOT NULL));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_waitlist_entry_event_date_id" ON "event_waitlist_entry" ("event_date_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_waitlist_entry_deleted_at" ON "event_waitlist_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_waitlist_entry_event_date_id_position_unique" ON "event_waitlist_entry" ("event_date_id", "position") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_waitlist_entry_event_date_id_status" ON "event_waitlist_entry" ("event_date_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_waitlist_entry_offer_token_hash_unique" ON "event_waitlist_entry" ("offer_token_hash") WHERE offer_token_hash IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "event_date" add constraint "event_date_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "event_ticket_type" add constraint "event_ticket_type_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "event_ticket" add constraint "event_ticket_event_date_id_foreign" foreign key ("event_date_id") references "event_date" ("id") on update cascade;`);
    this.addSql(`alter table if exists "event_ticket" add constraint "event_ticket_ticket_type_id_foreign" foreign key ("ticket_type_id") references "event_ticket_type" ("id") on update cascade;`);

    this.addSql(`alter table if exists "event_waitlist_entry" add constraint "event_waitlist_entry_event_date_id_foreign" foreign key ("event_date_id") references "event_date" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "event_date" drop constraint if exists "event_date_event_id_foreign";`);

    this.addSql(`alter table if exists "event_ticket_type" drop constraint if exists "event_ticket_type_event_id_foreign";`);

    this.addSql(`alter table if exists "event_ticket" drop constraint if exists "event_ticket_event_date_id_foreign";`);

    this.addSql(`alter table if exists "event_waitlist_entry" drop constraint if exists "event_waitlist_entry_event_date_id_foreign";`);

    this.addSql(`alter table if exists "event_ticket" drop constraint if exists "event_ticket_ticket_type_id_foreign";`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "event_date" cascade;`);

    this.addSql(`drop table if exists "event_ticket_type" cascade;`);

    this.addSql(`drop table if exists "event_ticket" cascade;`);

    this.addSql(`drop table if exists "event_waitlist_entry" cascade;`);
  }

}
