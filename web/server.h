// File: web/server.h
//
// `qtrack serve`: a small read-only web UI over a qtrack database.
//   /                     search page (the query syntax of `qtrack search`)
//   /speaker?name=NAME    everything a speaker said, a timeline, roles, aliases
//   /statement/ID         occurrences, near-duplicates, recycled, contradictions
//   /report?week=W        the weekly report
//   /api/said?speaker=NAME, /api/search?q=QUERY, /api/statement/ID,
//   /api/report?week=YYYY-Www   the same as JSON
//
// Safety: every article-derived string is HTML-escaped; pages carry a
// Content-Security-Policy that forbids scripts and remote resources; no
// file from disk is ever served (CSS is inline); requests are bounded in
// size; the database is opened read-only, per request, so pages show the
// last committed state while an ingest runs.
#ifndef QTRACK_WEB_SERVER_H_
#define QTRACK_WEB_SERVER_H_

#include <functional>
#include <string>

#include "absl/status/status.h"

namespace qtrack {

struct ServeOptions {
  std::string db;                 // database directory
  std::string bind = "127.0.0.1";  // loopback by default
  int port = 8080;                // 0 = any free port
  size_t max_request_bytes = 64 * 1024;
};

// Serves until the process is stopped. `on_listening(port)` is called once
// the socket is bound (with the actual port when options.port is 0).
absl::Status Serve(const ServeOptions& options, const std::function<void(int)>& on_listening);

// For tests: renders one request without a socket. Returns the HTTP status
// and fills `body` and `content_type`.
int HandleRequest(const ServeOptions& options, const std::string& path,
                  const std::string& query_string, std::string* body, std::string* content_type);

}  // namespace qtrack

#endif  // QTRACK_WEB_SERVER_H_
