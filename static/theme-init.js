// Applies the learner's theme choice before first paint, so a dark-mode user never sees a white flash.
// A static file (not inline) so the content security policy can forbid inline scripts.
try {
	var theme = localStorage.getItem('factdeck-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) {
	/* storage blocked: follow the system theme */
}
