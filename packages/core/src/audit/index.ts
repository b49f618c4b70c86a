export { type AuditEntry, recordAudit } from './log';
export { type AuditLogView, listAuditLog, type TAuditLogQuery, ZAuditLogQuery } from './queries';
