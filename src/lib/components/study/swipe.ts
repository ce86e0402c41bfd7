import type { Grade } from '$lib/srs';

/** A horizontal move this long (px) is a swipe; shorter is a tap. */
export const SWIPE_DISTANCE = 80;

/**
 * What a finished touch gesture means: a tap, a grade (left = Again, right = Good, as the buttons
 * read on screen), or nothing (a mostly vertical move is the page scrolling).
 */
export function swipeGrade(dx: number, dy: number): Grade | 'tap' | null {
	if (Math.abs(dx) < 10 && Math.abs(dy) < 10) return 'tap';
	if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dy) > Math.abs(dx)) return null;
	return dx < 0 ? 1 : 3;
}
