import { runAction } from '@shipchain/action-runtime';
import { keepYoungGenerationSmall } from '@shipchain/test-reports';
import { inputs, outputs } from './contract';
import { main } from './main';

keepYoungGenerationSmall();
await runAction({ inputs, outputs }, { main });
