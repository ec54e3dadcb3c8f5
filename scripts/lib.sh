# Shared set-up for scripts/dev, scripts/test and scripts/bench. Source it; do not run it.
# Every tool the project needs is installed here, idempotently, so a fresh machine with only the
# base toolchain (rustup, cargo, python3, node) gets what it needs.

set -euo pipefail

ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# A run from a fresh clone writes about OCS_DISK_NEEDED_GB under target/ (measured: see
# README.md, "Disk"); say so before cargo fails half-way with "No space left on device".
check_disk() {
    local needed_gb="${OCS_DISK_NEEDED_GB:-8}" free_kb
    free_kb="$(df -Pk "$ROOT" | awk 'NR == 2 { print $4 }')"
    if [ -n "$free_kb" ] && [ "$free_kb" -lt $((needed_gb * 1024 * 1024)) ]; then
        printf 'warning: %s GiB free on the disk of %s; a run from a fresh clone needs about %s GiB\n' \
            "$((free_kb / 1024 / 1024))" "$ROOT" "$needed_gb" >&2
    fi
}

ensure_wasm_target() {
    if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
        log "installing the Rust wasm32-unknown-unknown target"
        rustup target add wasm32-unknown-unknown
    fi
}

ensure_rust_components() {
    for component in rustfmt clippy; do
        if ! rustup component list --installed 2>/dev/null | grep -q "^${component}"; then
            log "installing rustup component ${component}"
            rustup component add "${component}"
        fi
    done
}

# The interoperability test opens envelopes with an independent Python implementation built on
# the `cryptography` package's primitives; the check-digit vectors are checked against
# python-stdnum, another independent implementation.
ensure_python_crypto() {
    if ! python3 -c 'import cryptography.hazmat.primitives.ciphers.aead' 2>/dev/null; then
        log "installing the Python cryptography package"
        python3 -m pip install --quiet --disable-pip-version-check 'cryptography>=38'
    fi
    if ! python3 -c 'import stdnum.pl.pesel' 2>/dev/null; then
        log "installing python-stdnum"
        python3 -m pip install --quiet --disable-pip-version-check 'python-stdnum==2.2'
    fi
    # The test PID provider and wallet (tests/wallet/pid_wallet.py): the OpenWallet
    # Foundation's SD-JWT implementation, with jwcrypto,
    if ! python3 -c 'import sd_jwt.holder, jwcrypto' 2>/dev/null; then
        log "installing sd-jwt (the test wallet)"
        python3 -m pip install --quiet --disable-pip-version-check 'sd-jwt==0.10.4'
    fi
    # ... and its mdoc PIDs: pymdoccbor (IdentityPython's mdoc issuer, which the EUDI wallet's
    # pyMDOC-CBOR follows) with pycose, pinned with the CBOR libraries they read and write with.
    if ! python3 -c 'import pymdoccbor.mdoc.issuer, pycose' 2>/dev/null; then
        log "installing pymdoccbor (the test wallet's mdoc PIDs)"
        python3 -m pip install --quiet --disable-pip-version-check 'pymdoccbor==1.4.0' \
            'cbor2==6.3.0' 'pycose==1.1.0' 'cbor-diag==1.2.0'
    fi
}

# The version of a package as locked in Cargo.lock.
locked_version() {
    awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# npm dev-dependencies (wrangler, binaryen's wasm-opt, esbuild), exactly as locked.
ensure_node_modules() {
    if [ ! -x node_modules/.bin/wrangler ] || [ ! -x node_modules/.bin/wasm-opt ] \
        || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        log "installing npm dev-dependencies (npm ci)"
        npm ci --no-audit --no-fund
    fi
}

# Everything `worker-build` needs, without downloads from GitHub (see docs/operations.md):
# worker-build itself, wasm-bindgen-cli matching the wasm-bindgen in Cargo.lock, and wasm-opt and
# esbuild from node_modules.
ensure_worker_tools() {
    ensure_wasm_target
    ensure_node_modules
    local bindgen
    bindgen="$(locked_version wasm-bindgen)"
    if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen ${bindgen}"; then
        log "installing wasm-bindgen-cli ${bindgen} (several minutes, once)"
        # Not --locked: the CLI's own lockfile pins a webpki-roots release that was yanked.
        cargo install wasm-bindgen-cli --version "${bindgen}"
    fi
    if ! worker-build --version 2>/dev/null | grep -qx "0.8.7"; then
        log "installing worker-build 0.8.7 (several minutes, once)"
        cargo install worker-build --version 0.8.7 --locked
    fi
    export WASM_BINDGEN_BIN=wasm-bindgen
    export WASM_OPT_BIN="$ROOT/node_modules/.bin/wasm-opt"
    export ESBUILD_BIN="$ROOT/node_modules/.bin/esbuild"
    export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_HIDE_BANNER=true
    export PATH="$HOME/.cargo/bin:$PATH"
}

# The browser tests drive Debian's Chromium through playwright-core (no browser download).
# The key-file test opens `ocs keygen`'s file with the reference age implementation (Go,
# Debian's `age`): the organiser is never locked into this tool.
ensure_age() {
    if ! command -v age >/dev/null 2>&1; then
        log "installing age from Debian (to open key files with another implementation)"
        local sudo=""
        if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq age >/dev/null
    fi
}

ensure_chromium() {
    if [ -n "${CHROMIUM:-}" ] && [ -x "${CHROMIUM}" ]; then
        return
    fi
    if ! command -v chromium >/dev/null 2>&1; then
        log "installing Chromium from Debian (for the browser tests)"
        local sudo=""
        if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
    fi
    CHROMIUM="$(command -v chromium)"
    export CHROMIUM
}

# Fuzzing (scripts/fuzz, scripts/test --long): libFuzzer through cargo-fuzz needs a nightly
# compiler (for the sanitizer and coverage flags); everything else builds on stable.
ensure_fuzz_tools() {
    if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
        log "installing the nightly Rust toolchain (minimal profile, for cargo-fuzz)"
        rustup toolchain install nightly --profile minimal
    fi
    if ! cargo fuzz --version >/dev/null 2>&1; then
        log "installing cargo-fuzz"
        cargo install cargo-fuzz --version 0.13.2 --locked
    fi
}
