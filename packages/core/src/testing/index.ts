export { openTestDatabase, testingOnPostgres } from './database';
