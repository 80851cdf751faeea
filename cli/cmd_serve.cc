// qtrack serve: the local read-only web UI.
#include <iostream>
#include <memory>

#include "absl/strings/str_cat.h"
#include "cli/cli.h"
#include "web/server.h"

namespace qtrack::cli {

void RegisterServe(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "a local read-only web UI: search, speakers, statements, weekly reports, JSON API");
  cmd->add_option("--port", o->port, "TCP port (default 8080; 0 = any free port)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", o->bind, "address to listen on (default 127.0.0.1: this machine only)");
  cmd->callback([&cli, o] {
    o->db = cli.db;
    absl::Status s = Serve(*o, [&](int port) {
      std::cerr << "qtrack: serving " << cli.db << " on http://" << o->bind << ":" << port
                << "/ (read-only; Ctrl-C stops)\n";
      if (o->bind != "127.0.0.1" && o->bind != "::1" && o->bind != "localhost")
        std::cerr << "qtrack: warning: listening beyond this machine on " << o->bind << "\n";
    });
    if (!s.ok()) cli.Fail(kExitIoOrDatabase, s.message());
  });
}

}  // namespace qtrack::cli
