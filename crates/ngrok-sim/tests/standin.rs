//! Tests of the `ngrok` v3 agent stand-in (`src/bin/ngrok`), each against an in-process
//! `ngrok_sim::Edge`: every flag and config key observed at the edge and enforced on real
//! traffic, strict rejection of unknown flags and keys, the local API, fatal errors, stop
//! handling, reconnects, and the log lines shared with the real ngrok 2.3.41 agent.

#[path = "standin/api.rs"]
mod api;
#[path = "standin/cli.rs"]
mod cli;
#[path = "standin/configs.rs"]
mod configs;
#[path = "standin/current.rs"]
mod current;
#[path = "standin/flags.rs"]
mod flags;
#[path = "standin/lifecycle.rs"]
mod lifecycle;
#[path = "standin/pooling.rs"]
mod pooling;
#[path = "standin/real_v2.rs"]
mod real_v2;
#[path = "standin/support.rs"]
mod support;
