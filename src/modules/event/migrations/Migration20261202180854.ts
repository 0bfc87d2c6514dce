import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202180854 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "event_ticket_variant" drop constraint if exists "event_ticket_variant_event_date_id_ticket_type_id_unique";`);
    this.addSql(`alter table if exists "event_ticket_variant" drop constraint if exists "event_ticket_variant_variant_id_unique";`);
    this.addSql(`create table if not exists "event_ticket_variant" ("id" text not null, "variant_id" text not null, "event_date_id" text not null, "ticket_type_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_ticket_variant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_ticket_variant_event_date_id" ON "event_ticket_variant" ("event_date_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_ticket_variant_ticket_type_id" ON "event_ticket_variant" ("ticket_type_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_ticket_variant_deleted_at" ON "event_ticket_variant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_ticket_variant_variant_id_unique" ON "event_ticket_variant" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_ticket_variant_event_date_id_ticket_type_id_unique" ON "event_ticket_variant" ("event_date_id", "ticket_type_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "event_ticket_variant" add constraint "event_ticket_variant_event_date_id_foreign" foreign key ("event_date_id") references "event_date" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "event_ticket_variant" add constraint "event_ticket_variant_ticket_type_id_foreign" foreign key ("ticket_type_id") references "event_ticket_type" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "event" add column if not exists "product_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_ticket_variant" cascade;`);

    this.addSql(`alter table if exists "event" drop column if exists "product_id";`);
  }

}
