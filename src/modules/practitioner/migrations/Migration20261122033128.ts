import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122033128 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "practitioner" drop constraint if exists "practitioner_email_unique";`);
    this.addSql(`alter table if exists "practitioner" drop constraint if exists "practitioner_handle_unique";`);
    this.addSql(`create table if not exists "practitioner" ("id" text not null, "handle" text not null, "display_name" text not null, "email" text not null, "kind" text check ("kind" in ('healer', 'prophet', 'medium', 'counsellor')) not null, "specialties" text[] not null default '{}', "bio" text not null default '', "languages" text[] not null default '{}', "years_of_experience" integer not null default 0, "certifications" jsonb not null default '{"items":[]}', "avatar_url" text null, "city" text null, "country_code" text null, "latitude" real null, "longitude" real null, "service_address" text null, "meeting_modes" text[] not null default '{online}', "timezone" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "verified" boolean not null default false, "verified_at" timestamptz null, "verified_by" text null, "commission_rate" real null, "rating_average" real not null default 0, "rating_count" integer not null default 0, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "practitioner_pkey" primary key ("id"), constraint practitioner_latitude_range check (latitude IS NULL OR (latitude >= -90 AND latitude <= 90)), constraint practitioner_longitude_range check (longitude IS NULL OR (longitude >= -180 AND longitude <= 180)), constraint practitioner_commission_rate_range check (commission_rate IS NULL OR (commission_rate >= 0 AND commission_rate <= 1)), constraint practitioner_rating_range check (rating_average >= 0 AND rating_average <= 5 AND rating_count >= 0), constraint practitioner_handle_format check (handle ~ '^[a-z0-9]+(-[a-z0-9]+)*\$'));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_practitioner_handle_unique" ON "practitioner" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_practitioner_deleted_at" ON "practitioner" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_practitioner_status_kind" ON "practitioner" ("status", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_practitioner_email_unique" ON "practitioner" ("email") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "practitioner" cascade;`);
  }

}
