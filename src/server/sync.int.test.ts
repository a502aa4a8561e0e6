/**
 * The two-device sync-conflict suite (web/src/diary/testing/two-devices-suite.ts) on real databases: the
 * web app's sync code and API client, two sessions of one account, the server over SQLite and over
 * PostgreSQL. The unit project runs it on the memory store.
 */
import { describeTwoDevices } from '../../web/src/diary/testing/two-devices-suite.ts';

describeTwoDevices('sqlite');
describeTwoDevices('postgres');
