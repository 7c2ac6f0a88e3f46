import { runAction } from '@shipchain/action-runtime';
import { inputs, outputs } from './contract';
import { main } from './main';
import { post } from './post';

await runAction({ inputs, outputs }, { main, post });
