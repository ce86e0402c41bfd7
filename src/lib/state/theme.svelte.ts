/** The learner's theme choice. 'system' follows prefers-color-scheme; the others force a theme. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const storageKey = 'factdeck-theme';

function readChoice(): ThemeChoice {
	try {
		const stored = globalThis.localStorage?.getItem(storageKey);
		return stored === 'light' || stored === 'dark' ? stored : 'system';
	} catch {
		return 'system';
	}
}

class Theme {
	#choice = $state<ThemeChoice>('system');

	/** Reads the stored choice; called once in the browser (localStorage does not exist on the server). */
	load() {
		this.#choice = readChoice();
	}

	get choice(): ThemeChoice {
		return this.#choice;
	}

	set choice(value: ThemeChoice) {
		this.#choice = value;
		const root = document.documentElement;
		try {
			if (value === 'system') localStorage.removeItem(storageKey);
			else localStorage.setItem(storageKey, value);
		} catch {
			// Storage blocked: the choice still applies for this visit.
		}
		if (value === 'system') delete root.dataset.theme;
		else root.dataset.theme = value;
	}
}

export const theme = new Theme();
