import { settingsFromEnv, type DatabaseSettings } from './db/config.js';

/** Everything the server reads from its environment, with defaults for a laptop. */
export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseSettings;
  seedOnStart: boolean;
  seedFolder: string;
  production: boolean;
  maxBodyBytes: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    database: settingsFromEnv(env),
    seedOnStart: env.SEED_ON_START !== 'false',
    seedFolder: env.SEED_FOLDER ?? 'seeds/demo',
    production: env.NODE_ENV === 'production',
    maxBodyBytes: Number(env.MAX_BODY_BYTES ?? 1_000_000),
  };
}
