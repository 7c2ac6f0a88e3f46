import type { readBundles } from '@shipchain/signing';

/** A Sigstore bundle referrer of the image, as readBundles returns them (signatures and attestations). */
export type ReferrerBundle = Awaited<ReturnType<typeof readBundles>>[number];
