//! Bind-time policy handling: the agent's `TrafficPolicy` document parsed and checked as ngrok's
//! service checks it (its ERR_NGROK_22xx code and text), actions the edge does not implement
//! refused as "not simulated", and the effective document built (translated Bind options first,
//! then the agent's own rules).

use serde_json::Value;
use traffic_policy::{Phase, Policy, action_spec, validate};

use super::EndpointPolicy;
use super::translate::deprecated_options;
use super::webhook;
use crate::codes::with_code;
use crate::opts::field;
use crate::records::BindRecord;

/// The agent's own policy document from `Opts.TrafficPolicy` (JSON or YAML text, or the
/// ngrok crate's legacy `{Inbound, Outbound}` form), if it sent one.
pub(crate) fn sent_policy(opts: &Value) -> Option<String> {
    match field(opts, "TrafficPolicy")? {
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Parses a sent document; the legacy `Inbound`/`Outbound` form maps to the request and
/// response phases.
fn parse(text: &str) -> Result<Policy, String> {
    let refuse = |e: traffic_policy::ParseError| {
        with_code(&format!("The traffic policy was not able to be parsed: `{e}`"), "ERR_NGROK_2236")
    };
    if let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text)
        && map.keys().any(|k| k.eq_ignore_ascii_case("inbound") || k.eq_ignore_ascii_case("outbound"))
    {
        return Policy::from_value(legacy(&map)).map_err(refuse);
    }
    if text.trim_start().starts_with('{') { Policy::from_json(text) } else { Policy::from_yaml(text) }.map_err(refuse)
}

/// `{Inbound: [{Name, Expressions, Actions: [{Type, Config}]}], Outbound: […]}` in today's shape.
fn legacy(map: &serde_json::Map<String, Value>) -> Value {
    let rules = |key: &str| -> Value {
        let list = map
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .and_then(|(_, v)| v.as_array())
            .cloned()
            .unwrap_or_default();
        Value::Array(list.iter().map(lower_keys).collect())
    };
    serde_json::json!({ "on_http_request": rules("inbound"), "on_http_response": rules("outbound") })
}

/// Lowercases the keys of rules and actions (not of action configs).
fn lower_keys(v: &Value) -> Value {
    let Value::Object(m) = v else { return v.clone() };
    let mut out = serde_json::Map::new();
    for (k, v) in m {
        let k = k.to_ascii_lowercase();
        let v = match (k.as_str(), v) {
            ("actions", Value::Array(a)) => Value::Array(a.iter().map(lower_keys).collect()),
            ("name", Value::String(s)) if s.is_empty() => continue,
            ("config", Value::Null) => continue,
            _ => v.clone(),
        };
        out.insert(k, v);
    }
    Value::Object(out)
}

/// Refuses what the service refuses: every problem is listed, the first one's code ends the
/// message as on the wire.
fn refuse_invalid(policy: &Policy) -> Result<(), String> {
    let problems = validate(policy);
    let Some(first) = problems.first() else { return Ok(()) };
    let lines: Vec<String> = problems.iter().map(|p| format!("{} ({})", p.message, p.at)).collect();
    Err(with_code(&lines.join("\n"), first.code.unwrap_or("ERR_NGROK_2201")))
}

/// Refuses actions this edge does not enforce, and http phases on a tcp endpoint.
fn refuse_unsupported(policy: &Policy, proto: &str) -> Result<(), String> {
    for phase in Phase::ALL {
        if proto == "tcp" && phase != Phase::TcpConnect && !policy.rules(phase).is_empty() {
            return Err(with_code(
                &format!("Invalid Traffic Policy phase `{phase}` for protocol `tcp`."),
                "ERR_NGROK_2230",
            ));
        }
        for (ri, rule) in policy.rules(phase).iter().enumerate() {
            for (ai, action) in rule.actions.iter().enumerate() {
                let at = format!("{phase} rule {} action {}", ri + 1, ai + 1);
                let config = action.config.as_ref();
                let simulated = action_spec(&action.kind).is_some_and(|s| s.simulated);
                let missing = if !simulated {
                    Some(format!("the `{}` action", action.kind))
                } else if action.kind == "verify-webhook"
                    && let Some(p) = config.and_then(|c| c.get("provider")).and_then(Value::as_str)
                    && !webhook::SIMULATED.contains(&p)
                {
                    Some(format!("verify-webhook for provider `{p}` (simulated: {})", webhook::SIMULATED.join(", ")))
                } else if let Some(alg) = (action.kind == "compress-response")
                    .then(|| config.and_then(|c| c.get("algorithms")).and_then(Value::as_array))
                    .flatten()
                    .and_then(|algs| {
                        algs.iter().filter_map(Value::as_str).find(|a| !["gzip", "deflate", "br"].contains(a))
                    })
                {
                    Some(format!("compress-response with the `{alg}` algorithm (simulated: gzip, deflate, br)"))
                } else if action.kind == "forward-internal" && phase == Phase::TcpConnect && proto != "tcp" {
                    Some("forward-internal in on_tcp_connect of an http endpoint (its connections forwarded to internal tls or tcp endpoints; forward its requests in on_http_request)".to_owned())
                } else if action.kind == "restrict-ips" && config.and_then(|c| c.get("ip_policies")).is_some() {
                    Some(
                        "restrict-ips with `ip_policies` (no IP policies exist here; list CIDRs in allow/deny)"
                            .to_owned(),
                    )
                } else {
                    None
                };
                if let Some(what) = missing {
                    return Err(format!(
                        "The ngrok edge simulator does not simulate {what} ({at}). It refuses the policy rather than accept and ignore it; see crates/ngrok-sim/README.md for what it enforces."
                    ));
                }
            }
        }
    }
    Ok(())
}

/// The effective, compiled policy for a Bind: translated options first, then the agent's rules.
/// Fills the record's `effective_policy`.
pub(crate) fn effective(rec: &mut BindRecord) -> Result<EndpointPolicy, String> {
    let mut policy = deprecated_options(rec)?;
    if let Some(text) = &rec.traffic_policy {
        let sent = parse(text)?;
        refuse_invalid(&sent)?;
        for phase in Phase::ALL {
            policy.rules_mut(phase).extend(sent.rules(phase).iter().cloned());
        }
    }
    refuse_invalid(&policy)?;
    refuse_unsupported(&policy, &rec.proto)?;
    let compiled = EndpointPolicy::compile(policy)?;
    rec.effective_policy =
        (!compiled.document.is_empty()).then(|| serde_json::to_value(&compiled.document).unwrap_or_default());
    Ok(compiled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_json_yaml_and_the_legacy_form() {
        assert_eq!(parse("on_http_request:\n  - actions: [{type: deny}]\n").unwrap().on_http_request.len(), 1);
        assert_eq!(
            parse(r#"{"on_http_response":[{"actions":[{"type":"log","config":{"metadata":{}}}]}]}"#)
                .unwrap()
                .on_http_response
                .len(),
            1
        );
        let legacy = r#"{"Inbound":[{"Name":"","Expressions":["true"],"Actions":[{"Type":"deny","Config":{"status_code":404}}]}],"Outbound":[]}"#;
        let p = parse(legacy).unwrap();
        assert_eq!(p.on_http_request[0].actions[0].config.as_ref().unwrap()["status_code"], 404);
        let bad = parse("on_http_requests: []").unwrap_err();
        assert!(bad.contains("was not able to be parsed") && bad.ends_with("ERR_NGROK_2236\r\n"), "{bad}");
    }

    #[test]
    fn refusals_carry_ngroks_codes_or_say_not_simulated() {
        let p = parse("on_http_request:\n  - actions: [{type: nope}]\n").unwrap();
        assert!(refuse_invalid(&p).unwrap_err().ends_with("ERR_NGROK_2201\r\n"));
        let p = parse("on_http_request:\n  - actions: [{type: oauth, config: {provider: google}}]\n").unwrap();
        assert!(refuse_invalid(&p).is_ok(), "valid for ngrok");
        let e = refuse_unsupported(&p, "https").unwrap_err();
        assert!(e.contains("does not simulate the `oauth` action (on_http_request rule 1 action 1)"), "{e}");
        let p = parse("on_http_request:\n  - actions: [{type: verify-webhook, config: {provider: xero, secret: s}}]\n")
            .unwrap();
        assert!(refuse_unsupported(&p, "https").unwrap_err().contains("provider `xero`"));
        let p = parse(
            "on_http_response:\n  - actions: [{type: compress-response, config: {algorithms: [gzip, compress]}}]\n",
        )
        .unwrap();
        assert!(refuse_unsupported(&p, "https").unwrap_err().contains("the `compress` algorithm"));
        let p = parse("on_http_request:\n  - actions: [{type: deny}]\n").unwrap();
        assert!(refuse_unsupported(&p, "tcp").unwrap_err().ends_with("ERR_NGROK_2230\r\n"));
    }
}
