/** "2.1. Title" (or the title alone when the section is unnumbered), for messages. */
export const label = (n: string, t: string) => (n ? `${n}. ${t}` : t);
