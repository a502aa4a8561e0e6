import { describeAccountSecurityContract } from '../account-security-contract.ts';
import { openTestStore } from '../testing/open-test-store.ts';

describeAccountSecurityContract('sqlite (file)', () => openTestStore('sqlite'));
describeAccountSecurityContract('postgres', () => openTestStore('postgres'));
