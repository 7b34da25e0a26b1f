//! What to do about ERR_NGROK_334 (the endpoint's URL is already online elsewhere), in terms of
//! this config: ngrok lets endpoints share a URL only when every one of them has pooling
//! enabled (`endpoints/endpoint-pooling.mdx`).

use super::TunnelConfig;

impl TunnelConfig {
    /// The advice that ends an ERR_NGROK_334 message.
    pub fn url_taken_advice(&self) -> &'static str {
        if self.pooling_enabled {
            "This endpoint has pooling_enabled = true, but the endpoint already online on that URL does not: \
             set pooling_enabled = true in its [tunnel.ngrok] too (ngrok pools a URL only when every endpoint \
             on it allows pooling), or stop it."
        } else {
            "Stop the other tunnel, or choose another url. To serve one URL from several machines, set \
             pooling_enabled = true in [tunnel.ngrok] on every one of them: ngrok then balances between them."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_advice_names_pooling_for_either_side() {
        let mut cfg = TunnelConfig::default();
        assert!(cfg.url_taken_advice().contains("on every one of them"));
        cfg.pooling_enabled = true;
        assert!(cfg.url_taken_advice().contains("the endpoint already online on that URL does not"));
    }
}
