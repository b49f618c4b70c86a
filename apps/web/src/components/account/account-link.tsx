import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes';

/**
 * The header's account link. Plain server HTML with one label for everyone (the header is shared by a
 * full-page cache): the account page itself sends a signed-out visitor to the sign-in form.
 */
export function AccountLink({ locale, label }: { locale: AppLocale; label: string }) {
  return (
    <a
      href={routes.account(locale)}
      className="flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md px-2 text-sm font-medium hover:bg-lake-soft"
    >
      {/* Lucide's "user" shape (MIT), drawn inline like the header's other icons. */}
      <svg
        className="size-6 text-lake"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="12" cy="8" r="4" />
        <path d="M20 21a8 8 0 0 0-16 0" />
      </svg>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </a>
  );
}
