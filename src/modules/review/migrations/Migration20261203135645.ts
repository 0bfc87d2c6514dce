import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203135645 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "review_request" drop constraint if exists "review_request_purchase_type_purchase_id_unique";`);
    this.addSql(`create table if not exists "review_request" ("id" text not null, "purchase_type" text check ("purchase_type" in ('booking', 'order_line', 'ticket')) not null, "purchase_id" text not null, "customer_id" text not null, "sent_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_deleted_at" ON "review_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_request_purchase_type_purchase_id_unique" ON "review_request" ("purchase_type", "purchase_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review_request" cascade;`);
  }

}
