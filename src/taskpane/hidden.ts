/** Styles for text a screen reader reads and the eye does not see (a live region's words, counts said beside the verdict). */
export const VISUALLY_HIDDEN = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' } as const;
