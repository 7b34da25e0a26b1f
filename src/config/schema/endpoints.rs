//! The first pass over `[tunnel.ngrok.endpoints.NAME]` tables: the endpoint keys only (a
//! session option is refused with where it belongs), each table's spans and inline policy kept.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{EndpointSummary, Walker, article};
use crate::config::keys::{ENDPOINT_KEYS, Kind, NGROK_KEYS, TUNNEL_KEYS, unknown_key_message};

impl Walker<'_> {
    /// `[tunnel.ngrok.endpoints]`: a table of endpoint tables, each walked with the endpoint keys.
    pub(super) fn endpoints(&mut self, v: &mut Spanned<DeValue<'_>>) -> bool {
        let span = v.span();
        let DeValue::Table(all) = v.get_mut() else {
            let found = article(v.get_ref().type_str());
            self.problems.at(
                span,
                "[tunnel.ngrok] endpoints",
                format!("expected tables [tunnel.ngrok.endpoints.NAME], found {found}"),
            );
            return false;
        };
        let mut dropped = Vec::new();
        for (k, ep) in all.iter_mut() {
            let name: &str = k.get_ref();
            let section = format!("tunnel.ngrok.endpoints.{name}");
            if let Err(message) = crate::config::endpoints::check_name(name) {
                self.problems.at(k.span(), format!("[{section}]"), message);
                dropped.push(name.to_owned());
                continue;
            }
            let ep_span = ep.span();
            let DeValue::Table(t) = ep.get_mut() else {
                let found = article(ep.get_ref().type_str());
                self.problems.at(
                    ep_span,
                    format!("[{section}]"),
                    format!("expected a table of endpoint keys, found {found}"),
                );
                dropped.push(name.to_owned());
                continue;
            };
            self.endpoint =
                Some(EndpointSummary { name: name.to_owned(), name_span: k.span(), spans: Vec::new(), policy: None });
            self.endpoint_table(t, &section);
            self.summary.endpoints.extend(self.endpoint.take());
        }
        for name in dropped {
            all.remove(name.as_str());
        }
        true
    }

    /// One endpoint table: its keys are [`ENDPOINT_KEYS`]; a session key is refused with where it belongs.
    fn endpoint_table(&mut self, table: &mut DeTable<'_>, section: &str) {
        let mut dropped = Vec::new();
        for (k, v) in table.iter_mut() {
            let name: &str = k.get_ref();
            let label = format!("[{section}] {name}");
            if let Some(e) = &mut self.endpoint {
                e.spans.push(k.span());
                e.spans.push(v.span());
            }
            let known = TUNNEL_KEYS.iter().chain(NGROK_KEYS).find(|(n, _, _)| *n == name);
            let keep = match known {
                Some((key, kind, example)) if ENDPOINT_KEYS.contains(key) => self.value(&label, key, *kind, example, v),
                Some((key, _, _)) if matches!(*key, "domain" | "subdomain") => {
                    self.problems.at(
                        k.span(),
                        label,
                        "is deprecated by ngrok and not taken in an endpoint table; write url = \"https://HOST\" instead",
                    );
                    false
                }
                Some(_) => {
                    self.problems.at(
                        k.span(),
                        label,
                        "is a session option, shared by every endpoint of the session; move it to [tunnel.ngrok]",
                    );
                    false
                }
                None => {
                    let keys: Vec<(&str, Kind, &str)> = TUNNEL_KEYS
                        .iter()
                        .chain(NGROK_KEYS)
                        .filter(|(n, _, _)| ENDPOINT_KEYS.contains(n))
                        .copied()
                        .collect();
                    self.problems.at(k.span(), label, unknown_key_message(name, &keys));
                    false
                }
            };
            if !keep {
                dropped.push(name.to_owned());
            }
        }
        for name in dropped {
            table.remove(name.as_str());
        }
    }
}
