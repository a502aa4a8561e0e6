/** Two records with one id in one collection would make an import's "replace by id" ambiguous. */
import { type Issue, issue } from '../../contract/errors.ts';
import type { DiaryExport } from '../../diary/model.ts';
import { msg } from '../../i18n/message.ts';
import { COLLECTION_NAMES } from '../../store/collections.ts';

export function duplicateIds(data: DiaryExport): Issue[] {
  const issues: Issue[] = [];
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
