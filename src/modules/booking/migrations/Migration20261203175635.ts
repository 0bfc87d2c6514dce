import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203175635 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_practitioner_id_updated_at" ON "booking" ("practitioner_id", "updated_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_booking_practitioner_id_updated_at";`);
  }

}
