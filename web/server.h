// File: web/server.h
//
// `qtrack serve`: a small read-only web UI over a qtrack database. The
// pages and the JSON API are listed in web/pages.h: search, speakers, a
// speaker's statements with a weekly timeline, a statement with its
// sources, narratives, contradictions, weekly reports.
//
// Safety: every article-derived string is HTML-escaped; pages carry a
// Content-Security-Policy that forbids scripts, remote resources and
// framing (frame-ancestors 'none', X-Frame-Options DENY); no file from disk
// is ever served (CSS is inline); only GET and HEAD are answered (405 with
// Allow otherwise); the database is opened read-only, per request, so pages
// show the last committed state while an ingest runs.
//
// Slow clients: one thread accepts connections and waits, with poll(), for
// each request's line and headers, which must all arrive within
// `header_timeout` of the connection being accepted however slowly they
// trickle in; only a complete request reaches one of the `workers`, which
// answers it and closes the connection. So clients holding connections
// open (more of them than workers) delay nobody else, and cost one file
// descriptor each, up to `max_waiting_connections` (past that the oldest
// is dropped).
#ifndef QTRACK_WEB_SERVER_H_
#define QTRACK_WEB_SERVER_H_

#include <atomic>
#include <chrono>
#include <functional>
#include <string>

#include "absl/status/status.h"

namespace qtrack {

struct ServeOptions {
  std::string db;                  // database directory
  std::string bind = "127.0.0.1";  // loopback by default
  int port = 8080;                 // 0 = any free port
  // A request body larger than this is refused (413). Default 64 KiB.
  size_t max_request_bytes = 64 * 1024;
  // Threads that answer complete requests. Default 8.
  int workers = 8;
  // The request line and headers must have arrived this long after the
  // connection was accepted (else 408 and close). Default 5 s.
  std::chrono::milliseconds header_timeout{5000};
  // Reading the rest of a request and writing its response must be done
  // this long after the connection was accepted. Default 30 s.
  std::chrono::milliseconds request_timeout{30000};
  // Connections whose headers are still arriving, at most (each holds a
  // file descriptor and at most 16 KiB). Default 512.
  size_t max_waiting_connections = 512;
  // The kernel's queue of connections not yet accepted. Default 512.
  int listen_backlog = 512;
  // For tests: when set, Serve returns soon after *stop becomes true.
  const std::atomic<bool>* stop = nullptr;
};

// Serves until the process is stopped (or *options.stop). `on_listening
// (port)` is called once the socket listens (with the actual port when
// options.port is 0).
absl::Status Serve(const ServeOptions& options, const std::function<void(int)>& on_listening);

// For tests: renders one GET request without a socket. Returns the HTTP
// status and fills `body` and `content_type`.
int HandleRequest(const ServeOptions& options, const std::string& path,
                  const std::string& query_string, std::string* body, std::string* content_type);

}  // namespace qtrack

#endif  // QTRACK_WEB_SERVER_H_
