import type { ReactNode } from 'react';

/** The narrow card around the sign-in, registration and password pages. */
export function AuthFrame({
  title,
  intro,
  children,
  footer,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="container-shop py-8 sm:py-12">
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
        {intro ? <p className="mt-2 text-muted">{intro}</p> : null}
        <div className="mt-6 rounded-card bg-surface p-5 shadow-card ring-1 ring-line sm:p-6">{children}</div>
        {footer ? <div className="mt-5 text-sm">{footer}</div> : null}
      </div>
    </div>
  );
}
