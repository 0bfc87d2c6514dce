import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203173324 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "audit_entry" ("id" text not null, "actor_type" text check ("actor_type" in ('user', 'api-key', 'practitioner')) not null, "actor_id" text not null, "action" text not null, "target_type" text null, "target_id" text null, "changes" jsonb null, "status_code" integer not null, "request_id" text null, "ip" text null, "user_agent" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_entry_deleted_at" ON "audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_entry_created_at_id" ON "audit_entry" ("created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_entry_actor_type_actor_id_created_at" ON "audit_entry" ("actor_type", "actor_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_entry_target_type_target_id_created_at" ON "audit_entry" ("target_type", "target_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_entry_action_created_at" ON "audit_entry" ("action", "created_at") WHERE deleted_at IS NULL;`);
    // Append-only: UPDATE is refused; DELETE only of entries older than the
    // cut-off the pruning transaction names in avenrae.audit_prune_before.
    this.addSql(`create or replace function audit_entry_refuse_change() returns trigger language plpgsql as $$
      declare cutoff timestamptz := nullif(current_setting('avenrae.audit_prune_before', true), '')::timestamptz;
      begin
        if TG_OP = 'DELETE' and cutoff is not null then
          if OLD.created_at < cutoff then return OLD; end if;
        end if;
        raise exception 'audit entries cannot be changed or removed (% refused)', TG_OP using errcode = '42501';
      end $$;`);
    this.addSql(`create trigger audit_entry_append_only before update or delete on "audit_entry" for each row execute function audit_entry_refuse_change();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop function if exists audit_entry_refuse_change();`);
  }

}
