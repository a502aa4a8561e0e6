import { describeFeedbackContract } from '../feedback-contract.ts';
import { openTestStore } from '../testing/open-test-store.ts';

describeFeedbackContract('sqlite (file)', () => openTestStore('sqlite'));
describeFeedbackContract('postgres', () => openTestStore('postgres'));
