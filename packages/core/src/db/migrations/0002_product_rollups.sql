DROP INDEX "products_price_idx";--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "min_price_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "max_price_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "stock_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "products_min_price_idx" ON "products" USING btree ("min_price_cents","id");--> statement-breakpoint
CREATE INDEX "products_listing_idx" ON "products" USING btree ("is_featured" DESC NULLS LAST,"created_at" DESC NULLS LAST,"id");--> statement-breakpoint
-- The product's roll-ups are computed from its active variants on every write of the product itself.
CREATE OR REPLACE FUNCTION puoti_products_rollup() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  SELECT coalesce(min(coalesce(v.price_cents, NEW.price_cents)), NEW.price_cents),
         coalesce(max(coalesce(v.price_cents, NEW.price_cents)), NEW.price_cents),
         coalesce(sum(v.stock)::int, NEW.stock)
    INTO NEW.min_price_cents, NEW.max_price_cents, NEW.stock_total
    FROM product_variants v
   WHERE v.product_id = NEW.id AND v.is_active;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER products_rollup BEFORE INSERT OR UPDATE ON products
  FOR EACH ROW EXECUTE FUNCTION puoti_products_rollup();
--> statement-breakpoint
-- A variant's change re-runs its product's roll-up (an update of the product row fires the trigger above).
CREATE OR REPLACE FUNCTION puoti_variants_rollup() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE products SET stock_total = stock_total WHERE id = OLD.product_id;
  END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.product_id <> OLD.product_id) THEN
    UPDATE products SET stock_total = stock_total WHERE id = NEW.product_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER product_variants_rollup AFTER INSERT OR UPDATE OR DELETE ON product_variants
  FOR EACH ROW EXECUTE FUNCTION puoti_variants_rollup();
--> statement-breakpoint
UPDATE products SET stock_total = stock_total;
