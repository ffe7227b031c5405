package server

import (
	"fmt"
	"net"
	"net/http"
	"slices"
	"strings"
)

// Browsers let any web page send some requests to any address, the
// server's loopback one included: a form or fetch POST needs no preflight
// ("simple" requests), and a name the attacker controls can be pointed at
// 127.0.0.1 after the page loaded (DNS rebinding), which makes the page's
// requests same-origin. Two checks close both:
//
//   - crossOrigin refuses state-changing requests (POST and other unsafe
//     methods) that a browser marks as coming from another site
//     (Sec-Fetch-Site, else an Origin that is not the request's Host),
//     unless the origin is listed in Config.CORSOrigins. Requests without
//     those headers (curl, scripts, OpenAI clients) are not from a browser
//     and pass.
//   - hostGuard refuses, while the server listens on loopback only, a Host
//     header that is not a loopback address, "localhost" (or a name under
//     .localhost) or a name in Config.AllowedHosts: a rebound name arrives
//     with its own Host.

// crossOrigin wraps next with net/http's CrossOriginProtection, trusting
// the configured CORS origins. With "*" among them, cross-site writes are
// let through only when an API key is required (the key then protects
// them, and a browser must preflight the Authorization header).
func (s *Server) crossOrigin(next http.Handler) (http.Handler, error) {
	if slices.Contains(s.cfg.CORSOrigins, "*") && s.apiKey != "" {
		return next, nil
	}
	cop := http.NewCrossOriginProtection()
	for _, o := range s.cfg.CORSOrigins {
		if o == "*" {
			continue
		}
		if err := cop.AddTrustedOrigin(o); err != nil {
			return nil, fmt.Errorf("%w: cors_origins: %v", ErrConfig, err)
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := cop.Check(r); err != nil {
			origin := r.Header.Get("Origin")
			if origin == "" {
				origin = "another site (Sec-Fetch-Site: " + r.Header.Get("Sec-Fetch-Site") + ")"
			}
			writeError(w, http.StatusForbidden,
				"server: cross-origin %s %s from %s refused: only this server's own page and the origins in server.cors_origins may change state",
				r.Method, r.URL.Path, origin)
			return
		}
		next.ServeHTTP(w, r)
	}), nil
}

// hostGuard refuses requests whose Host is not one of the server's names
// while it listens on loopback (see the comment above crossOrigin).
func (s *Server) hostGuard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.loopback.Load() && !s.knownHost(r.Host) {
			writeError(w, http.StatusForbidden,
				"server: Host %q is not an address of this server, which listens on loopback only (add the name to server.allowed_hosts to use it)",
				r.Host)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// knownHost reports whether host (a Host header, with or without a port)
// names this machine's loopback: a loopback IP, "localhost", a name under
// ".localhost", or a configured name. An empty Host (HTTP/1.0) is not a
// browser's and passes.
func (s *Server) knownHost(host string) bool {
	if host == "" {
		return true
	}
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	name = strings.ToLower(strings.TrimSuffix(strings.Trim(name, "[]"), "."))
	if ip := net.ParseIP(name); ip != nil {
		return ip.IsLoopback()
	}
	if name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return true
	}
	return slices.ContainsFunc(s.cfg.AllowedHosts, func(a string) bool { return strings.EqualFold(a, name) })
}

// isLoopback reports whether a listen address ("127.0.0.1:8080",
// "[::1]:0", "localhost:8080") is reachable from this machine only. An
// empty host ("":8080) listens on every interface.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
