/** Joins the site's base path and a site-relative path: ('/study/', '/papers/raft/') -> '/study/papers/raft/'. */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}
