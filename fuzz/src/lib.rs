//! prx-tunnel's fuzz targets share their checks with the regression replay in
//! `tests/integration/fuzz_regressions.rs`: see [`oracles`].

pub mod oracles;
