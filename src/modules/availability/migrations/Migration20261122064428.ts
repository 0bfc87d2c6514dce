import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122064428 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "availability_settings" drop constraint if exists "availability_settings_practitioner_id_unique";`);
    this.addSql(`alter table if exists "availability_date_override" drop constraint if exists "availability_date_override_practitioner_id_date_unique";`);
    this.addSql(`create table if not exists "availability_date_override" ("id" text not null, "practitioner_id" text not null, "date" text not null, "intervals" jsonb not null default '{"items":[]}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "availability_date_override_pkey" primary key ("id"), constraint availability_override_date check (date ~ '^\\d{4}-\\d{2}-\\d{2}\$'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_availability_date_override_deleted_at" ON "availability_date_override" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_availability_date_override_practitioner_id_date_unique" ON "availability_date_override" ("practitioner_id", "date") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "availability_settings" ("id" text not null, "practitioner_id" text not null, "buffer_before_minutes" integer not null default 0, "buffer_after_minutes" integer not null default 15, "minimum_notice_minutes" integer not null default 720, "maximum_advance_days" integer not null default 60, "slot_step_minutes" integer not null default 30, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "availability_settings_pkey" primary key ("id"), constraint availability_settings_ranges check (buffer_before_minutes BETWEEN 0 AND 240 AND buffer_after_minutes BETWEEN 0 AND 240 AND minimum_notice_minutes BETWEEN 0 AND 43200 AND maximum_advance_days BETWEEN 1 AND 365 AND slot_step_minutes BETWEEN 5 AND 240));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_availability_settings_deleted_at" ON "availability_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_availability_settings_practitioner_id_unique" ON "availability_settings" ("practitioner_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "availability_time_off" ("id" text not null, "practitioner_id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "availability_time_off_pkey" primary key ("id"), constraint availability_time_off_order check (ends_at > starts_at));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_availability_time_off_deleted_at" ON "availability_time_off" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_availability_time_off_practitioner_id_starts_at" ON "availability_time_off" ("practitioner_id", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "availability_weekly_rule" ("id" text not null, "practitioner_id" text not null, "weekday" integer not null, "start_time" text not null, "end_time" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "availability_weekly_rule_pkey" primary key ("id"), constraint availability_rule_weekday check (weekday BETWEEN 1 AND 7), constraint availability_rule_times check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]\$|^24:00\$' AND end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]\$|^24:00\$' AND start_time < end_time));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_availability_weekly_rule_deleted_at" ON "availability_weekly_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_availability_weekly_rule_practitioner_id_weekday" ON "availability_weekly_rule" ("practitioner_id", "weekday") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "availability_date_override" cascade;`);

    this.addSql(`drop table if exists "availability_settings" cascade;`);

    this.addSql(`drop table if exists "availability_time_off" cascade;`);

    this.addSql(`drop table if exists "availability_weekly_rule" cascade;`);
  }

}
