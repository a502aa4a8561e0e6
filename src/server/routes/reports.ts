/**
 * Reports from the caller's own diary (issue 5): the doctor-visit summary as a PDF, and the FHIR R4
 * export as a collection Bundle. Both read only the signed-in user's diary (the store's export, scoped
 * by user id); there is no parameter that names a user. The Patient in the Bundle gets a pseudonymous
 * id derived from the user id, never the email.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Result } from '../../contract/errors.ts';
import { type Diary, defaultProfile } from '../../diary/model.ts';
import { buildFhirBundle } from '../../fhir/bundle.ts';
import { translationRenderers } from '../../i18n/catalogs.ts';
import { isoDay, MAX_REPORT_DAYS, parseOpenPeriod, reportPeriod } from '../../insights/period.ts';
import { getKnowledge } from '../../knowledge/index.ts';
import { makeSummaryPdf } from '../../report/pdf/render.ts';
import { buildSummary } from '../../report/summary.ts';
import { ApiError } from '../http-error.ts';
import { answerLanguage } from '../lang.ts';
import { type AnyRoute, type Deps, ok, route } from '../route.ts';
import { FHIR_BUNDLE, header } from './docs-schemas.ts';

const TAG = 'Reports';

const dayText = (what: string) =>
  z.string().max(40).describe(`${what}: a day YYYY-MM-DD (whole UTC days) or a date-time with a zone`);

export const reportQuerySchema = z
  .object({
    from: dayText('First day of the report'),
    to: dayText('Last day of the report, included'),
    paper: z.enum(['a4', 'letter']).default('a4').describe('Paper size (default a4)'),
    lang: z
      .string()
      .max(35)
      .optional()
      .describe(
        'The language of the PDF (else Accept-Language): its words, /Lang, and right-to-left layout for a right-to-left language',
      ),
  })
  .strict();

export const fhirQuerySchema = z
  .object({
    from: dayText('First day (default: the start of the diary)').optional(),
    to: dayText('Last day, included (default: the end of the diary)').optional(),
  })
  .strict();

/**
 * The Patient id of a user's FHIR exports: stable for the account (the same in every export, so a
 * receiving system can tell re-imports apart from new people) and pseudonymous. It is a SHA-256 of the
 * random account id under a fixed label, formatted as a version-8 UUID: it reveals neither the account
 * id nor the email, and nothing about the person can be recovered from it.
 */
export function patientPseudonym(userId: string): string {
  const hex = createHash('sha256').update(`backease fhir patient v1\u0000${userId}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The caller's whole diary; a profile never saved reads as the defaults, as GET /api/v1/profile does. */
async function ownDiary(deps: Deps, userId: string): Promise<Diary> {
  const { profile, ...records } = await deps.store.exportDiary(userId);
  return { ...records, profile: profile ?? defaultProfile() };
}

function orThrow<T>(r: Result<T>): T {
  if (!r.ok) throw new ApiError(r.issues);
  return r.value;
}

export const reportRoutes: readonly AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/v1/report.pdf',
    tag: TAG,
    summary: 'My doctor-visit summary for a period, as a PDF (from my own diary; not a diagnosis)',
    description:
      `Days are whole UTC days and \`to\` is included. At most ${MAX_REPORT_DAYS} days. The PDF is made from the ` +
      'signed-in person’s own diary only; it is sent as an attachment named ' +
      'backease-summary-FROM-to-TO.pdf. Characters of the diary that no font in the PDF has (they show ' +
      'as empty boxes) are listed by code point in the X-BackEase-Uncovered-Characters header.',
    access: 'user',
    query: reportQuerySchema,
    responses: {
      200: {
        description: 'The summary PDF',
        contentType: 'application/pdf',
        schema: z.string().meta({ contentMediaType: 'application/pdf' }),
        encoded: true,
        headers: { 'Content-Disposition': header('ContentDisposition') },
      },
    },
    handler: async ({ query, signedIn, req, reply, deps }) => {
      const period = orThrow(reportPeriod(query.from, query.to));
      const diary = await ownDiary(deps, signedIn.user.id);
      const summary = buildSummary(diary, period, deps.now());
      const { pdf, uncovered } = await makeSummaryPdf(summary, {
        paper: query.paper,
        renderer: answerLanguage(req, reply, query.lang),
      });
      reply.header('content-type', 'application/pdf');
      // Code points only, never logged: the person's text stays out of the logs.
      if (uncovered.length)
        reply.header('x-backease-uncovered-characters', uncovered.map((c) => c.label).join(' '));
      reply.header(
        'content-disposition',
        `attachment; filename="backease-summary-${summary.from}-to-${summary.to}.pdf"`,
      );
      req.log.info({ event: 'report.pdf', account: deps.accountKey(signedIn.user.id) }, 'summary PDF made');
      return ok(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    },
  }),
  route({
    method: 'GET',
    url: '/api/v1/fhir',
    tag: TAG,
    summary: 'My diary as a FHIR R4 collection Bundle (check-ins, assessments, profile)',
    description:
      'Either end of the period may be left out; without both, the whole diary. Days are whole UTC ' +
      'days and `to` is included. The Patient is pseudonymous: no name, no birth date, and an id ' +
      'derived from the account that is the same in every export.',
    access: 'user',
    query: fhirQuerySchema,
    // A FHIR client reads errors as an OperationOutcome.
    errorFormat: 'fhir',
    responses: {
      200: {
        description: 'A FHIR R4 Bundle of type collection',
        contentType: 'application/fhir+json',
        schema: FHIR_BUNDLE,
        encoded: true,
        headers: { 'Content-Disposition': header('ContentDisposition') },
      },
    },
    handler: async ({ query, signedIn, req, reply, deps }) => {
      const period = orThrow(parseOpenPeriod(query.from, query.to));
      const diary = await ownDiary(deps, signedIn.user.id);
      const now = deps.now();
      const bundle = buildFhirBundle(diary, getKnowledge(), period, {
        now,
        patientId: patientPseudonym(signedIn.user.id),
        words: answerLanguage(req, reply),
        designations: translationRenderers(),
      });
      reply.header('content-type', 'application/fhir+json; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="backease-fhir-${isoDay(now)}.json"`);
      req.log.info({ event: 'report.fhir', account: deps.accountKey(signedIn.user.id) }, 'FHIR bundle made');
      return ok(JSON.stringify(bundle));
    },
  }),
];
