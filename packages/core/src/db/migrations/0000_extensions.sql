-- Extensions and functions the schema's search columns depend on; they come before any table.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change), so generated columns and indexes need an
-- IMMUTABLE wrapper that names the dictionary explicitly.
CREATE OR REPLACE FUNCTION puoti_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;
--> statement-breakpoint
-- The weighted search document of one translation, stemmed in its locale's configuration.
-- Chinese has no parser in PostgreSQL: 'simple' here, and the catalogue adds trigram matching.
CREATE OR REPLACE FUNCTION puoti_search_vector(locale text, name text, keywords text, short_description text, description text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector(cfg, puoti_fold(coalesce(name, '') || ' ' || coalesce(keywords, ''))), 'A')
      || setweight(to_tsvector(cfg, puoti_fold(coalesce(short_description, ''))), 'B')
      || setweight(to_tsvector(cfg, puoti_fold(coalesce(description, ''))), 'C')
  FROM (SELECT (CASE locale WHEN 'fi' THEN 'finnish' WHEN 'sv' THEN 'swedish' WHEN 'en' THEN 'english' ELSE 'simple' END)::regconfig AS cfg) AS config
$$;
