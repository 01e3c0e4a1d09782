/** The report levels a pack may list: province, district, commune, provincial department (no zod here: the task pane's start needs them). */
export const LEVELS = ['tinh', 'huyen', 'xa', 'so-nganh'] as const;
export type Level = (typeof LEVELS)[number];
