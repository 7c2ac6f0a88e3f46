import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's young generation at its starting size for this process. Reading a report
 * allocates short-lived strings fast, and V8 doubles the young generation each time
 * enough bytes have survived scavenges in total — even when what survives each time is
 * only the chunk being read — up to 2 × 16 MB and more. The runner starts the action
 * with plain `node`, so no command-line flag can cap it; this flag is read when V8 decides
 * to grow, so setting it at start-up takes effect.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
