import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203131214 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "review_vote" drop constraint if exists "review_vote_review_id_customer_id_unique";`);
    this.addSql(`alter table if exists "review_report" drop constraint if exists "review_report_review_id_reporter_type_reporter_id_unique";`);
    this.addSql(`alter table if exists "review_aggregate" drop constraint if exists "review_aggregate_target_type_target_id_unique";`);
    this.addSql(`alter table if exists "review" drop constraint if exists "review_purchase_type_purchase_id_unique";`);
    this.addSql(`create table if not exists "review" ("id" text not null, "target_type" text check ("target_type" in ('practitioner', 'product', 'event')) not null, "target_id" text not null, "purchase_type" text check ("purchase_type" in ('booking', 'order_line', 'ticket')) not null, "purchase_id" text not null, "order_id" text null, "practitioner_id" text null, "customer_id" text null, "reviewer_name" text not null, "rating" integer not null, "title" text null, "body" text null, "language" text not null default 'en', "status" text check ("status" in ('pending', 'published', 'rejected', 'hidden')) not null default 'pending', "flags" text[] not null default '{}', "moderation_reason" text check ("moderation_reason" in ('abuse', 'personal_data', 'off_topic', 'spam')) null, "moderation_note" text null, "moderated_by" text null, "moderated_at" timestamptz null, "verified" boolean not null default true, "unverified_reason" text null, "report_count" integer not null default 0, "helpful_count" integer not null default 0, "published_at" timestamptz null, "edited_at" timestamptz null, "reply_body" text null, "reply_status" text check ("reply_status" in ('pending', 'published', 'rejected')) null, "reply_flags" text[] not null default '{}', "reply_reason" text check ("reply_reason" in ('abuse', 'personal_data', 'off_topic', 'spam')) null, "replied_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"), constraint review_rating_range check (rating between 1 and 5), constraint review_counts check (report_count >= 0 AND helpful_count >= 0), constraint review_rejection_has_reason check (status not in ('rejected', 'hidden') OR moderation_reason IS NOT NULL OR report_count > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_purchase_type_purchase_id_unique" ON "review" ("purchase_type", "purchase_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_target_type_target_id_status_published_at" ON "review" ("target_type", "target_id", "status", "published_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_status_created_at" ON "review" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_customer_id" ON "review" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_practitioner_id_created_at" ON "review" ("practitioner_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_order_id" ON "review" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_aggregate" ("id" text not null, "target_type" text check ("target_type" in ('practitioner', 'product', 'event')) not null, "target_id" text not null, "review_count" integer not null default 0, "rating_average" real not null default 0, "rating_1" integer not null default 0, "rating_2" integer not null default 0, "rating_3" integer not null default 0, "rating_4" integer not null default 0, "rating_5" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_aggregate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_aggregate_deleted_at" ON "review_aggregate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_aggregate_target_type_target_id_unique" ON "review_aggregate" ("target_type", "target_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_aggregate_target_type_rating_average" ON "review_aggregate" ("target_type", "rating_average") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_report" ("id" text not null, "review_id" text not null, "reporter_type" text check ("reporter_type" in ('customer', 'practitioner')) not null, "reporter_id" text not null, "reason" text not null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_report_deleted_at" ON "review_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_report_review_id_reporter_type_reporter_id_unique" ON "review_report" ("review_id", "reporter_type", "reporter_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_vote" ("id" text not null, "review_id" text not null, "customer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_vote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_vote_deleted_at" ON "review_vote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_vote_review_id_customer_id_unique" ON "review_vote" ("review_id", "customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "review_aggregate" cascade;`);

    this.addSql(`drop table if exists "review_report" cascade;`);

    this.addSql(`drop table if exists "review_vote" cascade;`);
  }

}
