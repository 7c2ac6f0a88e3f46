export { bumpImage } from './bump';
export type { Change, ImageBump } from './bump';
export { sameRepository, splitImage } from './image-ref';
export type { ImageString } from './image-ref';
export { renderLike } from './scalar';
