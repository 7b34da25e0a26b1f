//! ngrok's CEL macros (`traffic-policy/macros`) that policies use: `hasReqHeader`,
//! `getReqHeader`, `hasResHeader`, `getResHeader`, `hasQueryParam`, `getQueryParam`,
//! `inCidrRange`, `inCidrRanges`, and the string helpers `lower`, `upper`, `isPrivateIp`.

use std::net::IpAddr;
use std::sync::Arc;

use cel::extractors::This;
use cel::objects::Key;
use cel::{Context, ExecutionError, FunctionContext, Value};

use super::cel_env::{canonical, mangle};

/// A header-like map variable (`req.headers`, `res.headers`, `req.url.query_params`): values
/// under the lowercase (for headers) name.
fn lookup(ftx: &FunctionContext, var: &str, name: &str, lowercase: bool) -> Result<Option<Value>, ExecutionError> {
    let Value::Map(m) = ftx.ptx.get_variable(mangle(var))? else {
        return Ok(None);
    };
    let key = if lowercase { name.to_ascii_lowercase() } else { name.to_string() };
    Ok(m.map.get(&Key::String(Arc::new(key))).cloned())
}

/// Defines ngrok's `hasX(name)` / `getX(name)` macro pair over a map variable: whether the
/// name is present, and its list of values (empty when absent).
macro_rules! presence_and_values {
    ($has:ident, $get:ident, $var:literal, $lowercase:literal) => {
        fn $has(ftx: &FunctionContext, name: Arc<String>) -> Result<bool, ExecutionError> {
            Ok(lookup(ftx, $var, &name, $lowercase)?.is_some())
        }

        fn $get(ftx: &FunctionContext, name: Arc<String>) -> Result<Value, ExecutionError> {
            Ok(lookup(ftx, $var, &name, $lowercase)?.unwrap_or_else(|| Value::List(Arc::new(vec![]))))
        }
    };
}

presence_and_values!(has_req_header, get_req_header, "req.headers", true);
presence_and_values!(has_res_header, get_res_header, "res.headers", true);
presence_and_values!(has_query_param, get_query_param, "req.url.query_params", false);

fn parse_ip(ftx: &FunctionContext, ip: &str) -> Result<IpAddr, ExecutionError> {
    ip.trim().parse::<IpAddr>().map_err(|_| ftx.error(format!("'{ip}' is not an IP address")))
}

fn in_cidr(ftx: &FunctionContext, ip: IpAddr, cidr: &str) -> Result<bool, ExecutionError> {
    let net: ipnet::IpNet = cidr.trim().parse().map_err(|_| ftx.error(format!("'{cidr}' is not a CIDR")))?;
    Ok(net.contains(&canonical(ip)))
}

fn in_cidr_range(ftx: &FunctionContext, ip: Arc<String>, cidr: Arc<String>) -> Result<bool, ExecutionError> {
    let ip = parse_ip(ftx, &ip)?;
    in_cidr(ftx, ip, &cidr)
}

fn in_cidr_ranges(ftx: &FunctionContext, ip: Arc<String>, cidrs: Arc<Vec<Value>>) -> Result<bool, ExecutionError> {
    let ip = parse_ip(ftx, &ip)?;
    for c in cidrs.iter() {
        let Value::String(c) = c else { return Err(ftx.error("inCidrRanges takes a list of CIDR strings")) };
        if in_cidr(ftx, ip, c)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn lower(This(s): This<Arc<String>>) -> String {
    s.to_lowercase()
}

fn upper(This(s): This<Arc<String>>) -> String {
    s.to_uppercase()
}

fn is_private_ip(ftx: &FunctionContext, This(s): This<Arc<String>>) -> Result<bool, ExecutionError> {
    Ok(match canonical(parse_ip(ftx, &s)?) {
        IpAddr::V4(v4) => v4.is_private() || v4.is_loopback() || v4.is_link_local(),
        IpAddr::V6(v6) => v6.is_loopback() || (v6.segments()[0] & 0xfe00) == 0xfc00,
    })
}

/// Registers ngrok's macros on a context.
pub(crate) fn register_macros(ctx: &mut Context) {
    ctx.add_function("hasReqHeader", has_req_header);
    ctx.add_function("getReqHeader", get_req_header);
    ctx.add_function("hasResHeader", has_res_header);
    ctx.add_function("getResHeader", get_res_header);
    ctx.add_function("hasQueryParam", has_query_param);
    ctx.add_function("getQueryParam", get_query_param);
    ctx.add_function("inCidrRange", in_cidr_range);
    ctx.add_function("inCidrRanges", in_cidr_ranges);
    ctx.add_function("lower", lower);
    ctx.add_function("lowerAscii", lower);
    ctx.add_function("upper", upper);
    ctx.add_function("upperAscii", upper);
    ctx.add_function("isPrivateIp", is_private_ip);
}
