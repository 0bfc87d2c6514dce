import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203135652 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "favourite" drop constraint if exists "favourite_customer_id_target_type_target_id_unique";`);
    this.addSql(`create table if not exists "favourite" ("id" text not null, "customer_id" text not null, "target_type" text check ("target_type" in ('practitioner', 'event', 'product')) not null, "target_id" text not null, "notify" boolean not null default false, "last_notified_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "favourite_pkey" primary key ("id"), constraint favourite_notify_practitioners_only check (NOT notify OR target_type = 'practitioner'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_favourite_deleted_at" ON "favourite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_favourite_customer_id_target_type_target_id_unique" ON "favourite" ("customer_id", "target_type", "target_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_favourite_target_type_target_id_notify" ON "favourite" ("target_type", "target_id", "notify") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "favourite" cascade;`);
  }

}
