DROP INDEX "products_min_price_idx";--> statement-breakpoint
DROP INDEX "products_listing_idx";--> statement-breakpoint
CREATE INDEX "products_category_listing_idx" ON "products" USING btree ("category_id","is_featured" DESC NULLS LAST,"created_at" DESC NULLS LAST,"id") WHERE "products"."is_visible" and "products"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "products_min_price_idx" ON "products" USING btree ("min_price_cents","id") WHERE "products"."is_visible" and "products"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "products_listing_idx" ON "products" USING btree ("is_featured" DESC NULLS LAST,"created_at" DESC NULLS LAST,"id") WHERE "products"."is_visible" and "products"."archived_at" is null;