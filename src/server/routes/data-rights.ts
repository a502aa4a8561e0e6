/**
 * Data rights: export everything I have as JSON (diaryExportSchema), import such a file back (adding or
 * replacing by id, all or nothing), and delete my account with everything in it.
 */

import { z } from 'zod';
import { diaryExportSchema } from '../../diary/model.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../store/collections.ts';
import { clearSessionCookie } from '../auth/sessions.ts';
import { parseOrThrow } from '../parse.ts';
import { noContent, ok, route } from '../route.ts';
import { confirmPassword, logEvent } from './auth.ts';
import { DIARY_EXPORT, header } from './docs-schemas.ts';
import { JOB_QUEUE_FULL } from './reports.ts';

const TAG = 'Data rights';

const deleteAccountSchema = z.object({ password: z.string().min(1).max(1024) }).strict();

const importedSchema = z.object({
  imported: z
    .object(
      Object.fromEntries(COLLECTION_NAMES.map((c) => [c, z.number().int().min(0)])) as Record<
        CollectionName,
        z.ZodNumber
      >,
    )
    .describe('How many records of each collection the file held'),
});

export const dataRightsRoutes = [
  route({
    method: 'GET',
    url: '/api/v1/export',
    tag: TAG,
    summary: 'Export my whole diary as JSON (imports back losslessly)',
    access: 'user',
    responses: {
      200: {
        description: 'The diary',
        schema: DIARY_EXPORT,
        // Serialised through this schema in a job worker (jobs/tasks.ts), not here.
        encoded: true,
        headers: { 'Content-Disposition': header('ContentDisposition') },
      },
      429: { description: JOB_QUEUE_FULL },
    },
    handler: async ({ signedIn, reply, req, deps }) => {
      const now = deps.now();
      const made = await deps.jobs.run({ kind: 'export', userId: signedIn.user.id, now });
      reply.header('content-type', 'application/json; charset=utf-8');
      reply.header(
        'content-disposition',
        `attachment; filename="backease-diary-${new Date(now).toISOString().slice(0, 10)}.json"`,
      );
      req.log.info({ event: 'data.export', account: deps.accountKey(signedIn.user.id) }, 'diary exported');
      return ok(Buffer.from(made.bytes.buffer, made.bytes.byteOffset, made.bytes.byteLength));
    },
  }),
  route({
    method: 'POST',
    url: '/api/v1/import',
    tag: TAG,
    summary: 'Import an export: replaces the profile, adds or replaces records by id; all or nothing',
    access: 'user',
    body: diaryExportSchema,
    // An export of years of diary is far larger than any other request: it is parsed, checked and
    // stored in a job worker, never on the thread that answers requests.
    largeBody: true,
    bodyAsBytes: true,
    responses: {
      200: { description: 'Imported; how many records of each collection', schema: importedSchema },
      400: { description: 'An id that appears twice in one collection is `invalid_value`.' },
      429: { description: JOB_QUEUE_FULL },
    },
    handler: async ({ rawBody, signedIn, req, deps }) => {
      // No body at all is refused here, as any route refuses a missing body.
      if (!Buffer.isBuffer(rawBody)) parseOrThrow(diaryExportSchema, rawBody);
      const { imported } = await deps.jobs.run({
        kind: 'import',
        userId: signedIn.user.id,
        bytes: rawBody as Buffer,
        now: deps.now(),
      });
      req.log.info(
        { event: 'data.import', account: deps.accountKey(signedIn.user.id), imported },
        'diary imported',
      );
      return ok({ imported });
    },
  }),
  route({
    method: 'DELETE',
    url: '/api/v1/account',
    tag: TAG,
    summary: 'Delete my account and everything in it (needs the password)',
    access: 'user',
    body: deleteAccountSchema,
    responses: {
      204: {
        description: 'Deleted; the cookie is cleared',
        headers: { 'Set-Cookie': header('ClearSessionCookie') },
      },
      401: { description: 'Or `invalid_credentials`: the password is wrong.' },
      429: { description: 'Or too many password checks for this account.' },
    },
    handler: async ({ body, signedIn, req, reply, deps }) => {
      await confirmPassword(signedIn, body.password, 'password', deps, req);
      await deps.store.deleteUser(signedIn.user.id);
      clearSessionCookie(req, reply, deps.config);
      logEvent(req, deps, 'account.deleted', signedIn.user.id);
      return noContent();
    },
  }),
];
