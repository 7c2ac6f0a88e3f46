import { runAction } from '@shipchain/action-runtime';
import { inputs, outputs } from './contract';

// main (and post) load once the inputs are read: a step given a wrong input fails before the
// heavy parts (SDKs, clients, parsers) are loaded at all.
await runAction(
  { inputs, outputs },
  {
    main: async (context) => (await import('./main')).main(context),
    post: async (context) => (await import('./post')).post(context),
  },
);
