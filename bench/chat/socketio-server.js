// The socket.io 4 peer for the chat benchmark: the seed app's design, one room per stage. On a
// "chat" event it stamps the message and rebroadcasts it to the whole room (sender included) with
// io.to(room).emit, in the same shape as Marquee's chat.message frame.
//   node socketio-server.js [port]      (default 3001; prints "listening" when ready)
'use strict';
const { Server } = require('socket.io');

const port = Number(process.argv[2] || 3001);
const room = 'stage-main';
const io = new Server(port, { serveClient: false, cors: { origin: '*' } });
let seq = 0;

io.on('connection', (socket) => {
  const name = String(socket.handshake.query.name || 'guest');
  socket.join(room);
  socket.on('chat', (msg) => {
    const text = String((msg && msg.text) || '').slice(0, 500);
    if (!text) return;
    io.to(room).emit('chat', {
      type: 'chat.message', id: String(++seq), author: { name, role: 'guest' },
      text, sentAt: new Date().toISOString(),
    });
  });
});
console.log(`socket.io ${require('socket.io/package.json').version} listening on ${port} (pid ${process.pid})`);
