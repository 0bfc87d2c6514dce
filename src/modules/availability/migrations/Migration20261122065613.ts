import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122065613 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "availability_settings" add column if not exists "cancellation_policy" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "availability_settings" drop column if exists "cancellation_policy";`);
  }

}
