import type { ReactNode } from 'react';

/** The narrow card around the sign-in, registration and password pages. */
export function AuthFrame({
  title,
  intro,
  noscript,
  children,
  footer,
}: {
  title: string;
  intro?: string;
  /** What to do when the browser runs no script: these forms talk to the API from the page. */
  noscript: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="container-shop py-8 sm:py-12">
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
        {intro ? <p className="mt-2 text-muted">{intro}</p> : null}
        <noscript>
          <p className="mt-4 rounded-lg bg-lake-soft px-4 py-3 text-lake-deep">{noscript}</p>
        </noscript>
        <div className="mt-6 rounded-card bg-surface p-5 shadow-card ring-1 ring-line sm:p-6">{children}</div>
        {footer ? <div className="mt-5 text-sm">{footer}</div> : null}
      </div>
    </div>
  );
}
