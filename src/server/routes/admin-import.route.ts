import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { GraphQLError } from 'graphql';
import type { Caller } from '../../auth/caller.js';
import { hasRole } from '../../auth/caller.js';
import { Role } from '../../auth/role.js';
import { DatasetRejected, formatIssue, importDataset, NoDatasetFiles, type DatasetIssue } from '../../dataset/index.js';
import { sendJson } from '../graphql-endpoint.js';
import { authenticatorOf, type Route, type RouteDependencies } from './route.js';

export const ADMIN_IMPORT_PATH = '/admin/import';

/** A request this route refuses before importing: its HTTP status, code and message. */
class ImportRequestRefused extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/**
 * `POST /admin/import`: a dataset imported into the running deployment, by an ADMIN. The body is
 * `multipart/form-data` whose file parts are dataset files named as in a dataset folder (`services.csv`, …) and
 * whose optional `reason` field the audit trail keeps. The import is the command's (`npm run import`): the same
 * validation, one transaction, nothing written when any row is wrong, every change in the audit trail under the
 * admin's name. 200 with what each file did; 422 with the issues (file, line, column); 400 for a body that is not
 * such a form; 413 above ADMIN_IMPORT_MAX_BYTES; 401/403 without an ADMIN token.
 */
export function adminImportRoute(dependencies: RouteDependencies): Route {
  const { database, config } = dependencies;
  const authenticate = authenticatorOf(dependencies);
  return {
    path: ADMIN_IMPORT_PATH,
    timeoutMs: config.exportTimeoutMs,
    async handle(request, response) {
      if (request.method !== 'POST') {
        response.setHeader('allow', 'POST');
        return sendError(response, 405, 'METHOD_NOT_ALLOWED', 'POST the dataset files as multipart/form-data');
      }
      let folder: string | undefined;
      try {
        const caller = admin(await authenticate(request.headers.authorization));
        const form = await readForm(request, config.adminImportMaxBytes);
        folder = await mkdtemp(join(tmpdir(), 'ics-admin-import-'));
        const files = await writeFiles(form, folder);
        const reason = String(form.get('reason') ?? '').trim() || `import over HTTP of ${files.join(', ')}`;
        const report = await importDataset(database, folder, { actor: caller.sub!, actorName: caller.name, reason });
        sendJson(response, 200, { imported: { files: report.files, ignored: report.ignored, elapsedMs: Math.round(report.elapsedMs) } });
      } catch (error) {
        if (error instanceof ImportRequestRefused) return sendError(response, error.status, error.code, error.message);
        if (error instanceof GraphQLError) {
          const code = String(error.extensions.code);
          return sendError(response, code === 'UNAUTHENTICATED' ? 401 : 403, code, error.message);
        }
        if (error instanceof DatasetRejected) return sendIssues(response, error.issues, error.total, 'the dataset was rejected; nothing was imported');
        if (error instanceof NoDatasetFiles) return sendIssues(response, error.issues, error.issues.length, error.message.replace(folder ?? '', 'the upload'));
        throw error;
      } finally {
        if (folder) await rm(folder, { recursive: true, force: true });
      }
    },
  };
}

function admin(caller: Caller): Caller {
  if (caller.sub === null) throw new ImportRequestRefused(401, 'UNAUTHENTICATED', 'a bearer token with the ADMIN role is required');
  if (!hasRole(caller, Role.ADMIN)) throw new ImportRequestRefused(403, 'FORBIDDEN', 'importing a dataset needs the ADMIN role');
  return caller;
}

/** The body as a form, parsed by the platform's own multipart reader (WHATWG `Request.formData`), at most `maxBytes`. */
async function readForm(request: IncomingMessage, maxBytes: number): Promise<FormData> {
  const type = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new ImportRequestRefused(400, 'BAD_USER_INPUT', 'the body must be multipart/form-data with one file part per dataset file');
  }
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);
  let received = 0;
  const limited = request.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        done(received > maxBytes ? tooLarge(maxBytes) : null, chunk);
      },
    }),
  );
  const body = Readable.toWeb(limited) as ReadableStream<Uint8Array>;
  try {
    return await new Request('http://import.invalid/', { method: 'POST', headers: { 'content-type': type }, body, duplex: 'half' } as RequestInit).formData();
  } catch (error) {
    if (received > maxBytes) throw tooLarge(maxBytes);
    throw new ImportRequestRefused(400, 'BAD_USER_INPUT', 'the multipart body could not be read (malformed parts or boundary)');
  }
}

const tooLarge = (maxBytes: number) =>
  new ImportRequestRefused(413, 'PAYLOAD_TOO_LARGE', `the upload is over ${maxBytes} bytes (ADMIN_IMPORT_MAX_BYTES)`);

/** Writes each file part into the folder under its own file name; the import then reads it as a dataset folder. */
async function writeFiles(form: FormData, folder: string): Promise<string[]> {
  const names: string[] = [];
  for (const [, value] of form) {
    if (typeof value === 'string') continue;
    const name = basename(value.name.replaceAll('\\', '/'));
    if (!name || name.startsWith('.')) throw new ImportRequestRefused(400, 'BAD_USER_INPUT', `a file part has no usable file name ('${value.name}')`);
    if (names.includes(name)) throw new ImportRequestRefused(400, 'BAD_USER_INPUT', `${name} is sent twice`);
    names.push(name);
    await writeFile(join(folder, name), Buffer.from(await value.arrayBuffer()));
  }
  if (!names.length) throw new ImportRequestRefused(400, 'BAD_USER_INPUT', 'the form holds no file part; send each dataset file (e.g. services.csv) as one');
  return names;
}

function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}

function sendIssues(response: ServerResponse, issues: DatasetIssue[], total: number, message: string): void {
  sendJson(response, 422, {
    errors: [{ message, extensions: { code: 'BAD_USER_INPUT', total } }],
    issues: issues.map((issue) => ({ ...issue, text: formatIssue(issue) })),
  });
}
