import { describe, expect, it } from 'vitest';
import { emptyPairing, pairedCount, tapItem, type Pairing, type Side } from './pairing';

function taps(start: Pairing, ...steps: [Side, number][]) {
	return steps.reduce((pairing, [side, index]) => tapItem(pairing, side, index).pairing, start);
}

describe('tapItem', () => {
	it('pairs a left item with a right one, from either side first', () => {
		const a = taps(emptyPairing(3), ['left', 0], ['right', 2]);
		const b = taps(emptyPairing(3), ['right', 2], ['left', 0]);
		expect(a).toEqual({ pairedWith: [2, null, null], selected: null });
		expect(b).toEqual(a);
		expect(tapItem(emptyPairing(3), 'left', 0).event).toEqual({
			kind: 'selected',
			side: 'left',
			index: 0
		});
	});

	it('unpairs a paired item tapped again, from either side', () => {
		const paired = taps(emptyPairing(2), ['left', 0], ['right', 1]);
		const fromRight = tapItem(paired, 'right', 1);
		expect(fromRight.event).toEqual({ kind: 'unpaired', left: 0, right: 1 });
		expect(fromRight.pairing).toEqual(emptyPairing(2));
		expect(tapItem(paired, 'left', 0).pairing).toEqual(emptyPairing(2));
	});

	it('moves a right item to a new partner, and toggles a selection', () => {
		const moved = taps(emptyPairing(2), ['left', 0], ['right', 1], ['left', 1], ['right', 1]);
		expect(moved.pairedWith).toEqual([null, 1]);
		expect(pairedCount(moved)).toBe(1);
		const toggled = tapItem(tapItem(emptyPairing(2), 'left', 1).pairing, 'left', 1);
		expect(toggled.event.kind).toBe('deselected');
		expect(toggled.pairing.selected).toBeNull();
		// Tapping another item in the same column moves the selection.
		expect(taps(emptyPairing(2), ['left', 0], ['left', 1]).selected).toEqual({
			side: 'left',
			index: 1
		});
	});

	it('never changes the pairing it was given', () => {
		const start = emptyPairing(2);
		tapItem(tapItem(start, 'left', 0).pairing, 'right', 0);
		expect(start).toEqual(emptyPairing(2));
	});
});
