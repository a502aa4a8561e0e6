import { describeAccountSecurityContract } from './account-security-contract.ts';
import { openTestStore } from './testing/open-test-store.ts';

describeAccountSecurityContract('memory', () => openTestStore('memory'));
