//! What `prx-tunnel edge` prints once its edge is ready: where agents connect, the CA, where
//! visitors connect, the control API and a ready-to-paste `[tunnel.ngrok]` snippet.

use serde::Serialize;

use super::{Access, LocalEdge};

/// A token the snippet offers when the edge accepts any well-formed token.
pub const ANY_TOKEN: &str = "local-edge-accepts-any-token";

/// The ready announcement of a shared local edge.
#[derive(Debug, Clone, Serialize)]
pub struct Ready {
    /// Where agents connect (TLS).
    pub agent_addr: String,
    /// The CA certificate agents and HTTPS visitors trust (PEM file; gone when the edge stops).
    pub ca_cert: String,
    /// The public plain-HTTP listener.
    pub http_addr: String,
    /// The public HTTPS listener.
    pub https_addr: String,
    /// The shape of the URLs visitors use over plain HTTP.
    pub http_urls: String,
    /// The shape of the same URLs over HTTPS.
    pub https_urls: String,
    /// The control API.
    pub control_api: String,
    /// True when only the `--authtoken` values are accepted.
    pub restricted: bool,
    /// Live sessions allowed per authtoken.
    pub session_limit: Option<usize>,
    /// A `[tunnel.ngrok]` section pointing prx-tunnel at this edge.
    pub snippet: String,
    /// This process.
    pub pid: u32,
}

impl Ready {
    /// The announcement for `edge`, started with `access`.
    pub fn of(edge: &LocalEdge, access: &Access) -> Ready {
        let restricted = !access.authtokens.is_empty();
        let ca_cert = edge.ca_cert_path().display().to_string();
        let token_line = if restricted {
            "authtoken = \"${NGROK_AUTHTOKEN}\"   # one of the edge's --authtoken values".to_owned()
        } else {
            format!("authtoken = \"{ANY_TOKEN}\"   # this edge accepts any well-formed token")
        };
        let snippet = format!(
            "[tunnel.ngrok]\nserver_addr = \"{}\"\nca_cert = {}\n{token_line}\n",
            edge.agent_addr(),
            toml_string(&ca_cert)
        );
        Ready {
            agent_addr: edge.agent_addr().to_string(),
            ca_cert,
            http_addr: edge.http_addr().to_string(),
            https_addr: edge.https_addr().to_string(),
            http_urls: format!("http://<name>.localhost:{}", edge.http_addr().port()),
            https_urls: format!("https://<name>.localhost:{}", edge.https_addr().port()),
            control_api: format!("http://{}", edge.control_addr()),
            restricted,
            session_limit: access.session_limit,
            snippet,
            pid: std::process::id(),
        }
    }

    /// The human-readable form, one fact per line, then the snippet.
    pub fn text(&self) -> String {
        let accepts = if self.restricted { "only the --authtoken values" } else { "any well-formed authtoken" };
        let limit = self.session_limit.map_or("no session limit".to_owned(), |n| format!("at most {n} sessions each"));
        format!(
            "local ngrok edge ready (this machine only; Ctrl-C stops it)\n\
             agents connect to  {} (TLS, trusting the CA)\n\
             CA certificate     {}\n\
             visitors           {}  (plain HTTP: curl and browsers, no flags)\n\
             \x20                  {}  (HTTPS: trust the CA, e.g. curl --cacert)\n\
             control API        {}\n\
             accepts            {accepts}, {limit}\n\
             \n\
             # paste into your prx-tunnel config:\n\
             {}",
            self.agent_addr,
            self.ca_cert,
            self.http_urls,
            self.https_urls,
            self.control_api,
            self.snippet.trim_end()
        )
    }
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}
