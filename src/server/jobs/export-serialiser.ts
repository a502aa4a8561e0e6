/**
 * The export's serialiser: the one Fastify would use for GET /api/v1/export's 200 if the route did not
 * send bytes a job made. Imported lazily by tasks.ts, since the API document needs every route.
 */
import { API_ROUTES, apiDocument } from '../app.ts';
import { fastifyResponseSchemas, serialiserCompiler } from '../openapi.ts';

export function exportSerialiser(): (body: unknown) => string {
  const route = API_ROUTES.find((r) => r.method === 'GET' && r.url === '/api/v1/export');
  if (!route) throw new Error('GET /api/v1/export is not a route');
  const doc = apiDocument();
  const schema = fastifyResponseSchemas(doc, { ...route, responses: { 200: { description: '' } } })['200'];
  return serialiserCompiler(doc)({ schema });
}
