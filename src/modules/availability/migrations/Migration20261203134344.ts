import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203134344 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "availability_free_slot_refresh" drop constraint if exists "availability_free_slot_refresh_practitioner_id_unique";`);
    this.addSql(`create table if not exists "availability_free_slot" ("id" text not null, "practitioner_id" text not null, "variant_id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "blocked_from" timestamptz not null, "blocked_until" timestamptz not null, "book_by" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "availability_free_slot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_availability_free_slot_deleted_at" ON "availability_free_slot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_availability_free_slot_practitioner_id_starts_at" ON "availability_free_slot" ("practitioner_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_availability_free_slot_starts_at" ON "availability_free_slot" ("starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "availability_free_slot_refresh" ("id" text not null, "practitioner_id" text not null, "refreshed_at" timestamptz null, "stale_since" timestamptz null, "slot_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "availability_free_slot_refresh_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_availability_free_slot_refresh_deleted_at" ON "availability_free_slot_refresh" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_availability_free_slot_refresh_practitioner_id_unique" ON "availability_free_slot_refresh" ("practitioner_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "availability_free_slot" cascade;`);

    this.addSql(`drop table if exists "availability_free_slot_refresh" cascade;`);
  }

}
