/**
 * Vitest globalSetup of the `int` project: one throwaway PostgreSQL cluster for the whole run (the
 * machine's PostgreSQL, or the one from npm; see postgres-cluster.ts), its URL handed to the tests with
 * `inject('postgresUrl')`, stopped and deleted at the end.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { describeCluster, startPostgresCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** The cluster's server log, for tests that check what PostgreSQL saw (errors a client caught). */
    postgresLog: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster({ fast: true });
  console.log(`int tests: ${describeCluster(cluster)}`);
  project.provide('postgresUrl', cluster.url);
  project.provide('postgresLog', join(cluster.dir, 'postgres.log'));
  return () => cluster.stop();
}
