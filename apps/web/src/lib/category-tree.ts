import type { CategoryNode } from '@puoti/core/catalog';

/** A category with the chain of categories above it, top level first and the category itself last. */
export interface CategoryMatch {
  category: CategoryNode;
  trail: CategoryNode[];
}

/**
 * Finds a category by its slug in any language (a link shared in Finnish still opens in Swedish);
 * the slug in the page's own language wins when two categories share one across languages.
 */
export function findCategory(tree: readonly CategoryNode[], slug: string): CategoryMatch | null {
  let fallback: CategoryMatch | null = null;
  const visit = (nodes: readonly CategoryNode[], above: CategoryNode[]): CategoryMatch | null => {
    for (const node of nodes) {
      const trail = [...above, node];
      if (node.slug === slug) return { category: node, trail };
      if (!fallback && Object.values(node.slugs).includes(slug)) fallback = { category: node, trail };
      const found = visit(node.children, trail);
      if (found) return found;
    }
    return null;
  };
  return visit(tree, []) ?? fallback;
}

/** Every category below this one, depth first. */
export function descendantsOf(category: CategoryNode): CategoryNode[] {
  return category.children.flatMap((child) => [child, ...descendantsOf(child)]);
}
