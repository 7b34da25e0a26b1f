//! The Traffic Policy in the generated agent config, spelled for the agent's version: the
//! `policy` field from agent 3.6.0, renamed `traffic_policy` in 3.14.0; the phases
//! `inbound`/`outbound` until the `on_*` phases arrived in 3.17.0 (ngrok's agent changelog).
//! It is never put on the agent's command line.

use serde_json::{Map, Value};
use traffic_policy::Policy;

use super::find::{Agent, Major};
use crate::config::Proto;

/// The first agent that reads a policy from its config file (`policy:`).
pub const POLICY_FIELD_SINCE: (u32, u32, u32) = (3, 6, 0);
/// The agent that renamed `policy` to `traffic_policy`.
pub const TRAFFIC_POLICY_FIELD_SINCE: (u32, u32, u32) = (3, 14, 0);
/// The agent that reads the `on_tcp_connect` / `on_http_request` / `on_http_response` phases.
pub const PHASES_SINCE: (u32, u32, u32) = (3, 17, 0);

/// `3.14.0` for a version triple.
pub fn show((a, b, c): (u32, u32, u32)) -> String {
    format!("{a}.{b}.{c}")
}

/// The agent version needed for this policy on this endpoint, when `agent` is older; None
/// when it can take it.
pub fn version_needed(policy: &Policy, proto: Proto, agent: &Agent) -> Option<(u32, u32, u32)> {
    if agent.major == Major::V2 || !agent.at_least(POLICY_FIELD_SINCE) {
        return Some(POLICY_FIELD_SINCE);
    }
    // Before 3.17 an http endpoint had only inbound (requests) and outbound (responses).
    let needs_phases = proto == Proto::Http && !policy.on_tcp_connect.is_empty();
    (needs_phases && !agent.at_least(PHASES_SINCE)).then_some(PHASES_SINCE)
}

/// The tunnel field and its value for a v3 agent that can take the policy: the document,
/// secrets masked unless `reveal`, phases renamed for agents before 3.17.
pub fn field(policy: &Policy, proto: Proto, agent: &Agent, reveal: bool) -> (&'static str, serde_yaml::Value) {
    let name = if agent.at_least(TRAFFIC_POLICY_FIELD_SINCE) { "traffic_policy" } else { "policy" };
    let mut doc = crate::policy::document(policy, reveal);
    if !agent.at_least(PHASES_SINCE)
        && let Value::Object(phases) = doc
    {
        let mut legacy = Map::new();
        for (phase, rules) in phases {
            let renamed = match (phase.as_str(), proto) {
                ("on_http_response", _) => "outbound",
                _ => "inbound",
            };
            legacy.insert(renamed.to_owned(), rules);
        }
        doc = Value::Object(legacy);
    }
    (name, serde_yaml::to_value(&doc).unwrap_or(serde_yaml::Value::Null))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn agent(version: &str) -> Agent {
        let major = if version.starts_with('2') { Major::V2 } else { Major::V3 };
        Agent { path: PathBuf::from("/opt/ngrok"), version: version.into(), major }
    }

    fn policy(yaml: &str) -> Policy {
        Policy::from_yaml(yaml).unwrap()
    }

    #[test]
    fn field_name_and_phases_follow_the_agent_version() {
        let p = policy(
            "on_http_request: [{actions: [{type: deny}]}]\non_http_response: [{actions: [{type: compress-response}]}]\n",
        );
        let (name, v) = field(&p, Proto::Http, &agent("3.19.1"), true);
        assert_eq!(name, "traffic_policy");
        assert!(v.get("on_http_request").is_some() && v.get("on_http_response").is_some());
        let (name, v) = field(&p, Proto::Http, &agent("3.14.0"), true);
        assert_eq!(name, "traffic_policy");
        assert!(v.get("inbound").is_some() && v.get("outbound").is_some(), "{v:?}");
        let (name, _) = field(&p, Proto::Http, &agent("3.13.0"), true);
        assert_eq!(name, "policy");
    }

    #[test]
    fn versions_needed() {
        let http = policy("on_http_request: [{actions: [{type: deny}]}]\n");
        assert_eq!(version_needed(&http, Proto::Http, &agent("3.5.0")), Some((3, 6, 0)));
        assert_eq!(version_needed(&http, Proto::Http, &agent("2.3.41")), Some((3, 6, 0)));
        assert_eq!(version_needed(&http, Proto::Http, &agent("3.6.0")), None);
        let connect = policy("on_tcp_connect: [{actions: [{type: restrict-ips, config: {allow: [1.2.3.4/32]}}]}]\n");
        assert_eq!(version_needed(&connect, Proto::Http, &agent("3.16.1")), Some((3, 17, 0)));
        assert_eq!(version_needed(&connect, Proto::Tcp, &agent("3.16.1")), None);
        assert_eq!(version_needed(&connect, Proto::Http, &agent("3.17.0")), None);
    }
}
