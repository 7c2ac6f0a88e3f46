import { runAction } from '@shipchain/action-runtime';
import { inputs, outputs } from './contract';
import { keepYoungGenerationSmall } from './young-generation';

// main loads once the inputs are read: a step given a wrong input fails before the registry
// client, the catalogers and the writers are loaded at all.
await runAction(
  { inputs, outputs },
  {
    main: async (context) => {
      keepYoungGenerationSmall();
      return (await import('./main')).main(context);
    },
  },
);
