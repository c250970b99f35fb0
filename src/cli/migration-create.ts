import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { ormConfig } from '../db/config.js';

// Diffs the entities against the migrated schema of a throw-away PGlite database and writes a migration.
const orm = await MikroORM.init(ormConfig({ pgliteDir: 'memory://' }));
await orm.migrator.up();
const result = await orm.migrator.create(undefined, false, false, process.argv[2]);
console.log(result.fileName ? `wrote src/migrations/${result.fileName}` : 'no schema changes');
await orm.close(true);
