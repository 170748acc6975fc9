'use strict';
// Minimal static server on 127.0.0.1 for the host page and the view host
// bundle. (Fonts are answered by request interception, see lib/browser.js.)

const fs = require('fs');
const http = require('http');
const path = require('path');

const TOOL_DIR = path.resolve(__dirname, '..');
const VIEWHOST_JS = require.resolve('apl-viewhost-web/index.js', { paths: [TOOL_DIR] });

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

function resolveUrl(urlPath) {
    if (urlPath === '/' || urlPath === '/index.html') { return path.join(TOOL_DIR, 'host', 'index.html'); }
    if (urlPath === '/viewhost/index.js') { return VIEWHOST_JS; }
    const m = /^\/host\/([A-Za-z0-9._-]+)$/.exec(urlPath);
    if (m) { return path.join(TOOL_DIR, 'host', m[1]); }
    return null;
}

function start() {
    return new Promise((resolve, reject) => {
        const server = http.createServer((req, res) => {
            const urlPath = decodeURIComponent(req.url.split('?')[0]);
            if (urlPath === '/favicon.ico') { res.writeHead(204); res.end(); return; }
            const file = resolveUrl(urlPath);
            if (!file || !fs.existsSync(file)) { res.writeHead(404); res.end('not found'); return; }
            res.writeHead(200, {
                'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
                'access-control-allow-origin': '*',
                'cache-control': 'max-age=3600'
            });
            fs.createReadStream(file).pipe(res);
        });
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            resolve({ server, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) });
        });
    });
}

module.exports = { start, VIEWHOST_JS };
