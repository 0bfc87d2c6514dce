import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203094035 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "refund_attribution" drop constraint if exists "refund_attribution_refund_id_unique";`);
    this.addSql(`alter table if exists "payout_account" drop constraint if exists "payout_account_stripe_account_id_unique";`);
    this.addSql(`alter table if exists "payout_account" drop constraint if exists "payout_account_practitioner_id_unique";`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_source_key_unique";`);
    this.addSql(`alter table if exists "earning" drop constraint if exists "earning_line_item_id_unique";`);
    this.addSql(`create table if not exists "commission_rule" ("id" text not null, "practitioner_id" text null, "category_id" text null, "rate_bps" integer not null, "note" text null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"), constraint commission_rule_rate_range check (rate_bps >= 0 AND rate_bps <= 10000));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "earning" ("id" text not null, "practitioner_id" text not null, "order_id" text not null, "line_item_id" text not null, "currency_code" text not null, "purchase" text check ("purchase" in ('session', 'ticket', 'crystal')) not null, "product_id" text null, "booking_id" text null, "event_date_id" text null, "line_total" numeric not null, "status" text check ("status" in ('pending', 'earned', 'held')) not null default 'pending', "available_at" timestamptz null, "status_reason" text null, "raw_line_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "earning_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_earning_deleted_at" ON "earning" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_earning_line_item_id_unique" ON "earning" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_earning_order_id" ON "earning" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_earning_booking_id" ON "earning" ("booking_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_earning_status_purchase" ON "earning" ("status", "purchase") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "practitioner_id" text not null, "currency_code" text not null, "kind" text check ("kind" in ('sale', 'refund', 'reversal', 'adjustment', 'payout', 'debt')) not null, "earning_id" text null, "order_id" text null, "line_item_id" text null, "booking_id" text null, "ticket_id" text null, "gross" numeric not null, "rate_bps" integer null, "commission" numeric not null, "share" numeric not null, "refunded" numeric null, "refund_id" text null, "transfer_reversal_id" text null, "source" text not null, "source_key" text not null, "reason" text null, "created_by" text null, "available_at" timestamptz null, "payout_id" text null, "raw_gross" jsonb not null, "raw_commission" jsonb not null, "raw_share" jsonb not null, "raw_refunded" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_source_key_unique" ON "ledger_entry" ("source_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_practitioner_id_currency_code_payout_id" ON "ledger_entry" ("practitioner_id", "currency_code", "payout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_earning_id" ON "ledger_entry" ("earning_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_payout_id" ON "ledger_entry" ("payout_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout" ("id" text not null, "practitioner_id" text not null, "currency_code" text not null, "amount" numeric not null, "provider" text check ("provider" in ('stripe', 'manual')) not null, "status" text check ("status" in ('pending', 'in_transit', 'paid', 'failed')) not null default 'pending', "run_id" text null, "attempt" integer not null default 1, "transfer_id" text null, "transfer_group" text null, "source_transaction" text null, "failure_message" text null, "failed_at" timestamptz null, "reference" text null, "paid_at" timestamptz null, "paid_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"), constraint payout_amount_positive check (amount > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_practitioner_id_created_at" ON "payout" ("practitioner_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_status" ON "payout" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_transfer_id" ON "payout" ("transfer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_account" ("id" text not null, "practitioner_id" text not null, "provider" text check ("provider" in ('stripe', 'manual')) not null default 'manual', "stripe_account_id" text null, "charges_enabled" boolean not null default false, "payouts_enabled" boolean not null default false, "details_submitted" boolean not null default false, "requirements_due" text[] not null default '{}', "disabled_reason" text null, "bank_account_holder" text null, "bank_account_last4" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_deleted_at" ON "payout_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_practitioner_id_unique" ON "payout_account" ("practitioner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_stripe_account_id_unique" ON "payout_account" ("stripe_account_id") WHERE deleted_at IS NULL AND stripe_account_id IS NOT NULL;`);

    this.addSql(`create table if not exists "payout_run" ("id" text not null, "trigger" text check ("trigger" in ('schedule', 'staff')) not null, "practitioner_id" text null, "started_by" text null, "finished_at" timestamptz null, "payouts_created" integer not null default 0, "payouts_sent" integer not null default 0, "skipped" jsonb not null default '{"items":[]}', "failures" jsonb not null default '{"items":[]}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_run_deleted_at" ON "payout_run" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "refund_attribution" ("id" text not null, "refund_id" text not null, "order_id" text not null, "line_item_id" text not null, "amount" numeric not null, "booking_id" text null, "ticket_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "refund_attribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_refund_attribution_deleted_at" ON "refund_attribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_refund_attribution_refund_id_unique" ON "refund_attribution" ("refund_id") WHERE deleted_at IS NULL;`);
    // One rule per practitioner and category, the platform default (neither) included.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_rule_scope_unique" ON "commission_rule" (coalesce("practitioner_id", ''), coalesce("category_id", '')) WHERE deleted_at IS NULL;`);
    // The ledger is append-only: no delete, and no update but attaching a payout to an entry without one.
    this.addSql(`create or replace function "ledger_entry_append_only"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then raise exception 'ledger entries are never deleted'; end if;
        if old."payout_id" is not null and new."payout_id" is distinct from old."payout_id" then
          raise exception 'a ledger entry stays with the payout it was attached to';
        end if;
        if (to_jsonb(new) - 'payout_id' - 'updated_at') is distinct from (to_jsonb(old) - 'payout_id' - 'updated_at') then
          raise exception 'ledger entries are append-only: only a payout may be attached';
        end if;
        return new;
      end $$;`);
    this.addSql(`drop trigger if exists "ledger_entry_append_only" on "ledger_entry";`);
    this.addSql(`create trigger "ledger_entry_append_only" before update or delete on "ledger_entry" for each row execute function "ledger_entry_append_only"();`);
    // A practitioner's commission_rate (a fraction) becomes their rule in basis points.
    this.addSql(`insert into "commission_rule" ("id", "practitioner_id", "category_id", "rate_bps", "note", "created_at", "updated_at")
      select 'crule_' || substr(md5(p."id"), 1, 26), p."id", null, round(p."commission_rate" * 10000)::int, 'From the practitioner''s commission rate', now(), now()
      from "practitioner" p where p."commission_rate" is not null and p."deleted_at" is null
      on conflict do nothing;`);
    this.addSql(`alter table if exists "practitioner" drop constraint if exists "practitioner_commission_rate_range";`);
    this.addSql(`alter table if exists "practitioner" drop column if exists "commission_rate";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_rule" cascade;`);

    this.addSql(`drop table if exists "earning" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);
    this.addSql(`drop function if exists "ledger_entry_append_only"();`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "payout_account" cascade;`);

    this.addSql(`drop table if exists "payout_run" cascade;`);

    this.addSql(`drop table if exists "refund_attribution" cascade;`);
  }

}
