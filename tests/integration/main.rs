//! prx-tunnel's integration tests: the real binary, in a sealed environment, against the
//! in-process ngrok edge simulator (and, in CLI mode, the v3 agent stand-in and the real
//! ngrok 2.3.41 agent).

mod api_events;
mod api_refusals;
mod api_sessions;
mod cli_agent_versions;
mod cli_mode;
mod config_cases;
mod contract;
mod diagnose;
mod docs;
mod edge_commands;
mod endpoint_keys;
mod event_streams;
mod examples;
mod exec;
mod fake_api;
mod fake_api_spec;
mod faults;
mod fuzz_regressions;
mod ingress;
mod inspector;
mod inspector_api;
mod inspector_browser;
mod inspector_stream;
mod internal_endpoints;
mod lifecycle;
mod load;
mod local_edge;
mod mixed_faults;
mod multi_endpoint;
mod newcomer;
mod policy_actions;
mod policy_config;
mod pooling;
mod proxy;
mod proxy_api;
mod proxy_cli;
mod proxy_servers;
mod ready;
mod reliability;
mod sdk;
mod secrets_audit;
mod support;
mod upstream;
mod world;
