/** What needs zod to read a pack from outside (a file, a published source): loaded when needed, not at the pane's start (src/packs/validator.ts). */
export { validatePackText } from './validate';
export { PackIndex } from './published';
