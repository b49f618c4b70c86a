export { type AuditEntry, recordAudit } from './log';
