# The pinned tool versions, read by every script (sourced, not run).
# The nightly is dated so builds are reproducible; wasm-bindgen-cli must
# equal the `wasm-bindgen` pin in crate/Cargo.toml.
NIGHTLY=nightly-2026-05-20
WASM_BINDGEN=0.2.129
WASM_PACK=0.15.1

# `cargo install` puts wasm-bindgen and wasm-pack here; a shell that did not
# read rustup's profile (CI, a bare `bash`) may not have it on PATH.
case ":$PATH:" in
  *":$HOME/.cargo/bin:"*) ;;
  *) export PATH="$HOME/.cargo/bin:$PATH" ;;
esac
