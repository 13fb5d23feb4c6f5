# The pinned tool versions, read by every script (sourced, not run).
# The nightly is dated so builds are reproducible; wasm-bindgen-cli must
# equal the `wasm-bindgen` pin in crate/Cargo.toml.
NIGHTLY=nightly-2026-05-20
WASM_BINDGEN=0.2.129
WASM_PACK=0.15.1
