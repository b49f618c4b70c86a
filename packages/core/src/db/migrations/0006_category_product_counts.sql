CREATE TABLE "category_product_counts" (
	"category_id" uuid,
	"products" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "category_product_counts_category_key" UNIQUE NULLS NOT DISTINCT("category_id"),
	CONSTRAINT "category_product_counts_nonnegative" CHECK ("category_product_counts"."products" >= 0)
);
--> statement-breakpoint
ALTER TABLE "category_product_counts" ADD CONSTRAINT "category_product_counts_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A product counts in its category while customers can see it (visible, not archived): every write that
-- changes that, or moves a listed product to another category, moves one count. Stock and price writes
-- (checkout) do not name these columns and never touch the counts.
CREATE OR REPLACE FUNCTION puoti_category_counts() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  was_listed boolean := false;
  is_listed boolean := false;
  old_category uuid;
  new_category uuid;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    was_listed := OLD.is_visible AND OLD.archived_at IS NULL;
    old_category := OLD.category_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    is_listed := NEW.is_visible AND NEW.archived_at IS NULL;
    new_category := NEW.category_id;
  END IF;
  IF was_listed AND NOT (is_listed AND new_category IS NOT DISTINCT FROM old_category) THEN
    UPDATE category_product_counts SET products = products - 1
     WHERE category_id IS NOT DISTINCT FROM old_category;
  END IF;
  IF is_listed AND NOT (was_listed AND new_category IS NOT DISTINCT FROM old_category) THEN
    INSERT INTO category_product_counts (category_id, products) VALUES (new_category, 1)
    ON CONFLICT (category_id) DO UPDATE SET products = category_product_counts.products + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER products_category_counts
  AFTER INSERT OR DELETE OR UPDATE OF is_visible, archived_at, category_id ON products
  FOR EACH ROW EXECUTE FUNCTION puoti_category_counts();
--> statement-breakpoint
INSERT INTO category_product_counts (category_id, products)
SELECT category_id, count(*)::int FROM products WHERE is_visible AND archived_at IS NULL GROUP BY category_id;
