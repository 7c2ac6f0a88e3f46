import { runAction } from '@shipchain/action-runtime';
import { inputs, outputs } from './contract';
import { main } from './main';

await runAction({ inputs, outputs }, { main });
