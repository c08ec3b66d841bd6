/*
 * PayCrypt request signing: PAYCRYPT-HMAC-SHA256, v1 (see DESIGN.md, "Request signing").
 *
 * This file is the collection-level pre-request script of PayCrypt.postman_collection.json.
 * postman/generate.mjs injects it verbatim; edit it here, never in the collection, then run
 * `make generate`. postman/test/sign-request.test.mjs runs the signing functions below over
 * every case of contract-tests/vectors/request-signing.json and drives the Postman glue with
 * a fake `pm`.
 *
 * Everything is plain ES2015 with no globals except `pm` and `require`, so the same file runs
 * in the Postman app, in newman 6 (whose sandbox ships crypto-js 3.3.0) and in Node's `vm`.
 *
 * How a request is signed (the glue, paycryptSignPostmanRequest):
 *   1. GET /health is public: nothing is signed.
 *   2. The URL and the raw body are resolved with pm.variables.replaceIn first: the request as
 *      the script sees it still holds {{variables}}, and the signature must cover the bytes that
 *      will actually be sent. The resolved body is written back into the request, so a dynamic
 *      variable ({{$guid}}) is resolved once and what is hashed is exactly what is sent.
 *   3. Credentials: {{apiKey}} / {{apiSecret}} by default. A request that sets its own
 *      `PayCrypt-Key` header (the Admin folder sets `{{adminApiKey}}`) is signed with the secret
 *      that goes with it: `{{fooApiKey}}` -> `{{fooApiSecret}}`, or whichever of apiKey /
 *      adminApiKey the resolved value equals.
 *   4. A fresh timestamp (unix seconds) and nonce (16 random bytes, hex) for every send, unless
 *      the request sets `PayCrypt-Timestamp` / `PayCrypt-Nonce` itself (the negative tests do).
 *   5. The four headers are set: PayCrypt-Key, PayCrypt-Timestamp, PayCrypt-Nonce,
 *      PayCrypt-Signature ("v1=" + lowercase hex HMAC-SHA256(secret, string_to_sign)).
 */

/* ---- pure signing functions (no Postman objects; loaded by the Node tests too) ------------ */

var PAYCRYPT_SCHEME = 'PAYCRYPT-HMAC-SHA256';

/** The UTF-8 bytes of a JavaScript string (lone surrogates become U+FFFD, as TextEncoder does). */
function paycryptUtf8Bytes(text) {
    var bytes = [];
    for (var i = 0; i < text.length; i++) {
        var c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            var d = text.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
                i++;
            }
        }
        if (c >= 0xd800 && c <= 0xdfff) { c = 0xfffd; }
        if (c < 0x80) {
            bytes.push(c);
        } else if (c < 0x800) {
            bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        } else {
            bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        }
    }
    return bytes;
}

/** Query decoding: '+' is a space, '%XX' (either case) that byte, a malformed '%' itself, anything else its UTF-8 bytes. */
function paycryptQueryDecode(text) {
    var bytes = [];
    var hex = /^[0-9A-Fa-f]{2}$/;
    for (var i = 0; i < text.length; i++) {
        var ch = text.charAt(i);
        if (ch === '+') {
            bytes.push(0x20);
        } else if (ch === '%' && hex.test(text.substr(i + 1, 2))) {
            bytes.push(parseInt(text.substr(i + 1, 2), 16));
            i += 2;
        } else {
            var start = i;
            var code = text.charCodeAt(i);
            if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) { i++; }
            Array.prototype.push.apply(bytes, paycryptUtf8Bytes(text.slice(start, i + 1)));
        }
    }
    return bytes;
}

/** RFC 3986 encoding of bytes: A-Z a-z 0-9 - . _ ~ kept, every other byte upper-case %XX. */
function paycryptRfc3986(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; i++) {
        var b = bytes[i];
        if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) ||
            b === 0x2d || b === 0x2e || b === 0x5f || b === 0x7e) {
            out += String.fromCharCode(b);
        } else {
            out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
        }
    }
    return out;
}

