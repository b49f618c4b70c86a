import { DataDirLockedError, demoLogins, loadConfig } from '@puoti/core';
import { pino } from 'pino';
import { startServer } from './server';

process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const config = loadConfig();
const logger = pino({ level: config.logLevel });

try {
  const started = await startServer(config, logger);
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Puoti is ready at ${url}`,
    `  API docs:  ${url}/api/docs`,
    `  Database:  ${started.prepared.database.kind === 'pglite' ? `embedded, in ${config.dataDir}` : 'PostgreSQL'}`,
  ];
  if (started.prepared.demo) {
    const { demo } = started.prepared;
    if (demo.seeded) {
      lines.push(
        `  Demo store seeded: ${demo.categories} categories, ${demo.products} products, ${demo.orders} orders, ${demo.reviews} reviews`,
      );
    }
    lines.push(
      '  Demo logins:',
      `    admin     ${demoLogins.admin.email} / ${demoLogins.admin.password}`,
      `    customer  ${demoLogins.customers.emails.join(', ')} / ${demoLogins.customers.password}`,
    );
  }
  console.log(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await started.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(`\n  ${error.message}\n`);
    process.exit(2);
  }
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
}
