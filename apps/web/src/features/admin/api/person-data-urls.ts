/** Plain download links: the browser fetches the files with the session cookie, like any GET. */
export const personDataUrls = (id: string) => ({
  json: `/api/v1/users/${encodeURIComponent(id)}/data`,
  document: `/api/v1/users/${encodeURIComponent(id)}/data/document`,
});
