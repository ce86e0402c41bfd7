/**
 * Tap-to-pair for matching questions, as pure state transitions: the component renders the state
 * and turns each event into an announcement.
 */
export type Side = 'left' | 'right';

export interface Pairing {
	/** For each left item, the index of the right item paired with it, or null. */
	pairedWith: readonly (number | null)[];
	/** An item tapped and waiting for its match in the other column. */
	selected: { side: Side; index: number } | null;
}

// One member per kind, so checking `kind` narrows the event completely.
export type PairingEvent =
	| { kind: 'paired'; left: number; right: number }
	| { kind: 'unpaired'; left: number; right: number }
	| { kind: 'selected'; side: Side; index: number }
	| { kind: 'deselected'; side: Side; index: number };

export function emptyPairing(count: number): Pairing {
	return { pairedWith: Array.from({ length: count }, () => null), selected: null };
}

/** The left item paired with right item `right`, or -1. */
export function leftOf(pairing: Pairing, right: number): number {
	return pairing.pairedWith.indexOf(right);
}

/**
 * One tap, from either side. With an item selected in the other column, the tap pairs the two
 * (a pair the tapped item was in gives way). Otherwise a tap on a paired item unpairs it, and a
 * tap on an unpaired one selects it (or deselects it if it was selected).
 */
export function tapItem(
	pairing: Pairing,
	side: Side,
	index: number
): { pairing: Pairing; event: PairingEvent } {
	const pairedWith = [...pairing.pairedWith];
	const { selected } = pairing;
	if (selected && selected.side !== side) {
		const left = side === 'left' ? index : selected.index;
		const right = side === 'right' ? index : selected.index;
		const previous = pairedWith.indexOf(right);
		if (previous >= 0) pairedWith[previous] = null;
		pairedWith[left] = right;
		return { pairing: { pairedWith, selected: null }, event: { kind: 'paired', left, right } };
	}
	const left = side === 'left' ? index : pairedWith.indexOf(index);
	const right = left >= 0 ? pairedWith[left] : null;
	if (right != null) {
		pairedWith[left] = null;
		return { pairing: { pairedWith, selected: null }, event: { kind: 'unpaired', left, right } };
	}
	if (selected?.side === side && selected.index === index) {
		return { pairing: { pairedWith, selected: null }, event: { kind: 'deselected', side, index } };
	}
	return {
		pairing: { pairedWith, selected: { side, index } },
		event: { kind: 'selected', side, index }
	};
}

export function pairedCount(pairing: Pairing): number {
	return pairing.pairedWith.filter((right) => right !== null).length;
}
