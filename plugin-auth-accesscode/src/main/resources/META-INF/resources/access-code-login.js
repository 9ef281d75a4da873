// The emailed link carries the code in the fragment: it never reaches a server log or a Referer header.
const params = new URLSearchParams(location.hash.slice(1));
const back = sameOriginAddress(new URLSearchParams(location.search).get('next'));
const code = document.getElementById('code');
if (params.get('code')) {
  code.value = params.get('code');
  history.replaceState(null, '', location.pathname + location.search);
}
fetch('/api/v1/auth/session', {credentials: 'same-origin'}).then(r => r.json()).then(s => {
  if (s.endedReason === 'device_limit') {
    document.getElementById('ended').textContent =
      'You were signed out here because your code was used on another device.';
  } else if (s.endedReason === 'ticket_cancelled') {
    document.getElementById('ended').textContent = 'You were signed out because your ticket was cancelled.';
  }
}).catch(() => {});
document.getElementById('login').addEventListener('submit', async event => {
  event.preventDefault();
  const message = document.getElementById('message');
  message.textContent = '';
  const response = await fetch('/api/v1/auth/access-code', {method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/json'}, body: JSON.stringify({code: code.value})});
  if (response.ok) {
    location.assign(back);
    return;
  }
  const error = await response.json().catch(() => ({detail: 'Sign-in failed'}));
  message.textContent = error.detail;
});

// Where to go after signing in: an address on this site only, as the browser itself resolves it (it
// drops tabs and newlines and reads a backslash as a slash, so "/\evil.example" is another site). The
// answer is absolute: a bare path such as "//evil.example" (what "/.//evil.example" resolves to) would
// be read as another site again.
function sameOriginAddress(next) {
  if (!next) return '/';
  try {
    const url = new URL(next, location.origin);
    return url.origin === location.origin ? url.href : '/';
  } catch (e) {
    return '/';
  }
}
