# Shared set-up for scripts/dev, scripts/test and scripts/bench. Source it; do not run it.
# Every tool the project needs is installed here, idempotently, so a fresh machine with only the
# base toolchain (rustup, cargo, python3, node) gets what it needs.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

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
# the `cryptography` package's primitives.
ensure_python_crypto() {
    if ! python3 -c 'import cryptography.hazmat.primitives.ciphers.aead' 2>/dev/null; then
        log "installing the Python cryptography package"
        python3 -m pip install --quiet --disable-pip-version-check 'cryptography>=38'
    fi
}
