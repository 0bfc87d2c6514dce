import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122055347 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "practitioner" add column if not exists "avatar_file_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "practitioner" drop column if exists "avatar_file_id";`);
  }

}
