/** The JSON API. A failure becomes an Error whose message lists the server's problems. */
export async function api(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));
  const response = await fetch(`/api/${path}${query.size ? `?${query}` : ''}`, {
    headers: { Accept: 'application/json' },
  });
  const body = await response.json();
  if (!response.ok)
    throw new Error(
      (body.problems ?? []).map((p) => `${p.path}: ${p.message}`).join('; ') || response.statusText,
    );
  return body;
}

export const encode = encodeURIComponent;
