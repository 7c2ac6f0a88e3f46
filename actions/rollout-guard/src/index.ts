import { runAction } from '@shipchain/action-runtime';
import { inputs, outputs } from './contract';

// main loads once the inputs are read: a step given a wrong input fails before anything else loads.
await runAction({ inputs, outputs }, { main: async (context) => (await import('./main')).main(context) });
