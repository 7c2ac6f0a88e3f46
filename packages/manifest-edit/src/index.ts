export { bumpImage, currentReferences } from './bump';
export type { BumpResult, Change, CurrentReference, ImageBump } from './bump';
export { MAX_NESTING_DEPTH, YamlNestingError, YamlSyntaxError } from './tree';
export { repositoryCore, sameRepository, splitImage } from './image-ref';
export type { ImageString } from './image-ref';
export { renderLike } from './scalar';
export type { HelmKeys } from './sites';
export { addKustomizeImage } from './kustomize-add';
