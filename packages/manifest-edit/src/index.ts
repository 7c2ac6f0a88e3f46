export { bumpImage, currentReferences } from './bump';
export type { BumpResult, Change, ImageBump } from './bump';
export { sameRepository, splitImage } from './image-ref';
export type { ImageString } from './image-ref';
export { renderLike } from './scalar';
export type { HelmKeys } from './sites';
