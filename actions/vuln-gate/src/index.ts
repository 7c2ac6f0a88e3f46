import { runAction } from '@shipchain/action-runtime';
import { inputs, outputs } from './contract';

// main loads once the inputs are read: a step given a wrong input fails before the registry
// client, the catalogers and the OSV client are loaded at all.
await runAction({ inputs, outputs }, { main: async (context) => (await import('./main')).main(context) });
