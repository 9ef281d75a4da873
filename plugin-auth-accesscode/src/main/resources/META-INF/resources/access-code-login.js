// The emailed link carries the code in the fragment: it never reaches a server log or a Referer header.
const params = new URLSearchParams(location.hash.slice(1));
const back = new URLSearchParams(location.search).get('next');
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
    location.href = back && back.startsWith('/') && !back.startsWith('//') ? back : '/';
    return;
  }
  const error = await response.json().catch(() => ({detail: 'Sign-in failed'}));
  message.textContent = error.detail;
});
