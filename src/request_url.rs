//! The parts of a request's URL the collector reads, taken from the runtime's own serialisation of
//! it (`Request.url`, already parsed and normalised by the runtime as the WHATWG URL standard
//! says) instead of parsing it a second time with the `url` crate, whose parser and IDNA tables
//! were about 20 KiB of the compressed bundle. A serialised URL of the `http` or `https` scheme
//! is `scheme://host[:port]/path[?query]`: no credentials (a request to a worker carries none),
//! no fragment, the default port left out, the path never empty.

use serde::de::DeserializeOwned;
use worker::Request;

/// A request's URL as the runtime serialised it.
pub struct RequestUrl(String);

impl RequestUrl {
    /// The URL of `req`.
    pub fn of(req: &Request) -> Self {
        RequestUrl(req.inner().url())
    }

    /// `scheme://host[:port]` (the origin, as `URL.origin` gives it).
    pub fn origin(&self) -> &str {
        let after_scheme = self.0.find("://").map_or(0, |at| at + 3);
        let path = self
            .0
            .get(after_scheme..)
            .and_then(|rest| rest.find('/'))
            .map_or(self.0.len(), |at| after_scheme + at);
        self.0.get(..path).unwrap_or_default()
    }

    /// The host, without the port (an IPv6 address keeps its brackets, as `URL.hostname`).
    pub fn host(&self) -> &str {
        let origin = self.origin();
        let authority = origin
            .split_once("://")
            .map_or(origin, |(_, authority)| authority);
        match authority.strip_prefix('[') {
            Some(v6) => v6
                .find(']')
                .and_then(|end| authority.get(..end + 2))
                .unwrap_or(authority),
            None => authority.split(':').next().unwrap_or_default(),
        }
    }

    /// The URL without its query.
    pub fn without_query(&self) -> &str {
        self.0.split('?').next().unwrap_or_default()
    }

    /// The query's parameters (`application/x-www-form-urlencoded`) as `T`.
    pub fn query<T: DeserializeOwned>(&self) -> Result<T, serde_urlencoded::de::Error> {
        serde_urlencoded::from_str(self.0.split_once('?').map_or("", |(_, query)| query))
    }
}

#[cfg(test)]
mod tests {
    use super::RequestUrl;

    /// Each part agrees with the `url` crate's reading of the same serialised URL.
    #[test]
    fn parts_agree_with_the_url_crate() {
        for raw in [
            "http://127.0.0.1:8787/en/sign?state=DE&fragment=1",
            "https://sign.example.eu/",
            "https://sign.example.eu/api/v1/progress?x=1?y",
            "http://[::1]:8787/de/",
            "http://[2001:db8::7]/fr/?p=a%20b",
            "https://xn--bcher-kva.example/",
        ] {
            let ours = RequestUrl(raw.to_owned());
            let theirs = url::Url::parse(raw).unwrap();
            assert_eq!(
                ours.origin(),
                theirs.origin().ascii_serialization(),
                "{raw}"
            );
            assert_eq!(Some(ours.host()), theirs.host_str(), "{raw}");
            let mut bare = theirs.clone();
            bare.set_query(None);
            assert_eq!(ours.without_query(), bare.as_str(), "{raw}");
            let pairs: Vec<(String, String)> = ours.query().unwrap();
            let expected: Vec<(String, String)> = theirs.query_pairs().into_owned().collect();
            assert_eq!(pairs, expected, "{raw}");
        }
    }
}
