// Calls to Marquee's REST API: same-origin cookies, the CSRF header on writes, JSON errors as ApiError.

export interface FieldError {
  name: string;
  message: string;
}

/** An error answer of the API: {"error", "detail", "fields"?} with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly detail: string,
    readonly fields: FieldError[] = [],
  ) {
    super(detail || error);
  }

  /** The message for one field, if the server named it. */
  field(name: string): string | undefined {
    return this.fields.find((f) => f.name === name)?.message;
  }
}

function cookie(name: string): string | undefined {
  const prefix = name + '=';
  const found = document.cookie.split('; ').find((c) => c.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : undefined;
}

type Body = object | string | Blob | undefined;

/** Sends a request to /api/v1{path}; resolves with the parsed JSON (undefined for 204). */
export async function api<T>(method: string, path: string, body?: Body, contentType = 'application/json'): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    const token = cookie('XSRF-TOKEN');
    if (token) headers['X-CSRF-Token'] = token;
  }
  let payload: string | Blob | undefined;
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    payload = typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body);
  }
  const response = await fetch('/api/v1' + path, { method, headers, body: payload, credentials: 'same-origin' });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const e = (json ?? {}) as { error?: string; detail?: string; fields?: FieldError[] };
    throw new ApiError(response.status, e.error ?? 'http_' + response.status, e.detail ?? response.statusText, e.fields ?? []);
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: Body) => api<T>('POST', path, body ?? {});
export const put = <T>(path: string, body: Body) => api<T>('PUT', path, body);
export const del = (path: string) => api<void>('DELETE', path);
/** PUTs a file's bytes as the body, typed as the file says (the server checks the bytes themselves). */
export const putFile = <T>(path: string, file: Blob) => api<T>('PUT', path, file, file.type || 'application/octet-stream');

/** A readable sentence for any failure, for status lines. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) return error.detail || error.error;
  if (error instanceof Error) return error.message;
  return String(error);
}
