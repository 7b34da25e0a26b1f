//! Sending requests: headers, retries, error bodies, JSON decoding and pagination.

use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use url::Url;

use super::retry::{self, Decision};
use super::{API_VERSION, ApiErrorBody, Client, Error, Listing, error, page};

impl Client {
    /// Sends a request and decodes its JSON answer.
    pub async fn json<T: DeserializeOwned>(
        &self,
        method: Method,
        url: Url,
        body: Option<&impl Serialize>,
    ) -> Result<T, Error> {
        let (status, bytes) = self.send(method.clone(), url.clone(), body).await?;
        serde_json::from_slice(&bytes).map_err(|e| Error::Decode {
            method,
            url: url.to_string(),
            status,
            reason: e.to_string(),
        })
    }

    /// Follows `next_page_uri` from `first` until the last page, merging every page into one.
    pub async fn list_all<L: Listing>(&self, first: Url) -> Result<L, Error> {
        let mut all: L = self.json(Method::GET, first, None::<&()>).await?;
        let mut seen = std::collections::HashSet::new();
        while let Some(next) = all.next_page_uri().filter(|n| !n.is_empty()).map(str::to_owned) {
            let url = page::follow(&self.base, &next)?;
            if !seen.insert(url.clone()) || seen.len() > page::MAX_PAGES {
                return Err(Error::Pagination {
                    uri: next,
                    reason: "the API keeps pointing at pages already read".into(),
                });
            }
            let page: L = self.json(Method::GET, url, None::<&()>).await?;
            all.append(page);
        }
        Ok(all)
    }

    /// Sends a request, retrying GET/DELETE per the policy; returns a 2xx answer's status and
    /// body, or the error answer as [`Error::Api`].
    pub async fn send(
        &self,
        method: Method,
        url: Url,
        body: Option<&impl Serialize>,
    ) -> Result<(StatusCode, Bytes), Error> {
        let body = body.map(|b| serde_json::to_vec(b).expect("request bodies serialize"));
        let mut attempt = 1;
        loop {
            let mut req = self
                .http
                .request(method.clone(), url.clone())
                .header(AUTHORIZATION, self.auth.clone())
                .header("Ngrok-Version", API_VERSION)
                .header(ACCEPT, "application/json");
            if let Some(body) = &body {
                req = req.header(CONTENT_TYPE, "application/json").body(body.clone());
            }
            tracing::debug!(%method, %url, attempt, "ngrok API request");
            let res = req.send().await.map_err(|e| self.transport(&method, &url, e))?;
            let status = res.status();
            let retry_after = res
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| retry::parse_retry_after(v, SystemTime::now()));
            let bytes = res.bytes().await.map_err(|e| self.transport(&method, &url, e))?;
            tracing::debug!(%method, %url, status = status.as_u16(), bytes = bytes.len(), "ngrok API answer");
            if status.is_success() {
                return Ok((status, bytes));
            }
            let body = ApiErrorBody::parse(status, &bytes);
            let api_error = |retry_after| Error::Api {
                method: method.clone(),
                url: url.to_string(),
                status,
                body: Box::new(body.clone()),
                attempts: attempt,
                retry_after,
            };
            match self.retry.decide(&method, status, attempt, retry_after) {
                Decision::GiveUp => return Err(api_error(None)),
                Decision::TooLong(wait) => return Err(api_error(Some(wait))),
                Decision::RetryAfter(wait) => {
                    tracing::warn!(
                        "{method} {url} answered HTTP {status}: {body}; retrying in {} (attempt {} of {})",
                        humantime::format_duration(Duration::from_millis(wait.as_millis() as u64)),
                        attempt + 1,
                        self.retry.max_attempts
                    );
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
            }
        }
    }

    fn transport(&self, method: &Method, url: &Url, err: reqwest::Error) -> Error {
        let (method, url) = (method.clone(), url.to_string());
        if err.is_timeout() {
            return Error::Timeout { method, url, timeout: self.timeout };
        }
        let mut reason = error::flatten(&err.without_url());
        if let Some(p) = &self.proxy.proxy {
            reason = format!(
                "{reason} (through the proxy {p}, chosen by {}; check that it runs and lets this through, or fix that setting)",
                self.proxy.reason
            );
        }
        Error::Network { method, url, reason }
    }
}
