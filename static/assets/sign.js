// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // After a failed submission, focus moves to the error summary so screen readers announce it,
  // and each link in the summary moves focus to its field (a fragment link alone only scrolls).
  function summaries(root) {
    var summary = root.querySelector(".error-summary");
    if (!summary) { return; }
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!field) { return; }
      event.preventDefault();
      var target = field.matches("fieldset") ? field.querySelector("input") : field;
      if (target) { target.focus(); }
      field.scrollIntoView({ block: "center" });
    });
  }
  summaries(document);

  // In a frame on a site of EMBED_ORIGINS (docs/campaigns.md): tell that site the page's
  // height, each page's loading, and (for a partner that asked) that a statement was accepted.
  // Messages go to the listed origins only; a frame elsewhere stays silent.
  var origins = (document.body.getAttribute("data-embed") || "").split(" ").filter(Boolean);
  function post(message) {
    if (window.parent === window) { return; }
    message.source = "ocs-edge";
    origins.forEach(function (origin) { window.parent.postMessage(message, origin); });
  }
  if (origins.length && window.parent !== window) {
    var last = 0;
    // The content's own height, which shrinks as well as grows (the document's scrollHeight
    // never falls below the frame's current height, so a frame sized by it only grows).
    var report = function () {
      var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height !== last) { last = height; post({ type: "resize", height: height }); }
    };
    if (window.ResizeObserver) { new ResizeObserver(report).observe(document.documentElement); }
    window.addEventListener("load", report);
    report();
    // Every page starts at its top: a host scrolled past the frame's top (the signatory went down
    // to the button, and the confirmation or the errors came back) brings it into view.
    post({ type: "loaded" });
    // That a statement was accepted only to a partner that asked for it (data-embed-accepted).
    if (document.getElementById("statement-id") && document.body.hasAttribute("data-embed-accepted")) {
      post({ type: "accepted" });
    }
  }

  // The postal code is required where the country of residence has postal codes the collector
  // checks (each option says so); the hint says when it may stay empty.
  function postcodeRule(root) {
    var country = root.querySelector("select[name=country]");
    var postal = root.querySelector("input[name=postal_code]");
    if (!country || !postal) { return; }
    var apply = function () {
      var option = country.options[country.selectedIndex];
      postal.required = !!(option && option.getAttribute("data-postcode") === "required");
    };
    country.addEventListener("change", apply);
    apply();
  }
  postcodeRule(document);

  // The browser's own share sheet, where it has one.
  var share = document.getElementById("share-native");
  if (share && navigator.share) {
    share.hidden = false;
    share.addEventListener("click", function () {
      navigator.share({
        title: share.getAttribute("data-title"),
        text: share.getAttribute("data-text"),
        url: share.getAttribute("data-url")
      }).catch(function () { /* dismissed */ });
    });
  }

  // Signing with the EU Digital Identity Wallet (docs/wallet.md), offered only where the browser
  // can ask a wallet (the Digital Credentials API): the collector's request goes to the wallet,
  // and its answer, with the request's nonce, goes into the form. The details it discloses are
  // shown in their fields, read-only (the collector takes them from the verified answer, not
  // from the fields); the signatory completes the rest and sends the form.
  // The statement's personal fields (the ruleset's), whether typed or from the wallet.
  var PERSONAL = ["full_first_names", "family_names", "date_of_birth", "street", "street_number",
    "postal_code", "city", "country", "id_type", "id_number"];
  var PID_FIELDS = {
    given_name: "full_first_names", family_name: "family_names", birthdate: "date_of_birth",
    street_address: "street", house_number: "street_number", postal_code: "postal_code",
    locality: "city", country: "country",
    // The mdoc PID's element names (the same fields).
    birth_date: "date_of_birth", resident_street: "street", resident_house_number: "street_number",
    resident_postal_code: "postal_code", resident_city: "city", resident_country: "country"
  };
  function bytesOf(base64url) {
    var text = atob(base64url.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(text, function (c) { return c.charCodeAt(0); });
  }
  // Just enough CBOR to show an mdoc's disclosed elements (the collector verifies them).
  function cbor(bytes) {
    var at = 0;
    function item() {
      var first = bytes[at++], major = first >> 5, n = first & 31, v;
      if (n > 27) { throw new Error("CBOR"); }
      if (n >= 24) { for (v = 1 << (n - 24), n = 0; v--;) { n = n * 256 + bytes[at++]; } }
      // No length or count can exceed what is left (a hostile count would spin the page).
      if (major > 1 && major < 6 && n > bytes.length - at) { throw new Error("CBOR"); }
      switch (major) {
        case 0: return n;
        case 1: return -1 - n;
        case 2: at += n; return bytes.subarray(at - n, at);
        case 3: at += n; return new TextDecoder().decode(bytes.subarray(at - n, at));
        case 4: for (v = []; n--;) { v.push(item()); } return v;
        case 5: for (v = {}; n--;) { var key = item(); v[key] = item(); } return v;
        case 6: v = item(); return n === 24 ? cbor(v) : v;
        default: return n === 21 ? true : (n === 20 ? false : null);
      }
    }
    return item();
  }
  function mdocDisclosed(presentation) {
    var claims = {};
    try {
      cbor(bytesOf(presentation)).documents[0].issuerSigned.nameSpaces["eu.europa.ec.eudi.pid.1"]
        .forEach(function (element) {
          if (typeof element.elementValue === "string") {
            claims[element.elementIdentifier] = element.elementValue;
          }
        });
    } catch (unreadable) { /* the collector reads it; the page only shows it */ }
    return claims;
  }
  function disclosed(presentation) {
    var claims = {};
    presentation.split("~").slice(1, -1).forEach(function (part) {
      try {
        var disclosure = JSON.parse(new TextDecoder().decode(bytesOf(part)));
        if (disclosure.length === 3 && typeof disclosure[2] === "string") {
          claims[disclosure[1]] = disclosure[2];
        }
      } catch (unreadable) { /* the collector reads it; the page only shows it */ }
    });
    return claims;
  }
  // A birth date (YYYY-MM-DD in the PID) written as the field's hint shows dates in the page's
  // language: its example, 31 December 1990, with the date's own day, month and year.
  function asHinted(field, date) {
    var iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    var hints = (field.getAttribute("aria-describedby") || "").split(" ").map(function (id) {
      var hint = document.getElementById(id);
      return hint ? hint.textContent : "";
    }).join(" ");
    var example = /(1990|31)(\D{1,3})12(\D{1,3})(31|1990)/.exec(hints);
    if (!iso || !example) { return date; }
    var yearFirst = example[1] === "1990";
    return (yearFirst ? iso[1] : iso[3]) + example[2] + iso[2] + example[3] + (yearFirst ? iso[3] : iso[1]);
  }
  function showDisclosed(form, claims) {
    Object.keys(PID_FIELDS).forEach(function (claim) {
      var field = form.elements[PID_FIELDS[claim]];
      if (!field || typeof claims[claim] !== "string") { return; }
      field.value = field.name === "date_of_birth" ? asHinted(field, claims[claim]) : claims[claim];
      if (field.tagName === "SELECT") { field.disabled = true; } else { field.readOnly = true; }
      field.setAttribute("data-from-wallet", "");
    });
  }
  function walletChoice(root) {
    var choice = root.querySelector("#wallet");
    if (!choice || !window.fetch || !navigator.credentials || !("DigitalCredential" in window)) {
      return;
    }
    var form = choice.closest("form");
    var button = choice.querySelector("#wallet-sign");
    choice.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      var nonce;
      var nationality = encodeURIComponent(choice.getAttribute("data-nationality"));
      fetch("/api/v1/wallet/request?nationality=" + nationality, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (asked) {
          nonce = asked.nonce;
          return navigator.credentials.get({ digital: { requests: [asked.request] }, mediation: "required" });
        })
        .then(function (credential) {
          var data = credential && credential.data;
          if (typeof data === "string") { data = JSON.parse(data); }
          if (!data || !data.response) { return Promise.reject(new Error("no encrypted answer")); }
          // The answer is encrypted to the collector (dc_api.jwt): the collector opens it for the
          // page to show what the wallet disclosed; the form posts it as it came.
          return fetch("/api/v1/wallet/open", {
            method: "POST",
            credentials: "same-origin",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ nationality: choice.getAttribute("data-nationality"), nonce: nonce, response: data.response })
          })
            .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
            .then(function (opened) { return { posted: data.response, shown: opened.presentation }; });
        })
        .then(function (answer) {
          var presentation = answer.shown;
          [["wallet_presentation", answer.posted], ["wallet_nonce", nonce]].forEach(function (pair) {
            var input = form.elements[pair[0]] || document.createElement("input");
            input.type = "hidden";
            input.name = pair[0];
            input.value = pair[1];
            form.appendChild(input);
          });
          showDisclosed(form, presentation.indexOf("~") >= 0 ? disclosed(presentation) : mdocDisclosed(presentation));
          choice.querySelector("p").textContent = choice.getAttribute("data-filled");
          button.hidden = true;
          // Every detail from the wallet (nothing typed): the declaration is Annex III's eID
          // variant, to be ticked anew since its words changed.
          var declaration = form.elements.declaration;
          var typed = Array.prototype.some.call(form.elements, function (field) {
            return (PERSONAL.indexOf(field.name) >= 0) && !field.hasAttribute("data-from-wallet");
          });
          if (declaration && !typed) {
            declaration.checked = false;
            form.querySelector("label[for='" + declaration.id + "']").textContent =
              choice.getAttribute("data-declaration-eid");
          }
          var empty = Array.prototype.find.call(form.elements, function (field) {
            return PERSONAL.indexOf(field.name) >= 0 && !field.value && !field.readOnly && !field.disabled;
          });
          (empty || (declaration && !declaration.checked ? declaration : form.querySelector("button[type=submit]"))).focus();
        })
        .catch(function (reason) {
          button.disabled = false;
          // Dismissed by the citizen: nothing to say. An answer that did not open or came too
          // late (422): ask the wallet again. Anything else (the routes' limit, the collector
          // or the network failing): the wallet is not usable just now; the form is.
          if (reason && (reason.name === "NotAllowedError" || reason.name === "AbortError")) { return; }
          var again = reason === 422 || (reason && reason.message === "no encrypted answer");
          choice.querySelector("p").textContent = choice.getAttribute(again ? "data-again" : "data-unavailable");
        });
    });
  }
  walletChoice(document);

  // One page: the chosen member state's form appears under the choice (without JavaScript the
  // choice leads to the form's own page).
  var choose = document.getElementById("choose");
  var slot = document.getElementById("inline-form");
  var select = document.getElementById("nationality");
  var base = choose && choose.getAttribute("data-form");
  if (!choose || !slot || !select || !base || !window.fetch) { return; }
  var partner = choose.querySelector("input[name=partner]");
  function load() {
    if (!select.value) { slot.textContent = ""; return; }
    var url = base + "?fragment=1&nationality=" + encodeURIComponent(select.value) +
      (partner ? "&partner=" + encodeURIComponent(partner.value) : "");
    fetch(url, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        slot.replaceChildren.apply(slot, Array.prototype.slice.call(page.body.childNodes));
        choose.querySelector("button[type=submit]").hidden = true;
        // The form's own heading says which state; the change link is the select above.
        var change = slot.querySelector("a[href$='/sign']");
        if (change) { change.remove(); }
        var widget = slot.querySelector(".cf-turnstile");
        if (widget) {
          if (window.turnstile) { window.turnstile.render(widget); } else {
            var s = document.createElement("script");
            s.src = "https://challenges.cloudflare.com/turnstile/v0/api.js";
            s.async = true;
            document.head.appendChild(s);
          }
        }
        summaries(slot);
        postcodeRule(slot);
        walletChoice(slot);
      })
      .catch(function () { choose.querySelector("button[type=submit]").hidden = false; });
  }
  select.addEventListener("change", load);
  if (select.value) { load(); }
})();
