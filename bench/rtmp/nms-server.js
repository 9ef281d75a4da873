// Node-Media-Server 4 as the benchmark's peer: RTMP ingest on RTMP_PORT, HTTP-FLV at
// http://127.0.0.1:HTTP_PORT/live/STREAM.flv; no web admin, no API, no recording, no TLS listeners.
// Its small JSON store goes to DATA_DIR. Prints "listening" when both listeners are up.
//   node nms-server.js RTMP_PORT HTTP_PORT DATA_DIR
'use strict';
const NodeMediaServer = require('node-media-server');

const [rtmpPort, httpPort, dataDir] = process.argv.slice(2);
const nms = new NodeMediaServer({
  bind: '127.0.0.1',
  rtmp: { port: Number(rtmpPort) },
  http: { port: Number(httpPort) },
  webadmin: { enable: false },
  auth: { play: false, publish: false },
  record: { auto: false, path: `${dataDir}/record` },
  store: { path: dataDir },
}, `${dataDir}/config.json`);
nms.run();
let up = 0;
const ready = () => { if (++up === 2) console.log('listening'); };
nms.httpServer.httpServer.on('listening', ready);
nms.rtmpServer.tcpServer.on('listening', ready);
const stop = () => nms.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
