import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203061437 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "event_waitlist_entry" drop constraint if exists "event_waitlist_entry_event_date_id_email_unique";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_waitlist_entry_event_date_id_email_unique" ON "event_waitlist_entry" ("event_date_id", "email") WHERE status IN ('waiting', 'offered') AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_event_waitlist_entry_event_date_id_email_unique";`);
  }

}
