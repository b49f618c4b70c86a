export {
  type EmailBlock,
  type EmailContent,
  escapeHtml,
  type LayoutOptions,
  type RenderedEmail,
  renderLayout,
} from './layout';
export { type EmailMessages, emailMessages } from './messages';
export {
  type DeliverOptions,
  type DeliveryResult,
  deliverPendingEmails,
  type EnqueueEmailInput,
  emailRetryDelayMs,
  enqueueEmail,
  type MailWorker,
  type MailWorkerOptions,
  maxEmailAttempts,
  startMailWorker,
} from './outbox';
export { emailOutbox, outboxStatus } from './schema';
export {
  defaultStoreName,
  EmailDataError,
  type EmailLinks,
  type EmailTemplate,
  type EmailTemplates,
  emailLinks,
  emailTemplates,
  isTemplateName,
  parseTemplateData,
  type RenderOptions,
  renderEmail,
  renderStoredEmail,
  type TemplateContext,
  type TemplateData,
  type TemplateName,
  templateNames,
} from './templates';
export {
  createConsoleTransport,
  createFileTransport,
  createMailTransport,
  createResendTransport,
  createSmtpTransport,
  type MailConfig,
  type MailLogger,
  type MailMessage,
  type MailTransport,
  type OutboxFile,
  ResendError,
} from './transports';
