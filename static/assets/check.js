// Progressive enhancement of /{lang}/check (docs/transparency.md): checks a receipt in the
// browser. The receipt never leaves the page: only the public log is fetched (its description,
// the shard's checkpoint and the hash tiles on the path), so the collector does not learn which
// statement was checked. Checks, in order:
//   1. the receipt's key is the log's published key;
//   2. the receipt's checkpoint is signed by that key (Ed25519, C2SP signed note);
//   3. the leaf recomputed from the receipt is in that checkpoint's tree (RFC 9162 proof);
//   4. the log's latest signed checkpoint still includes the leaf (recomputed from tiles).
(function () {
  "use strict";
  var form = document.getElementById("check-form");
  var result = document.getElementById("check-result");
  if (!form || !result || !window.crypto || !crypto.subtle || !window.fetch) { return; }
  form.hidden = false;
  // The way without JavaScript is for pages where this script does not run.
  var nojs = document.getElementById("check-nojs");
  if (nojs) { nojs.hidden = true; }
  // The pure checks, for the browser tests' vectors (signed outside this code).
  window.ocsReceiptCheck = { verifyNote: function (t, k) { return verifyNote(t, k); } };

  var enc = new TextEncoder();
  function b64(s) { return Uint8Array.from(atob(s), function (c) { return c.charCodeAt(0); }); }
  function hex(s) {
    var out = new Uint8Array(s.length / 2);
    for (var i = 0; i < out.length; i++) { out[i] = parseInt(s.substr(2 * i, 2), 16); }
    return out;
  }
  function concat(parts) {
    var n = parts.reduce(function (a, p) { return a + p.length; }, 0);
    var out = new Uint8Array(n), at = 0;
    parts.forEach(function (p) { out.set(p, at); at += p.length; });
    return out;
  }
  function u64(n) { var b = new Uint8Array(8); new DataView(b.buffer).setBigUint64(0, BigInt(n)); return b; }
  function u32(n) { var b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n); return b; }
  function same(a, b) { return a.length === b.length && a.every(function (x, i) { return x === b[i]; }); }
  function sha256(bytes) { return crypto.subtle.digest("SHA-256", bytes).then(function (d) { return new Uint8Array(d); }); }
  function node(l, r) { return sha256(concat([new Uint8Array([1]), l, r])); }
  // A failed check, with what the signatory should make of it: "file" (not this collection's
  // receipt, or changed), "unreachable" (the log could not be read) or "missing" (the log does
  // not hold the statement as the receipt says). The reason stays in English for the console and
  // the tests; the page shows the catalogue's text of the kind.
  function fail(why, kind) { var e = new Error(why); e.kind = kind || "file"; throw e; }
  function unreachable(why) { fail(why, "unreachable"); }

  function leafHash(leaf) {
    var put = function (s) { var b = enc.encode(s); return concat([u64(b.length), b]); };
    var uuid = hex(String(leaf.statement).replace(/-/g, ""));
    var sealed = hex(String(leaf.sealed));
    if (uuid.length !== 16 || sealed.length !== 32) { fail("malformed leaf"); }
    return sha256(concat([new Uint8Array([0]), enc.encode("ocs-edge leaf v1"), u32(leaf.shard),
      u64(leaf.seq), uuid, put(leaf.submitted_at), put(leaf.nationality), sealed]));
  }

  // A signed note: the text up to the blank line, then "— name base64(key id || signature)".
  function verifyNote(text, verifierKey) {
    // name+keyid+base64: the base64 part may itself hold "+", so split at the first two only.
    var first = verifierKey.indexOf("+"), second = verifierKey.indexOf("+", first + 1);
    if (first < 1 || second < 0) { fail("not a verifier key"); }
    var name = verifierKey.slice(0, first), keyId = hex(verifierKey.slice(first + 1, second));
    var pub = b64(verifierKey.slice(second + 1));
    if (pub[0] !== 1 || pub.length !== 33) { fail("not an Ed25519 key"); }
    var split = text.indexOf("\n\n");
    if (split < 0) { fail("not a signed note"); }
    var body = text.slice(0, split + 1);
    var sigs = text.slice(split + 2).split("\n").filter(function (l) { return l.indexOf("\u2014 " + name + " ") === 0; });
    return crypto.subtle.importKey("raw", pub.slice(1), { name: "Ed25519" }, false, ["verify"]).then(function (key) {
      return Promise.all(sigs.map(function (line) {
        var sig = b64(line.slice(("\u2014 " + name + " ").length));
        if (!same(sig.slice(0, 4), keyId)) { return false; }
        return crypto.subtle.verify({ name: "Ed25519" }, key, sig.slice(4), enc.encode(body));
      }));
    }).then(function (oks) {
      if (oks.indexOf(true) < 0) { fail("the checkpoint's signature is not the log's"); }
      var lines = body.split("\n");
      return { origin: lines[0], size: Number(lines[1]), root: b64(lines[2]) };
    });
  }

  // RFC 9162 section 2.1.3.2.
  function checkInclusion(index, size, leaf, proof, root) {
    if (index >= size) { return Promise.resolve(false); }
    var fn = index, sn = size - 1, r = Promise.resolve(leaf);
    for (var i = 0; i < proof.length; i++) {
      if (sn === 0) { return Promise.resolve(false); }
      var p = proof[i];
      if (fn % 2 === 1 || fn === sn) {
        r = r.then(function (p) { return function (h) { return node(p, h); }; }(p));
        if (fn % 2 === 0) { do { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); } while (fn % 2 === 0 && fn !== 0); }
      } else {
        r = r.then(function (p) { return function (h) { return node(h, p); }; }(p));
      }
      fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
    }
    return r.then(function (h) { return sn === 0 && same(h, root); });
  }

  // The tree of `size` leaves recomputed from the log's hash tiles, with our leaf at `index`:
  // its root equals the signed one only if the log holds our leaf there.
  function rootWithLeaf(shard, size, height, index, leaf) {
    var tiles = {};
    function tilePath(level, n, width) {
      var s = String(n % 1000).padStart(3, "0");
      for (n = Math.floor(n / 1000); n > 0; n = Math.floor(n / 1000)) { s = "x" + String(n % 1000).padStart(3, "0") + "/" + s; }
      return "/log/" + shard + "/tile/" + level + "/" + s + (width < (1 << height) ? ".p/" + width : "");
    }
    function tile(level, n) {
      var levelWidth = Math.floor(size / Math.pow(2, height * level));
      var width = Math.min(1 << height, levelWidth - n * (1 << height));
      var url = tilePath(level, n, width);
      if (!tiles[url]) {
        tiles[url] = fetch(url).then(function (r) { return r.ok ? r.arrayBuffer() : unreachable("tile " + url + ": " + r.status); })
          .then(function (b) { return new Uint8Array(b); });
      }
      return tiles[url];
    }
    function stored(level, k) {
      var t = Math.floor(level / height), l = level % height;
      var first = k * (1 << l), n = Math.floor(first / (1 << height)), at = first % (1 << height);
      return tile(t, n).then(function (data) {
        var hashes = [];
        for (var i = 0; i < (1 << l); i++) { hashes.push(data.slice(32 * (at + i), 32 * (at + i + 1))); }
        if (hashes.some(function (h) { return h.length !== 32; })) { fail("short tile"); }
        function up(hs) {
          if (hs.length === 1) { return Promise.resolve(hs[0]); }
          var next = [];
          for (var j = 0; j < hs.length; j += 2) { next.push(node(hs[j], hs[j + 1])); }
          return Promise.all(next).then(up);
        }
        return up(hashes);
      });
    }
    function mth(lo, hi) {
      var n = hi - lo;
      if (n === 1) { return lo === index ? Promise.resolve(leaf) : stored(0, lo); }
      var pow2 = (n & (n - 1)) === 0;
      if (!(lo <= index && index < hi) && pow2 && lo % n === 0) { return stored(Math.log2(n), lo / n); }
      var k = 1;
      while (k * 2 < n) { k *= 2; }
      return Promise.all([mth(lo, lo + k), mth(lo + k, hi)]).then(function (lr) { return node(lr[0], lr[1]); });
    }
    return mth(0, size);
  }

  function show(ok, detail, reason) {
    result.textContent = "";
    var p = document.createElement("p");
    p.className = ok ? "check-ok" : "check-fail";
    p.textContent = form.getAttribute(ok ? "data-ok" : "data-fail");
    if (reason) { p.setAttribute("data-reason", reason); }
    var d = document.createElement("p");
    d.className = "hint";
    d.textContent = detail;
    result.appendChild(p);
    result.appendChild(d);
  }
  function passed(shard, leaf, size) {
    var number = new Intl.NumberFormat(document.documentElement.lang || undefined);
    var text = form.getAttribute("data-ok-detail").replace("\ue001", number.format(leaf))
      .replace("\ue002", number.format(size)).replace("\ue003", String(shard));
    show(true, text);
  }
  function failed(e) {
    // fetch itself rejects with a TypeError when the network fails.
    var kind = e && e.kind || (e instanceof TypeError ? "unreachable" : "file");
    if (window.console) { console.info("receipt check failed:", e && e.message || e); }
    show(false, form.getAttribute("data-fail-" + kind), String(e && e.message || e));
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = document.getElementById("receipt-file").files[0];
    if (!file) { failed(new Error("no file chosen")); return; }
    var receipt, info, leaf, signed;
    // The log's latest checkpoint; the collector's caches may serve one a few seconds older
    // than the receipt's, so an older one is asked for again after a cache period.
    function latest(tries) {
      return fetch("/log/" + receipt.leaf.shard + "/checkpoint", { cache: "no-store" })
        .then(function (r) { return r.ok ? r.text() : unreachable("no checkpoint"); })
        .then(function (text) { return verifyNote(text, info.verifier_key); })
        .then(function (now) {
          if (now.size >= signed.size || tries <= 0) { return now; }
          return new Promise(function (done) { setTimeout(done, 6000); }).then(function () { return latest(tries - 1); });
        });
    }
    file.text().then(function (text) {
      receipt = JSON.parse(text);
      if (receipt.format !== "ocs-edge-receipt" || receipt.v !== 1) { fail("not an ocs-edge receipt"); }
      return fetch("/log/").then(function (r) { return r.ok ? r.json() : unreachable("the log is not available"); });
    }).then(function (i) {
      info = i;
      if (receipt.key !== info.verifier_key) { fail("the receipt names another log key"); }
      return verifyNote(receipt.checkpoint, info.verifier_key);
    }).then(function (c) {
      signed = c;
      if (c.origin !== info.origins[receipt.leaf.shard]) { fail("the checkpoint is of another log"); }
      return leafHash(receipt.leaf);
    }).then(function (h) {
      leaf = h;
      return checkInclusion(receipt.leaf.seq - 1, signed.size, leaf, receipt.inclusion.map(b64), signed.root);
    }).then(function (ok) {
      if (!ok) { fail("the statement is not in the receipt's tree"); }
      return latest(2);
    }).then(function (now) {
      if (now.origin !== signed.origin || now.size < signed.size) { fail("the log's latest checkpoint does not extend the receipt's", "missing"); }
      return rootWithLeaf(receipt.leaf.shard, now.size, info.tile_height, receipt.leaf.seq - 1, leaf).then(function (root) {
        if (!same(root, now.root)) { fail("the log's latest tree does not include the statement", "missing"); }
        passed(receipt.leaf.shard, receipt.leaf.seq, now.size);
      });
    }).catch(failed);
  });
})();
