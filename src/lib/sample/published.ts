/**
 * The sample article's publication date (the day after the Korean People's Army's 77th
 * anniversary, the "Sunday" of its first sentence): it lets its dates be ordered and resolved.
 */
export const SAMPLE_PUBLISHED = '2025-02-09';
