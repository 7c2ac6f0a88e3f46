import { runAction } from '@shipchain/action-runtime';
import { inputs, outputs } from './contract';
import { requireSubjectInput } from './subject-inputs';

// main loads once the inputs are read: a step given a wrong input fails before the heavy parts
// (sigstore, jose, octokit, the registry client) are loaded at all.
await runAction(
  { inputs, outputs },
  {
    main: async (context) => {
      // Checked before the signing, registry and API clients load: the commonest mistake fails fast.
      requireSubjectInput(context.inputs);
      return (await import('./main')).main(context);
    },
  },
);
