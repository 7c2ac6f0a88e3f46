import { setFlagsFromString } from 'node:v8';
import { runAction } from '@shipchain/action-runtime';
import { inputs, outputs } from './contract';

// fetch() parses HTTP with undici's WebAssembly build of llhttp. V8 recompiles wasm functions with its
// optimizing compiler once they run hot, here during the tag verification at the very end, and Node
// waits for those background compiles before the process exits: 0.1-0.4 s on a busy 2-core runner,
// for code that never runs again. A tiering budget nothing reaches keeps llhttp on V8's baseline
// compiler, which parses the few small registry answers as fast. Set before the first fetch.
setFlagsFromString('--wasm-tiering-budget=2000000000');

// main (and post) load once the inputs are read: a step given a wrong input fails before the
// heavy parts (SDKs, clients, parsers) are loaded at all.
await runAction(
  { inputs, outputs },
  {
    main: async (context) => (await import('./main')).main(context),
  },
);
