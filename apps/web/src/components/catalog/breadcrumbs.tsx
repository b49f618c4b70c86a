/** A trail of links from the home page down to the current page, which is named but not linked. */
export function Breadcrumbs({
  label,
  links,
  current,
}: {
  label: string;
  links: { name: string; href: string }[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="container-shop pt-4 sm:pt-6">
      <ol className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
        {links.map((link) => (
          <li key={link.href} className="flex items-center gap-x-2">
            <a href={link.href} className="underline-offset-4 hover:text-ink hover:underline">
              {link.name}
            </a>
            <span aria-hidden="true">/</span>
          </li>
        ))}
        <li aria-current="page" className="font-medium text-ink">
          {current}
        </li>
      </ol>
    </nav>
  );
}
