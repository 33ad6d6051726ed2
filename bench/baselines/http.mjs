// Baseline: raw node:http answering every request with 200 and a tiny JSON body — the floor any
// server on this machine can reach, for the same load.
import { createServer } from 'node:http';

createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 });
    res.end('{}');
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('raw node:http listening'));
