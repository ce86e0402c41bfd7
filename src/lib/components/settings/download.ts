/**
 * Saves `text` as a file through the browser's download, which works offline and in an installed
 * PWA (no server round trip). The object URL is revoked after the click has been handled, since
 * revoking it at once can cancel the download in some browsers.
 */
export function downloadText(fileName: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
