/** True when the Content-Type is JSON (any charset parameter is fine as long as it is UTF-8). */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  // What nearly every sender writes, without splitting the header each time.
  if (header === 'application/json' || header === 'application/json; charset=utf-8') return true;
  const [type, ...params] = header.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json' && !(type?.startsWith('application/') && type.endsWith('+json'))) return false;
  const charset = params.find((p) => p.startsWith('charset='));
  return !charset || /^charset="?utf-?8"?$/.test(charset);
}
