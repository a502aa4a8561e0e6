/**
 * Readiness for a load balancer. Liveness (GET /api/v1/health, contract.ts) never touches the database,
 * so a supervisor does not restart a healthy process because the database is down; readiness asks the
 * database, with a short timeout, so a balancer stops sending traffic to a process that cannot reach it.
 */
import { z } from 'zod';
import { apiError } from '../http-error.ts';
import { type AnyRoute, ok, route } from '../route.ts';

export const operationsRoutes: readonly AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/v1/ready',
    tag: 'Assessment',
    summary: 'Readiness check: the database answers',
    description:
      'For a load balancer: 200 when the database answered a trivial query within READY_TIMEOUT_MS, else 503. /api/v1/health says only that the process is up.',
    access: 'public',
    responses: {
      200: { description: 'The database answered', schema: z.object({ status: z.literal('ready') }) },
      503: { description: '`database_unavailable`: the database did not answer in time, or refused.' },
    },
    handler: async ({ deps, req }) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), deps.config.timeouts.readyMs);
      });
      try {
        const answer = await Promise.race([deps.store.ping().then(() => 'ok' as const), late]);
        if (answer === 'late') throw new Error(`no answer within ${deps.config.timeouts.readyMs} ms`);
      } catch (error) {
        req.log.warn({ err: error }, 'readiness check failed');
        throw apiError('database_unavailable');
      } finally {
        clearTimeout(timer);
      }
      return ok({ status: 'ready' as const });
    },
  }),
];
