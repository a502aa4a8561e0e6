/**
 * The server's pino logger. Logs say what happened to whom by id (method, path, status, user id, event
 * name), never what people wrote: no bodies, no emails, no passwords, no cookies or CSRF tokens, no
 * query strings. Redaction is the second line of defence; the first is that no code logs those fields.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/config.ts';

export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'body',
  'password',
  'email',
  '*.body',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.email',
  '*.notes',
  '*.evidence',
];

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
  id?: string;
}

export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: {
        req: (req: LoggedRequest) => ({
          id: req.id,
          method: req.method,
          // The path only: query strings can carry dates and cursors of someone's diary.
          url: String(req.url).split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        // Name, code, message and stack; not the enumerable extras (a database error's `detail` quotes
        // the row that failed).
        err: (err: Error & { code?: unknown }) => ({
          type: err?.name,
          code: err?.code,
          message: err?.message,
          stack: err?.stack,
        }),
      },
    },
    destination,
  );
}
