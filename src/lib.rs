//! prx-tunnel: open ngrok tunnels from PRX-style `[tunnel]` configs, either in process through
//! the `ngrok` crate (SDK mode) or by supervising the ngrok agent CLI (CLI mode).

pub mod exit;
pub mod secret;
