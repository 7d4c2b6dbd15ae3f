import { quoted } from './migrations';

/**
 * Splits a query string into parameters, dropping (with a notice) a part whose percent-encoding is
 * broken: URLSearchParams would silently turn it into U+FFFD and the value would be misread.
 */
export function readQuery(search: string, notices: string[]): URLSearchParams {
  const params = new URLSearchParams();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const rawName = equals === -1 ? part : part.slice(0, equals);
    const rawValue = equals === -1 ? '' : part.slice(equals + 1);
    try {
      const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
      params.append(decode(rawName), decode(rawValue));
    } catch {
      notices.push(`Ignored ${quoted(rawName)}: its value is not valid percent-encoding.`);
    }
  }
  return params;
}
