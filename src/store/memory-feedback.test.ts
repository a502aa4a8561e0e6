import { describeFeedbackContract } from './feedback-contract.ts';
import { openTestStore } from './testing/open-test-store.ts';

describeFeedbackContract('memory', () => openTestStore('memory'));
