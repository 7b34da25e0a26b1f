//! The tunnel protocol's wire messages, re-declared with the field names of the `ngrok` crate's
//! `internals/proto.rs` (which is private). Requests are kept as JSON values where the simulator
//! must echo or record exactly what the agent sent.

use muxado::typed::{StreamType, TypedStream};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Agent → edge: authenticate the session.
pub(crate) const AUTH: u32 = 0;
/// Agent → edge: bind an endpoint.
pub(crate) const BIND: u32 = 1;
/// Agent → edge: unbind an endpoint.
pub(crate) const UNBIND: u32 = 2;
/// Edge → agent: a public connection.
pub(crate) const PROXY: u32 = 3;
/// Edge → agent: restart command.
pub(crate) const RESTART: u32 = 4;
/// Edge → agent: stop command.
pub(crate) const STOP: u32 = 5;
/// Edge → agent: update command.
pub(crate) const UPDATE: u32 = 6;
/// Agent → edge: start a labeled tunnel (edges).
pub(crate) const BIND_LABELED: u32 = 7;
/// Either way: muxado heartbeat stream (4-byte ids echoed back).
pub(crate) const HEARTBEAT: u32 = 0xFFFF_FFFF;

/// A typed stream type from its number.
pub(crate) fn typ(n: u32) -> StreamType {
    StreamType::clamp(n)
}

/// `Auth` request (`Extra` kept raw: it is recorded field by field).
#[derive(Deserialize, Debug, Clone, Default)]
#[serde(rename_all = "PascalCase", default)]
pub(crate) struct Auth {
    pub version: Vec<String>,
    pub client_id: String,
    pub extra: Value,
}

/// `Auth` response.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct AuthResp {
    pub version: String,
    pub client_id: String,
    pub extra: AuthRespExtra,
}

/// `AuthResp.Extra`.
#[derive(Serialize, Debug, Clone, Default)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct AuthRespExtra {
    pub version: Option<String>,
    pub region: Option<String>,
    pub cookie: Option<String>,
    pub account_name: Option<String>,
    pub session_duration: Option<i64>,
    pub plan_name: Option<String>,
    pub banner: Option<String>,
}

/// `Bind` request; `Opts` and `Extra` stay raw so the response can echo them unchanged.
#[derive(Deserialize, Debug, Clone, Default)]
#[serde(rename_all = "PascalCase", default)]
pub(crate) struct Bind {
    #[serde(rename = "Id")]
    pub client_id: String,
    pub proto: String,
    pub forwards_to: String,
    pub forwards_proto: String,
    pub opts: Value,
    pub extra: Value,
}

/// `Bind` response.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct BindResp {
    #[serde(rename = "Id")]
    pub client_id: String,
    #[serde(rename = "URL")]
    pub url: String,
    pub proto: String,
    pub opts: Value,
    pub extra: BindRespExtra,
}

/// `BindResp.Extra`.
#[derive(Serialize, Debug, Clone, Default)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct BindRespExtra {
    pub token: String,
}

/// `Unbind` request.
#[derive(Deserialize, Debug, Clone, Default)]
#[serde(default)]
pub(crate) struct Unbind {
    #[serde(rename = "Id")]
    pub client_id: String,
}

/// The header written at the start of every Proxy stream (after an i64 LE length).
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct ProxyHeader {
    pub id: String,
    pub client_addr: String,
    pub proto: String,
    pub edge_type: String,
    #[serde(rename = "PassthroughTLS")]
    pub passthrough_tls: bool,
}

/// The answer to Stop/Restart/Update.
#[derive(Deserialize, Debug, Clone, Default)]
#[serde(rename_all = "PascalCase", default)]
pub(crate) struct CommandResp {
    pub error: Option<String>,
}

/// An RPC error answer: the message with `\r\n\r\nERR_NGROK_NNN\r\n` appended.
#[derive(Serialize, Debug, Clone)]
pub(crate) struct ErrorResp {
    #[serde(rename = "Error")]
    pub error: String,
}

/// Reads one JSON value from a stream whose writer may keep it open (the agents do): reads until
/// the bytes so far parse. Gives up at 1 MiB or end of stream.
pub(crate) async fn read_json(stream: &mut TypedStream) -> std::io::Result<Value> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    loop {
        let n = stream.read(&mut chunk).await?;
        buf.extend_from_slice(&chunk[..n]);
        if let Ok(value) = serde_json::from_slice::<Value>(&buf) {
            return Ok(value);
        }
        if n == 0 || buf.len() > 1 << 20 {
            let text = String::from_utf8_lossy(&buf[..buf.len().min(200)]).into_owned();
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, format!("not a JSON message: {text:?}")));
        }
    }
}

/// Writes a JSON answer and closes our side of the stream (the agent reads to end of stream).
pub(crate) async fn write_json(stream: &mut TypedStream, value: &impl Serialize) -> std::io::Result<()> {
    let bytes = serde_json::to_vec(value).map_err(std::io::Error::other)?;
    stream.write_all(&bytes).await?;
    stream.shutdown().await
}

/// Writes an RPC error answer.
pub(crate) async fn write_error(stream: &mut TypedStream, message: &str) -> std::io::Result<()> {
    write_json(stream, &ErrorResp { error: message.to_owned() }).await
}