/** canonical_query from the raw query string as sent (no leading '?'). */
function paycryptCanonicalQuery(rawQuery) {
    var pairs = [];
    var pieces = (rawQuery || '').split('&');
    for (var i = 0; i < pieces.length; i++) {
        var piece = pieces[i];
        if (piece === '') { continue; }
        var eq = piece.indexOf('=');
        var name = eq === -1 ? piece : piece.slice(0, eq);
        var value = eq === -1 ? '' : piece.slice(eq + 1);
        pairs.push([paycryptRfc3986(paycryptQueryDecode(name)), paycryptRfc3986(paycryptQueryDecode(value))]);
    }
    // The encoded forms are pure ASCII, so comparing UTF-16 code units is byte order.
    pairs.sort(function (a, b) {
        if (a[0] !== b[0]) { return a[0] < b[0] ? -1 : 1; }
        if (a[1] !== b[1]) { return a[1] < b[1] ? -1 : 1; }
        return 0;
    });
    return pairs.map(function (p) { return p[0] + '=' + p[1]; }).join('&');
}

/** A CryptoJS word array holding exactly these bytes. */
function paycryptWordArray(CryptoJS, bytes) {
    var words = [];
    for (var i = 0; i < bytes.length; i++) {
        words[i >>> 2] |= bytes[i] << (24 - (i % 4) * 8);
    }
    return CryptoJS.lib.WordArray.create(words, bytes.length);
}

/**
 * Sign one request. `request` = {method, path, query, timestamp, nonce, body}; path as sent
 * (percent-encoded, no query), query raw as sent without '?', body the exact text sent.
 * Returns {canonicalQuery, bodyHash, stringToSign, signature}.
 */
function paycryptSign(CryptoJS, secret, request) {
    var canonicalQuery = paycryptCanonicalQuery(request.query || '');
    var bodyHash = CryptoJS.SHA256(paycryptWordArray(CryptoJS, paycryptUtf8Bytes(request.body || '')))
        .toString(CryptoJS.enc.Hex);
    var stringToSign = [
        PAYCRYPT_SCHEME,
        String(request.timestamp),
        request.nonce,
        String(request.method).toUpperCase(),
        request.path,
        canonicalQuery,
        bodyHash
    ].join('\n');
    var mac = CryptoJS.HmacSHA256(
        paycryptWordArray(CryptoJS, paycryptUtf8Bytes(stringToSign)),
        paycryptWordArray(CryptoJS, paycryptUtf8Bytes(secret))
    );
    return {
        canonicalQuery: canonicalQuery,
        bodyHash: bodyHash,
        stringToSign: stringToSign,
        signature: 'v1=' + mac.toString(CryptoJS.enc.Hex)
    };
}

/** 16 random bytes as 32 lowercase hex digits. */
function paycryptNonce(CryptoJS) {
    try {
        return CryptoJS.lib.WordArray.random(16).toString(CryptoJS.enc.Hex);
    } catch (e) {
        // crypto-js 4 outside a crypto-capable host: fall back to Math.random (a nonce must be unique, not secret)
        var hex = '';
        for (var i = 0; i < 32; i++) { hex += Math.floor(Math.random() * 16).toString(16); }
        return hex;
    }
}

/** Split an absolute or relative URL into the path as sent on the wire and the raw query. */
function paycryptSplitUrl(url) {
    var rest = String(url).replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/, '');
    var hash = rest.indexOf('#');
    if (hash !== -1) { rest = rest.slice(0, hash); }
    var q = rest.indexOf('?');
    var path = q === -1 ? rest : rest.slice(0, q);
    var query = q === -1 ? '' : rest.slice(q + 1);
    if (path === '') { path = '/'; }
    if (path.charAt(0) !== '/') { path = '/' + path; }
    // Encode the path as the HTTP client will put it on the wire: keep existing %XX escapes and
    // the characters RFC 3986 allows in a path; any other byte (space, non-ASCII...) becomes %XX.
    var wire = '';
    for (var i = 0; i < path.length; i++) {
        var ch = path.charAt(i);
        if (/[A-Za-z0-9\-._~!$&'()*+,;=:@/]/.test(ch) || (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(path.substr(i + 1, 2)))) {
            wire += ch;
        } else {
            var start = i;
            var code = path.charCodeAt(i);
            if (code >= 0xd800 && code <= 0xdbff && i + 1 < path.length) { i++; }
            wire += paycryptRfc3986(paycryptUtf8Bytes(path.slice(start, i + 1)));
        }
    }
    return { path: wire, query: query };
}

