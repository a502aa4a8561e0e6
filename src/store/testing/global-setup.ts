/**
 * Vitest globalSetup of the `int` project: one throwaway PostgreSQL cluster for the whole run, its URL
 * handed to the tests with `inject('postgresUrl')`, stopped and deleted at the end. Missing binaries fail
 * the run (see postgres-cluster.ts).
 */
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster({ fast: true });
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
