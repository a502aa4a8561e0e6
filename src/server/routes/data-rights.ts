/**
 * Data rights: export everything I have as JSON (diaryExportSchema), import such a file back (adding or
 * replacing by id, all or nothing), and delete my account with everything in it.
 */

import { z } from 'zod';
import { issue } from '../../contract/errors.ts';
import { type DiaryExport, defaultProfile, diaryExportSchema } from '../../diary/model.ts';
import { msg } from '../../i18n/message.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../store/collections.ts';
import { clearSessionCookie } from '../auth/sessions.ts';
import { ApiError } from '../http-error.ts';
import { type AnyRoute, noContent, ok, route } from '../route.ts';
import { confirmPassword, logEvent } from './auth.ts';
import { DIARY_EXPORT, header } from './docs-schemas.ts';

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

/** Two records with one id in one collection would make "replace by id" ambiguous, so refuse the file. */
function duplicateIds(data: DiaryExport) {
  const issues = [];
  for (const c of COLLECTION_NAMES) {
    const seen = new Set<string>();
    for (const [i, r] of data[c].entries()) {
      if (seen.has(r.id))
        issues.push(
          issue('invalid_value', `${c}[${i}].id`, msg('error.idTwiceInImport', { id: r.id, collection: c })),
        );
      seen.add(r.id);
    }
  }
  return issues;
}

export const dataRightsRoutes: readonly AnyRoute[] = [
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
        headers: { 'Content-Disposition': header('ContentDisposition') },
      },
    },
    handler: async ({ signedIn, reply, req, deps }) => {
      const diary = await deps.store.exportDiary(signedIn.user.id);
      const now = new Date(deps.now()).toISOString();
      const body = {
        format: 'backease-diary' as const,
        version: 1 as const,
        exportedAt: now,
        ...diary,
        profile: diary.profile ?? defaultProfile(),
      };
      reply.header('content-disposition', `attachment; filename="backease-diary-${now.slice(0, 10)}.json"`);
      req.log.info({ event: 'data.export', account: deps.accountKey(signedIn.user.id) }, 'diary exported');
      return ok(body);
    },
  }),
  route({
    method: 'POST',
    url: '/api/v1/import',
    tag: TAG,
    summary: 'Import an export: replaces the profile, adds or replaces records by id; all or nothing',
    access: 'user',
    body: diaryExportSchema,
    // An export of years of diary is far larger than any other request.
    largeBody: true,
    responses: {
      200: { description: 'Imported; how many records of each collection', schema: importedSchema },
      400: { description: 'An id that appears twice in one collection is `invalid_value`.' },
    },
    handler: async ({ body, signedIn, req, deps }) => {
      const duplicates = duplicateIds(body);
      if (duplicates.length > 0) throw new ApiError(duplicates);
      await deps.store.importDiary(signedIn.user.id, body, deps.now());
      const imported = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, body[c].length])) as Record<
        CollectionName,
        number
      >;
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
