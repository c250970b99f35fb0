import type { ChildServer } from '../lib/child-server.js';
import { firstLine } from '../lib/features.js';
import { drain } from '../lib/http.js';
import { round } from '../lib/stats.js';

export interface ExportFigure {
  path: string;
  status?: number;
  contentType?: string;
  bytes?: number;
  lines?: number;
  seconds?: number;
  /** RSS of the idle server just before the export. */
  idleMiB?: number;
  peakMiB?: number;
  peakMethod?: string;
  skipped?: string;
  error?: string;
}

/**
 * Downloads a national CSV export from the server process, reading and discarding the body as it
 * streams, while watching the server's peak RSS. Gives up after `limitSeconds`, so one slow export cannot
 * hold the whole run (the figures are then what had arrived).
 */
export async function measureExport(server: ChildServer, path: string, limitSeconds: number): Promise<ExportFigure> {
  const figure: ExportFigure = { path };
  try {
    figure.idleMiB = server.memory().rssMiB;
    const stop = server.watchPeak();
    const result = await drain(`${server.baseUrl}${path}`, limitSeconds * 1000);
    const peak = stop();
    if (result.status === 404) {
      figure.skipped = `${path} answers 404: the CSV export is not there yet`;
      return figure;
    }
    Object.assign(figure, {
      status: result.status,
      contentType: result.contentType,
      bytes: result.bytes,
      lines: result.lines,
      seconds: round(result.ms / 1000, 2),
      peakMiB: peak.peakMiB,
      peakMethod: peak.method,
    });
    if (result.gaveUp) figure.error = `incomplete: the client gave up after ${limitSeconds} s (${result.status ? `HTTP ${result.status}` : 'no response yet'})`;
    else if (result.status !== 200) figure.error = `HTTP ${result.status}`;
  } catch (error) {
    figure.error = firstLine(error);
  }
  return figure;
}
