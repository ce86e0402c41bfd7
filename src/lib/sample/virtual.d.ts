declare module 'virtual:sample-deck' {
	import type { Question } from '$lib/engine';
	/** The sample article's questions, generated at build time (see build-plugin.ts). */
	const questions: Question[];
	export default questions;
}
