import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import type { ContentDocument } from '@/lib/content-files';
import { formatTags } from '@/lib/format';

/** Pages with this many sections or more open with a table of contents. */
const tocFrom = 4;

/**
 * Typography for the rendered Markdown (there is no typography plugin: these few rules are all the
 * pages need). Headings scroll clear of the sticky header when reached through the contents.
 */
const prose = [
  'max-w-prose',
  '[&_h2]:mt-10 [&_h2]:mb-3 [&_h2]:scroll-mt-24 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:tracking-tight',
  '[&_h3]:mt-6 [&_h3]:mb-2 [&_h3]:text-base [&_h3]:font-semibold',
  '[&_p]:my-3 [&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-1',
  '[&_strong]:font-semibold [&_hr]:my-8 [&_hr]:border-line',
  '[&_a]:break-words [&_a]:text-lake [&_a]:underline [&_a]:underline-offset-4 [&_a:hover]:text-lake-deep',
  '[&_blockquote]:my-5 [&_blockquote]:rounded-card [&_blockquote]:bg-surface [&_blockquote]:px-5 [&_blockquote]:py-2 [&_blockquote]:ring-1 [&_blockquote]:ring-line',
  '[&_table]:my-4 [&_table]:w-full [&_table]:text-sm [&_th]:border-b [&_th]:border-line-strong [&_th]:py-2 [&_th]:pr-3 [&_th]:text-left [&_th]:font-semibold',
  '[&_td]:border-b [&_td]:border-line [&_td]:py-2 [&_td]:pr-3 [&_td]:align-top',
].join(' ');

/** A content page: title, last-updated date, contents for long texts, and the text itself. */
export async function ContentArticle({ locale, document }: { locale: AppLocale; document: ContentDocument }) {
  const t = await getTranslations({ locale, namespace: 'content' });
  const showToc = document.toc.length >= tocFrom;
  const updated = document.updated
    ? new Intl.DateTimeFormat(formatTags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${document.updated}T00:00:00Z`),
      )
    : null;
  return (
    <article className="container-shop py-6 sm:py-10">
      <header className="max-w-prose">
        <h1 className="text-2xl font-semibold tracking-tight break-words hyphens-auto sm:text-3xl">
          {document.title}
        </h1>
        {updated ? (
          <p className="mt-2 text-sm text-muted">
            {t('updated')} <time dateTime={document.updated ?? undefined}>{updated}</time>
          </p>
        ) : null}
      </header>
      <div
        className={
          showToc ? 'mt-6 lg:grid lg:grid-cols-[minmax(0,65ch)_16rem] lg:justify-between lg:gap-12' : 'mt-6'
        }
      >
        {showToc ? (
          <nav
            aria-labelledby="toc-heading"
            className="mb-8 max-w-prose rounded-card bg-surface p-4 ring-1 ring-line lg:sticky lg:top-24 lg:order-2 lg:mb-0 lg:self-start"
          >
            <h2 id="toc-heading" className="text-sm font-semibold">
              {t('onThisPage')}
            </h2>
            <ol className="mt-2 space-y-1 text-sm">
              {document.toc.map((entry) => (
                <li key={entry.id}>
                  <a
                    href={`#${entry.id}`}
                    className="inline-block py-0.5 text-muted underline-offset-4 hover:text-ink hover:underline"
                  >
                    {entry.text}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <div
          className={prose}
          // Rendered on the server from the shop's own Markdown files; values from the database are
          // escaped before rendering (`fillPlaceholders`), so nothing from a request reaches this HTML.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted Markdown, escaped values
          dangerouslySetInnerHTML={{ __html: document.html }}
        />
      </div>
    </article>
  );
}
