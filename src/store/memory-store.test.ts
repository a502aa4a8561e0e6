import { MemoryStore } from './memory-store.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('memory', async () => ({ store: new MemoryStore(), cleanup: async () => {} }));
