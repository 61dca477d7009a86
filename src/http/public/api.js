// The one place that talks HTTP. Every failure becomes an ApiError with a Swedish message meant for
// people, so views never have to look at statuses, stacks or raw bodies.

export const MAX_QUESTION_LENGTH = 1000;

const GENERIC_MESSAGE = 'Något gick fel hos tjänsten. Försök igen om en stund.';
const NETWORK_MESSAGE = 'Kunde inte nå tjänsten. Kontrollera anslutningen och försök igen.';

export class ApiError extends Error {
  /** @param {string} message @param {string} code @param {number} status */
  constructor(message, code, status) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

// A server bug could still leak a multi-line trace into `message`; only its first line is for people.
function humanMessage(message) {
  if (typeof message !== 'string' || message.trim() === '') return GENERIC_MESSAGE;
  const firstLine = message.split('\n')[0].trim();
  if (/^\s*at\s/.test(firstLine)) return GENERIC_MESSAGE;
  return firstLine.length > 400 ? `${firstLine.slice(0, 400)} …` : firstLine;
}

// A server started with UTBLICK_API_KEY answers 401 without the key; the page then asks for it once
// and keeps it for this tab only (sessionStorage), so it is gone when the tab closes.
const KEY_STORAGE = 'utblick-api-key';

function storedKey() {
  try {
    return sessionStorage.getItem(KEY_STORAGE) || '';
  } catch {
    return '';
  }
}

function askForKey() {
  const key = (window.prompt('Tjänsten kräver en API-nyckel. Ange nyckeln:') || '').trim();
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // Storage may be off (private mode); the key then lasts for this request only.
  }
  return key;
}

// Relative paths so the page also works when mounted under a prefix.
async function request(path, { method = 'GET', body, signal } = {}, key = storedKey()) {
  let response;
  try {
    const headers = body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' };
    if (key) headers['x-api-key'] = key;
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error && error.name === 'AbortError') throw error;
    throw new ApiError(NETWORK_MESSAGE, 'NETWORK', 0);
  }
  if (response.status === 401 && !(signal && signal.aborted)) {
    // Requests started together all get 401; the first asks, the others take what it stored.
    const current = storedKey();
    const fresh = current && current !== key ? current : askForKey();
    if (fresh && fresh !== key) return request(path, { method, body, signal }, fresh);
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = data && typeof data === 'object' ? data.error : undefined;
    throw new ApiError(humanMessage(error && error.message), (error && error.code) || `HTTP_${response.status}`, response.status);
  }
  if (data === null || typeof data !== 'object') throw new ApiError('Tjänsten svarade med något oväntat.', 'BAD_RESPONSE', response.status);
  return data;
}

export const api = {
  ask: (body, signal) => request('api/ask', { method: 'POST', body, signal }),
  search: (body, signal) => request('api/search', { method: 'POST', body, signal }),
  summary: (body, signal) => request('api/summary', { method: 'POST', body, signal }),
  regions: () => request('api/regions'),
  themes: () => request('api/themes'),
  reports: () => request('api/reports'),
  passage: (id, signal) => request(`api/passages/${encodeURIComponent(id)}`, { signal }),
  goodPractice: (body, signal) => request('api/good-practice', { method: 'POST', body, signal }),
  compare: (body, signal) => request('api/compare', { method: 'POST', body, signal }),
  coverage: () => request('api/coverage'),
  coveragePassages: (region, theme) => request(`api/coverage/passages?region=${encodeURIComponent(region)}&theme=${encodeURIComponent(theme)}`),
  /** A Word document made by the server from a summary's Markdown or the matrix; resolves to a Blob. */
  async exportDocx(body) {
    let response;
    try {
      const headers = { 'content-type': 'application/json' };
      // Under UTBLICK_API_KEY the page keeps the key it was given (storedKey, beside request() once the
      // access-control work is merged); typeof keeps this file valid without it.
      // eslint-disable-next-line no-undef
      const key = typeof storedKey === 'function' ? storedKey() : '';
      if (key) headers['x-api-key'] = key;
      response = await fetch('api/export/docx', { method: 'POST', headers, body: JSON.stringify(body) });
    } catch {
      throw new ApiError(NETWORK_MESSAGE, 'NETWORK', 0);
    }
    if (!response.ok) {
      const data = await response.json().catch(() => null);
      throw new ApiError(humanMessage(data?.error?.message), data?.error?.code ?? `HTTP_${response.status}`, response.status);
    }
    return response.blob();
  },
  // /readyz answers 503 with a body while the index loads; that body is still what we want to read.
  async readiness() {
    try {
      const response = await fetch('readyz', { headers: { accept: 'application/json' } });
      return await response.json();
    } catch {
      return null;
    }
  },
};

/** Turns whatever was thrown into a message fit for the page. */
export function messageOf(error) {
  if (error instanceof ApiError) return error.message;
  return GENERIC_MESSAGE;
}
