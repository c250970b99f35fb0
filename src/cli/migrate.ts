import 'reflect-metadata';
import { applyMigrations, openDatabase } from '../db/database.js';
import { settingsFromEnv } from '../db/config.js';
import { PgliteFolderInUse } from '../db/pglite-lock.js';

// Exit code 2 when the PGlite folder is in use by another process (e.g. the running server).
try {
  const database = await openDatabase(settingsFromEnv(), { migrate: false });
  const applied = await applyMigrations(database.orm, database.sql());
  console.log(applied.length ? `applied ${applied.join(', ')}` : 'schema is up to date');
  await database.close();
} catch (error) {
  if (!(error instanceof PgliteFolderInUse)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
