import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203024929 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "event_ticket" drop constraint if exists "event_ticket_seat_hold_id_seat_unique";`);
    this.addSql(`alter table if exists "event_seat_hold" drop constraint if exists "event_seat_hold_line_item_id_unique";`);
    this.addSql(`create table if not exists "event_seat_hold" ("id" text not null, "cart_id" text not null, "customer_id" text null, "line_item_id" text null, "variant_id" text not null, "quantity" integer not null, "attendees" jsonb not null, "status" text check ("status" in ('held', 'released', 'expired', 'sold')) not null default 'held', "expires_at" timestamptz not null, "order_id" text null, "event_date_id" text not null, "ticket_type_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_seat_hold_pkey" primary key ("id"), constraint event_seat_hold_quantity check (quantity BETWEEN 1 AND 100));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_seat_hold_event_date_id" ON "event_seat_hold" ("event_date_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_seat_hold_ticket_type_id" ON "event_seat_hold" ("ticket_type_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_seat_hold_deleted_at" ON "event_seat_hold" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_seat_hold_event_date_id_status_expires_at" ON "event_seat_hold" ("event_date_id", "status", "expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_seat_hold_cart_id_status" ON "event_seat_hold" ("cart_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_seat_hold_line_item_id_unique" ON "event_seat_hold" ("line_item_id") WHERE line_item_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_seat_hold_status_expires_at" ON "event_seat_hold" ("status", "expires_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "event_seat_hold" add constraint "event_seat_hold_event_date_id_foreign" foreign key ("event_date_id") references "event_date" ("id") on update cascade;`);
    this.addSql(`alter table if exists "event_seat_hold" add constraint "event_seat_hold_ticket_type_id_foreign" foreign key ("ticket_type_id") references "event_ticket_type" ("id") on update cascade;`);

    this.addSql(`alter table if exists "event_ticket" add column if not exists "seat_hold_id" text null, add column if not exists "seat" integer null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_ticket_seat_hold_id_seat_unique" ON "event_ticket" ("seat_hold_id", "seat") WHERE seat_hold_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_seat_hold" cascade;`);

    this.addSql(`drop index if exists "IDX_event_ticket_seat_hold_id_seat_unique";`);
    this.addSql(`alter table if exists "event_ticket" drop column if exists "seat_hold_id", drop column if exists "seat";`);
  }

}
