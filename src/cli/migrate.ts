import 'reflect-metadata';
import { openDatabase } from '../db/database.js';
import { settingsFromEnv } from '../db/config.js';

const database = await openDatabase(settingsFromEnv(), { migrate: false });
const applied = await database.orm.migrator.up();
console.log(applied.length ? `applied ${applied.map((m) => m.name).join(', ')}` : 'schema is up to date');
await database.close();
