export interface SharedArticle {
	title: string;
	text: string;
	url: string;
}

const urlPattern = /\bhttps?:\/\/\S+/;

/**
 * Reads what a phone's share sheet sent to the share target. Browsers differ: some put the
 * page address in `url`, others (Android Chrome) inside `text`, so a lone URL in `text` moves to `url`.
 */
export function sharedArticle(params: URLSearchParams): SharedArticle {
	const title = (params.get('title') ?? '').trim();
	let text = (params.get('text') ?? '').trim();
	let url = (params.get('url') ?? '').trim();
	if (!url) {
		const found = urlPattern.exec(text);
		if (found) {
			url = found[0];
			if (text === found[0]) text = '';
		}
	}
	if (url && !/^https?:\/\//i.test(url)) url = '';
	return { title, text, url };
}
