import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Indexes for the public directory's text search: a GIN index over the
 * full-text document (name, bio, specialties) and a trigram index so a part of
 * a name ("nomv") is found too. `array_to_string` is only STABLE, so the
 * document is built by an IMMUTABLE function that both the index and the
 * query use.
 */
export class Migration20261122055000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(`
      create or replace function practitioner_search_document(display_name text, bio text, specialties text[])
      returns tsvector language sql immutable parallel safe as $$
        select to_tsvector('simple'::regconfig,
          coalesce(display_name, '') || ' ' || coalesce(bio, '') || ' ' ||
          coalesce(array_to_string(specialties, ' '), ''))
      $$;`)
    this.addSql(`create index if not exists "IDX_practitioner_search_document" on "practitioner"
      using gin (practitioner_search_document(display_name, bio, specialties)) where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_practitioner_display_name_trgm" on "practitioner"
      using gin (display_name gin_trgm_ops) where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_practitioner_directory" on "practitioner"
      (status, kind, rating_average desc) where deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_practitioner_directory";`)
    this.addSql(`drop index if exists "IDX_practitioner_display_name_trgm";`)
    this.addSql(`drop index if exists "IDX_practitioner_search_document";`)
    this.addSql(`drop function if exists practitioner_search_document(text, text, text[]);`)
  }
}
