// The token travels in the fragment, so it never reaches a server log or a Referer header.
const token = new URLSearchParams(location.hash.slice(1)).get('token') || '';
history.replaceState(null, '', location.pathname);
document.getElementById('setup').addEventListener('submit', async event => {
  event.preventDefault();
  const form = new FormData(event.target);
  const body = {token, email: form.get('email'), password: form.get('password'), displayName: form.get('displayName')};
  const response = await fetch('/api/v1/setup', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body), credentials: 'same-origin'});
  if (response.ok) {
    location.href = '/';
  } else {
    const error = await response.json().catch(() => ({detail: 'Setup failed'}));
    document.getElementById('message').textContent = error.detail;
  }
});
