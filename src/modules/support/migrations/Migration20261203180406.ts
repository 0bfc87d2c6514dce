import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203180406 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "support_participant" drop constraint if exists "support_participant_request_id_practitioner_id_unique";`);
    this.addSql(`create table if not exists "support_attachment" ("id" text not null, "message_id" text null, "uploader_type" text check ("uploader_type" in ('customer', 'practitioner', 'staff')) not null, "uploader_id" text not null, "file_id" text not null, "filename" text not null, "mime_type" text not null, "size" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_attachment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_deleted_at" ON "support_attachment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_message_id" ON "support_attachment" ("message_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_uploader_type_uploader_id" ON "support_attachment" ("uploader_type", "uploader_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_canned_reply" ("id" text not null, "title" text not null, "body" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_canned_reply_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_canned_reply_deleted_at" ON "support_canned_reply" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_message" ("id" text not null, "request_id" text not null, "author_type" text check ("author_type" in ('customer', 'practitioner', 'staff')) not null, "author_id" text not null, "body" text not null, "internal" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_message_pkey" primary key ("id"), constraint support_message_staff_notes_only check (NOT internal OR author_type = 'staff'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_deleted_at" ON "support_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_request_id_created_at" ON "support_message" ("request_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_participant" ("id" text not null, "request_id" text not null, "practitioner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_participant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_participant_deleted_at" ON "support_participant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_participant_request_id_practitioner_id_unique" ON "support_participant" ("request_id", "practitioner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_participant_practitioner_id" ON "support_participant" ("practitioner_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_request" ("id" text not null, "requester_type" text check ("requester_type" in ('customer', 'practitioner')) not null, "requester_id" text not null, "subject" text not null, "category" text check ("category" in ('order', 'session', 'event_ticket', 'payout', 'account', 'other')) not null, "link_type" text check ("link_type" in ('order', 'booking', 'ticket', 'payout')) null, "link_id" text null, "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) not null default 'normal', "status" text check ("status" in ('open', 'waiting_on_staff', 'waiting_on_customer', 'resolved', 'closed')) not null default 'open', "assignee_id" text null, "last_message_at" timestamptz not null, "waiting_since" timestamptz null, "reminded_at" timestamptz null, "first_response_at" timestamptz null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_request_pkey" primary key ("id"), constraint support_request_link_whole check ((link_type IS NULL) = (link_id IS NULL)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_request_deleted_at" ON "support_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_request_requester_type_requester_id_last_message_at" ON "support_request" ("requester_type", "requester_id", "last_message_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_request_status_created_at" ON "support_request" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_request_assignee_id_status" ON "support_request" ("assignee_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_request_link_type_link_id" ON "support_request" ("link_type", "link_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_attachment" cascade;`);

    this.addSql(`drop table if exists "support_canned_reply" cascade;`);

    this.addSql(`drop table if exists "support_message" cascade;`);

    this.addSql(`drop table if exists "support_participant" cascade;`);

    this.addSql(`drop table if exists "support_request" cascade;`);
  }

}
