/**
 * /api/docs: the OpenAPI document rendered as plain HTML on the server. No script and no CDN, so it works
 * under the same strict Content-Security-Policy as the app; the stylesheet is a separate same-origin file.
 */

type Json = Record<string, unknown>;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Escaped text, with the document's `code` spans (CommonMark) shown as code. */
function prose(s: string): string {
  return escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function schemaLabel(schema: unknown): string {
  if (schema && typeof schema === 'object' && '$ref' in schema) {
    const name =
      String((schema as { $ref: string }).$ref)
        .split('/')
        .pop() ?? '';
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  return `<details><summary>schema</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`;
}

function renderOperation(method: string, path: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
  const bodySchema = (body?.['application/json'] as Json | undefined)?.schema;
  const responses = Object.entries((op.responses as Record<string, Json>) ?? {});
  const security = Array.isArray(op.security) ? (op.security as Json[]) : [];
  const optional = security.some((s) => Object.keys(s).length === 0);
  const auth = security.length === 0 ? '' : optional ? 'session optional' : 'session';
  return `<section class="op">
<h3><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code>${auth ? ` <span class="auth">${auth}</span>` : ''}</h3>
<p>${escapeHtml(String(op.summary ?? ''))}</p>${op.description ? `\n<p>${prose(String(op.description))}</p>` : ''}
${
  params.length
    ? `<h4>Parameters</h4><ul>${params
        .map(
          (p) =>
            `<li><code>${escapeHtml(String(p.name))}</code> (${escapeHtml(String(p.in))}${p.required ? ', required' : ''})${p.description ? ` — ${escapeHtml(String(p.description))}` : ''}</li>`,
        )
        .join('')}</ul>`
    : ''
}${bodySchema ? `<h4>Body</h4>${schemaLabel(bodySchema)}` : ''}
<h4>Responses</h4><ul>${responses
    .map(([status, r]) => {
      // One media type per answer: JSON for most, application/pdf or application/fhir+json for reports.
      const [type, media] = Object.entries((r.content as Record<string, Json> | undefined) ?? {})[0] ?? [];
      const s = media?.schema;
      const shown = type && type !== 'application/json' ? ` (<code>${escapeHtml(type)}</code>)` : '';
      const headers = Object.keys((r.headers as Json | undefined) ?? {});
      const sent = headers.length
        ? ` (headers: ${headers.map((h) => `<code>${escapeHtml(h)}</code>`).join(', ')})`
        : '';
      return `<li><strong>${escapeHtml(status)}</strong> ${prose(String(r.description ?? ''))}${shown}${sent}${s ? ` — ${schemaLabel(s)}` : ''}</li>`;
    })
    .join('')}</ul>
</section>`;
}

export function renderDocsPage(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const schemas = ((doc.components as Json).schemas ?? {}) as Record<string, unknown>;
  const ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const tags = [...new Set(ops.map((o) => String((o.op.tags as string[])[0])))];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))} — reference</title>
<link rel="stylesheet" href="/api/docs/docs.css">
</head>
<body>
<main>
<h1>${escapeHtml(String(info.title))} v${escapeHtml(String(info.version))}</h1>
<p>${prose(String(info.description))}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(String(doc.openapi))}).</p>
${tags
  .map(
    (tag) =>
      `<h2>${escapeHtml(tag)}</h2>\n${ops
        .filter((o) => (o.op.tags as string[])[0] === tag)
        .map((o) => renderOperation(o.method, o.path, o.op))
        .join('\n')}`,
  )
  .join('\n')}
<h2>Schemas</h2>
${Object.entries(schemas)
  .map(
    ([name, s]) =>
      `<section class="schema" id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3><pre>${escapeHtml(JSON.stringify(s, null, 2))}</pre></section>`,
  )
  .join('\n')}
</main>
</body>
</html>
`;
}

export const DOCS_CSS = `body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.45}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 4rem}
h2{border-bottom:2px solid #ddd;padding-bottom:.25rem;margin-top:2.5rem}
.op{border:1px solid #ddd;border-radius:6px;padding:.25rem 1rem;margin:1rem 0}
.method{display:inline-block;min-width:4.5rem;font-family:monospace;font-weight:700}
.get{color:#0b5394}.post{color:#38761d}.put{color:#7f6000}.delete{color:#990000}
.auth{font-size:.8rem;background:#eee;border-radius:4px;padding:.1rem .4rem}
pre{background:#f6f6f6;padding:.75rem;overflow:auto;max-height:30rem;font-size:.85rem}
a{color:#0b5394}
`;
