import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printApiSchema } from '../graphql/schema.js';

// Rewrites the committed SDL; a test fails while it differs from what the server serves.
writeFileSync('schema/schema.graphql', await printApiSchema());
console.log('wrote schema/schema.graphql');
