import { runAction } from '@shipchain/action-runtime';
import { inputs, outputs } from './contract';
import { main } from './main';
import { keepYoungGenerationSmall } from './young-generation';

keepYoungGenerationSmall();
await runAction({ inputs, outputs }, { main });
