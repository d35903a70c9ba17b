/** Plain links: the browser downloads the files itself, with the session cookie, like any GET. */
export const MY_DATA_JSON_URL = '/api/v1/me/data';
export const MY_DATA_DOCUMENT_URL = '/api/v1/me/data/document';
