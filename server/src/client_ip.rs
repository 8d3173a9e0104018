//! Who is asking, for the rate limits: the address of the socket's peer; or, when that peer
//! is one of `TRUSTED_PROXIES`, the address the proxies forwarded in `X-Forwarded-For`.
//! Each proxy appends the address it was reached from, so the list is read from the right:
//! past every hop that is itself a trusted proxy, the first one that is not is the client.
//! Everything left of it was written by the client and may be made up.
use app::rate_limit::ClientAddr;
use axum::{
    extract::{ConnectInfo, Request, State},
    middleware::Next,
    response::Response,
};
use ipnet::IpNet;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

/// `TRUSTED_PROXIES`: the addresses and ranges of the reverse proxies in front of the server.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Arc<[IpNet]>);

impl TrustedProxies {
    pub fn new(ranges: Vec<IpNet>) -> Self {
        Self(ranges.into())
    }

    /// Whether `ip` is one of the trusted proxies (an IPv4 address on a dual-stack socket,
    /// `::ffff:10.0.0.1`, is the IPv4 address).
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|range| range.contains(&ip))
    }
}

/// The client of a request from `peer` that carried these `X-Forwarded-For` values, in the
/// order they came.
pub fn client_ip(peer: IpAddr, forwarded_for: &[&str], trusted: &TrustedProxies) -> IpAddr {
    let mut client = peer.to_canonical();
    if !trusted.contains(client) {
        return client;
    }
    for hop in forwarded_for
        .iter()
        .flat_map(|value| value.split(','))
        .rev()
    {
        match parse_hop(hop) {
            Some(ip) if trusted.contains(ip) => client = ip,
            Some(ip) => return ip,
            // Not an address (`unknown`, a proxy's obfuscated name): the nearest address known
            // is the trusted hop that passed it on.
            None => return client,
        }
    }
    // Every hop a trusted proxy: the left-most is the client (a host inside the network).
    client
}

/// One `X-Forwarded-For` hop: an address, perhaps with a port (`192.0.2.1:4711`,
/// `[2001:db8::1]:4711`) or in brackets.
pub fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    let ip = hop
        .parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| {
            let inner = hop.strip_prefix('[')?.strip_suffix(']')?;
            inner.parse::<Ipv6Addr>().ok().map(IpAddr::V6)
        })?;
    Some(ip.to_canonical())
}

/// Middleware: puts the request's [`ClientAddr`] in its extensions. A request without a
/// socket peer (a test calling the router itself) has none.
pub async fn resolve(
    State(trusted): State<TrustedProxies>,
    mut request: Request,
    next: Next,
) -> Response {
    if let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>() {
        let forwarded_for: Vec<&str> = request
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            // A value that is not text is no address: it stops the walk like `unknown`.
            .map(|value| value.to_str().unwrap_or("?"))
            .collect();
        let client = client_ip(peer.ip(), &forwarded_for, &trusted);
        request.extensions_mut().insert(ClientAddr(client));
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn trusted(ranges: &[&str]) -> TrustedProxies {
        TrustedProxies::new(ranges.iter().map(|r| r.parse().unwrap()).collect())
    }

    #[test]
    fn a_range_matches_the_addresses_inside_it() {
        let proxies = trusted(&["10.0.0.0/8", "192.0.2.7/32", "fd00::/8"]);
        assert!(proxies.contains(ip("10.255.1.2")));
        assert!(!proxies.contains(ip("11.0.0.1")));
        assert!(proxies.contains(ip("192.0.2.7")));
        assert!(!proxies.contains(ip("192.0.2.8")));
        assert!(proxies.contains(ip("fd12:3456::1")));
        assert!(!proxies.contains(ip("fe80::1")));
        assert!(
            proxies.contains(ip("::ffff:10.0.0.1")),
            "IPv4 on a dual-stack socket"
        );
        assert!(
            !TrustedProxies::default().contains(ip("127.0.0.1")),
            "none by default"
        );
    }

    #[test]
    fn hops_are_addresses_with_or_without_a_port() {
        assert_eq!(parse_hop(" 192.0.2.1 "), Some(ip("192.0.2.1")));
        assert_eq!(parse_hop("192.0.2.1:4711"), Some(ip("192.0.2.1")));
        assert_eq!(parse_hop("2001:db8::1"), Some(ip("2001:db8::1")));
        assert_eq!(parse_hop("[2001:db8::1]:4711"), Some(ip("2001:db8::1")));
        assert_eq!(parse_hop("[2001:db8::1]"), Some(ip("2001:db8::1")));
        assert_eq!(parse_hop("::ffff:192.0.2.1"), Some(ip("192.0.2.1")));
        for garbage in ["unknown", "", "_hidden", "192.0.2.300", "[192.0.2.1]"] {
            assert_eq!(parse_hop(garbage), None, "{garbage:?}");
        }
    }

    #[test]
    fn the_client_is_the_right_most_hop_that_is_no_trusted_proxy() {
        let proxies = trusted(&["10.0.0.0/8"]);
        let client = |peer, xff: &[&str]| client_ip(ip(peer), xff, &proxies).to_string();
        // Not through a trusted proxy: the header is whatever the client made up.
        assert_eq!(client("192.0.2.9", &["198.51.100.1"]), "192.0.2.9");
        assert_eq!(client("192.0.2.9", &[]), "192.0.2.9");
        // Through one: the hop it appended, not what the client wrote left of it.
        assert_eq!(
            client("10.0.0.2", &["1.1.1.1, 198.51.100.1"]),
            "198.51.100.1"
        );
        // Through two trusted proxies, also when a proxy sends the header twice.
        assert_eq!(
            client("10.0.0.2", &["1.1.1.1, 198.51.100.1, 10.0.0.3"]),
            "198.51.100.1"
        );
        assert_eq!(
            client("10.0.0.2", &["1.1.1.1, 198.51.100.1", "10.0.0.3"]),
            "198.51.100.1"
        );
        // A trusted peer that forwards nothing is the client itself.
        assert_eq!(client("10.0.0.2", &[]), "10.0.0.2");
        // Every hop trusted: the left-most, a host inside the network.
        assert_eq!(client("10.0.0.2", &["10.9.9.9, 10.0.0.3"]), "10.9.9.9");
        // A hop that is no address stops the walk at the trusted hop that passed it on.
        assert_eq!(client("10.0.0.2", &["198.51.100.1, unknown"]), "10.0.0.2");
        assert_eq!(
            client("10.0.0.2", &["198.51.100.1, garbage, 10.0.0.3"]),
            "10.0.0.3"
        );
        assert_eq!(client("10.0.0.2", &["[2001:db8::1]:443"]), "2001:db8::1");
        assert_eq!(client("::ffff:10.0.0.2", &["198.51.100.1"]), "198.51.100.1");
    }
}