/* ---- Postman glue ---------------------------------------------------------------------- */

function paycryptHeaderValue(pm, name) {
    var found = null;
    pm.request.headers.each(function (h) {
        if (!h.disabled && String(h.key).toLowerCase() === name.toLowerCase()) { found = h.value; }
    });
    return found;
}

/** Pick {key, secret} for this request (see the header comment, step 3). */
function paycryptCredentials(pm) {
    var rawKey = paycryptHeaderValue(pm, 'PayCrypt-Key');
    if (rawKey === null || rawKey === '') {
        return { key: pm.variables.get('apiKey'), secret: pm.variables.get('apiSecret'), via: 'apiKey' };
    }
    var named = /^\s*\{\{\s*([A-Za-z0-9_]*?)(ApiKey|apiKey)\s*\}\}\s*$/.exec(rawKey);
    if (named) {
        var secretVar = named[1] + (named[2] === 'ApiKey' ? 'ApiSecret' : 'apiSecret');
        return { key: pm.variables.replaceIn(rawKey), secret: pm.variables.get(secretVar), via: named[1] + named[2] };
    }
    var key = pm.variables.replaceIn(rawKey);
    if (key === pm.variables.get('adminApiKey')) {
        return { key: key, secret: pm.variables.get('adminApiSecret'), via: 'adminApiKey' };
    }
    if (key === pm.variables.get('apiKey')) {
        return { key: key, secret: pm.variables.get('apiSecret'), via: 'apiKey' };
    }
    throw new Error('PayCrypt signing: no secret known for the PayCrypt-Key header "' + key +
        '"; use {{apiKey}} or {{adminApiKey}} (or {{<name>ApiKey}} with a matching {{<name>ApiSecret}}).');
}

/**
 * Sign pm.request in place. `now` (unix seconds) and `nonce` are for tests; by default the clock
 * and a fresh random nonce. Returns the signing result, or null when the request is not signed.
 */
function paycryptSignPostmanRequest(pm, CryptoJS, now, nonce) {
    var method = String(pm.request.method || 'GET').toUpperCase();
    var url = pm.variables.replaceIn(pm.request.url.toString());
    var parts = paycryptSplitUrl(url);
    if (method === 'GET' && parts.path === '/health') { return null; }

    var body = '';
    if (pm.request.body && !pm.request.body.disabled && pm.request.body.mode) {
        if (pm.request.body.mode !== 'raw') {
            throw new Error('PayCrypt signing: only raw bodies can be signed (this one is "' + pm.request.body.mode + '").');
        }
        var raw = pm.request.body.raw || '';
        body = pm.variables.replaceIn(raw);
        if (body !== raw) { pm.request.body.raw = body; } // send exactly what is hashed
    }

    var creds = paycryptCredentials(pm);
    if (!creds.key || !creds.secret) {
        throw new Error('PayCrypt signing: set the ' + creds.via + ' variable and its secret (choose the ' +
            '"PayCrypt local sandbox" environment, or set them in the collection variables).');
    }
    var explicitTs = paycryptHeaderValue(pm, 'PayCrypt-Timestamp');
    var explicitNonce = paycryptHeaderValue(pm, 'PayCrypt-Nonce');
    var timestamp = explicitTs ? pm.variables.replaceIn(explicitTs) :
        String(now !== undefined ? now : Math.floor(Date.now() / 1000));
    var theNonce = explicitNonce ? pm.variables.replaceIn(explicitNonce) : (nonce || paycryptNonce(CryptoJS));

    var signed = paycryptSign(CryptoJS, creds.secret, {
        method: method, path: parts.path, query: parts.query, timestamp: timestamp, nonce: theNonce, body: body
    });
    pm.request.headers.upsert({ key: 'PayCrypt-Key', value: creds.key });
    pm.request.headers.upsert({ key: 'PayCrypt-Timestamp', value: timestamp });
    pm.request.headers.upsert({ key: 'PayCrypt-Nonce', value: theNonce });
    pm.request.headers.upsert({ key: 'PayCrypt-Signature', value: signed.signature });
    return signed;
}

if (typeof pm !== 'undefined' && pm && pm.request) {
    paycryptSignPostmanRequest(pm, require('crypto-js'));
}
