DROP INDEX "product_translations_search_vector_idx";--> statement-breakpoint
ALTER TABLE "product_translations" ADD COLUMN "search_name" text GENERATED ALWAYS AS (puoti_fold(name)) STORED;--> statement-breakpoint
ALTER TABLE "product_translations" ADD COLUMN "search_summary" text GENERATED ALWAYS AS (puoti_fold(short_description)) STORED;--> statement-breakpoint
CREATE INDEX "product_translations_search_vector_fi_idx" ON "product_translations" USING gin ("search_vector") WHERE locale = 'fi';--> statement-breakpoint
CREATE INDEX "product_translations_search_vector_sv_idx" ON "product_translations" USING gin ("search_vector") WHERE locale = 'sv';--> statement-breakpoint
CREATE INDEX "product_translations_search_vector_en_idx" ON "product_translations" USING gin ("search_vector") WHERE locale = 'en';--> statement-breakpoint
CREATE INDEX "product_translations_search_vector_zh_idx" ON "product_translations" USING gin ("search_vector") WHERE locale = 'zh';--> statement-breakpoint
CREATE INDEX "products_unlisted_idx" ON "products" USING btree ("id") WHERE not ("products"."is_visible" and "products"."archived_at" is null);