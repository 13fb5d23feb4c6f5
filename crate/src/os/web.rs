//! The simulated web: the pages a run's configuration declares, served by
//! the kernel as HTTP/1.1 servers on hosts of their own (port 80 and 443;
//! no TLS, the bytes are plain). A request gets its response after the
//! page's latency; an undeclared path on a declared host gets 404, and an
//! undeclared host does not resolve. Nothing ever leaves the machine.

use super::net::{Addr, Net, Packet};
use crate::trace::Nanos;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::Ipv4Addr;

/// A page of the simulated web, as a lesson's `[[web]]` table or the CLI's
/// `--web URL=LATENCY:BYTES` declares it.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Its address: `https://www.python.org/`.
    pub url: String,
    /// Seconds between the request and the response.
    #[serde(default)]
    pub latency: f64,
    /// The body's size, when no body is given: that many bytes of filler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes: Option<usize>,
    /// The body itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The HTTP status (default 200).
    #[serde(default = "ok")]
    pub status: u16,
}

fn ok() -> u16 {
    200
}

/// The first address web hosts get: 203.0.113.0/24 is TEST-NET-3, which
/// no real host has.
const FIRST_IP: [u8; 4] = [203, 0, 113, 1];

/// The declared web: its hosts' addresses and its pages.
#[derive(Default)]
pub struct Web {
    /// Host names and their addresses, in declaration order.
    hosts: Vec<(String, Ipv4Addr)>,
    /// Pages by (host, path).
    pages: BTreeMap<(String, String), Page>,
}

/// A URL's host (lower case) and path (at least "/"), without scheme,
/// port, query or fragment: what a page is looked up by.
fn split_url(url: &str) -> Option<(String, String)> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let host = authority.rsplit('@').next()?.split(':').next()?.to_ascii_lowercase();
    let path = path.split('#').next().unwrap_or("/");
    (!host.is_empty()).then(|| (host, path.to_string()))
}

impl Web {
    /// The web of `pages`; an error names a malformed page.
    pub fn new(pages: &[Page]) -> Result<Web, String> {
        let mut web = Web::default();
        for page in pages {
            let (host, path) = split_url(&page.url).ok_or_else(|| format!("web page {:?}: not a URL", page.url))?;
            if !(page.latency.is_finite() && page.latency >= 0.0) {
                return Err(format!("web page {}: latency must be 0 or more seconds", page.url));
            }
            if !(100..=599).contains(&page.status) {
                return Err(format!("web page {}: status {} is not an HTTP status", page.url, page.status));
            }
            if !web.hosts.iter().any(|(h, _)| *h == host) {
                let [a, b, c, d] = FIRST_IP;
                let n = web.hosts.len();
                if n >= 254 {
                    return Err("the web has more than 254 hosts".into());
                }
                web.hosts.push((host.clone(), Ipv4Addr::new(a, b, c, d + n as u8)));
            }
            web.pages.insert((host, path), page.clone());
        }
        Ok(web)
    }

    /// The address of a web host.
    pub fn resolve(&self, name: &str) -> Option<Ipv4Addr> {
        let name = name.to_ascii_lowercase();
        self.hosts.iter().find(|(h, _)| *h == name).map(|(_, ip)| *ip)
    }

    /// Whether a web host has this address.
    pub fn serves(&self, ip: Ipv4Addr) -> bool {
        self.hosts.iter().any(|(_, a)| *a == ip)
    }

    /// The response to `GET path` on `host`, and when it is sent (after the
    /// page's latency).
    fn respond(&self, host: &str, path: &str) -> (Vec<u8>, Nanos) {
        let Some(page) = self.pages.get(&(host.to_ascii_lowercase(), path.to_string())) else {
            return (response(404, b"<h1>Not Found</h1>\n"), 0);
        };
        let body = match (&page.body, page.bytes) {
            (Some(b), _) => b.clone().into_bytes(),
            (None, n) => filler(n.unwrap_or(0)),
        };
        (response(page.status, &body), (page.latency * 1e9).round() as Nanos)
    }
}

/// `n` bytes of an HTML page.
fn filler(n: usize) -> Vec<u8> {
    let mut body = b"<!doctype html>\n".to_vec();
    body.resize(n, b'x');
    body.truncate(n);
    body
}

/// The reason phrase of a status, as http.server sends it.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Unknown",
    }
}

fn response(status: u16, body: &[u8]) -> Vec<u8> {
    let head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        reason(status),
        body.len()
    );
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// The method, path and Host header of a complete request head, if `rx` holds one.
fn parse_request(rx: &[u8]) -> Option<(String, String, Option<String>)> {
    let end = rx.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&rx[..end]);
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, target) = (first.next()?.to_string(), first.next()?.to_string());
    let host = lines
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("host"))
        .map(|(_, v)| v.trim().split(':').next().unwrap_or("").to_string());
    Some((method, target, host))
}

impl Net {
    /// A client connects to a web host: port 80 and 443 answer at once
    /// (the page's latency is the server's time), any other port refuses.
    pub fn web_connect(&mut self, client: u32, to: Addr) {
        if to.1 == 80 || to.1 == 443 {
            self.connect_to_endpoint(client, to);
        } else {
            self.refused(client);
        }
    }

    /// Data reached a web endpoint: once the request's head is complete,
    /// the response is sent after the page's latency, then the end of stream.
    pub(super) fn web_request(&mut self, endpoint: u32) {
        let sock = &self.sockets[endpoint as usize];
        let rx: Vec<u8> = sock.rx.iter().copied().collect();
        let Some((_method, target, host)) = parse_request(&rx) else { return };
        let super::socket::State::Connected { peer } = sock.state else { return };
        let ip = sock.local.map(|a| a.0);
        let host = host.or_else(|| self.web.hosts.iter().find(|(_, a)| Some(*a) == ip).map(|(h, _)| h.clone()));
        let path = split_url(&target).filter(|_| target.contains("://")).map(|(_, p)| p).unwrap_or(target);
        let (bytes, latency) = self.web.respond(&host.unwrap_or_default(), &path);
        self.sockets[endpoint as usize].rx.clear();
        let at = self.now + latency;
        self.post(at, Packet::Data { from: endpoint, to: peer, bytes });
        self.post(at, Packet::Fin { to: peer });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split_into_host_and_path() {
        assert_eq!(split_url("https://www.python.org/"), Some(("www.python.org".into(), "/".into())));
        assert_eq!(split_url("http://baidu.com"), Some(("baidu.com".into(), "/".into())));
        assert_eq!(split_url("http://Example.com:8080/a/b?x=1"), Some(("example.com".into(), "/a/b?x=1".into())));
    }

    #[test]
    fn declared_pages_answer_and_others_are_not_found() {
        let page = Page { url: "https://a.test/".into(), latency: 0.5, bytes: Some(100), body: None, status: 200 };
        let web = Web::new(&[page]).unwrap();
        assert_eq!(web.resolve("A.test"), Some(Ipv4Addr::new(203, 0, 113, 1)));
        let (bytes, latency) = web.respond("a.test", "/");
        assert!(bytes.starts_with(b"HTTP/1.1 200 OK\r\n"));
        assert!(bytes.ends_with(&filler(100)));
        assert_eq!(latency, 500_000_000);
        assert!(web.respond("a.test", "/missing").0.starts_with(b"HTTP/1.1 404 Not Found\r\n"));
    }
}
