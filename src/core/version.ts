/** Tool version, reported in JSON output. Keep in step with package.json (a test checks). */
export const VERSION = '0.1.0';
