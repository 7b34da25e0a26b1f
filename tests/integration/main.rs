//! prx-tunnel's integration tests: the real binary, in a sealed environment, against the
//! in-process ngrok edge simulator (and, in CLI mode, the v3 agent stand-in and the real
//! ngrok 2.3.41 agent).

mod cli_mode;
mod config_cases;
mod contract;
mod docs;
mod edge_commands;
mod event_streams;
mod examples;
mod fake_api;
mod faults;
mod fuzz_regressions;
mod lifecycle;
mod load;
mod mixed_faults;
mod reliability;
mod sdk;
mod secrets_audit;
mod support;
mod upstream;
mod world;
