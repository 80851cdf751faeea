// `qtrack serve`: sockets, slow clients and HTTP (the contract is in
// web/server.h). cpp-httplib parses requests and writes responses; the
// accepting, the waiting for request heads and the deadlines are ours,
// because httplib's read timeout restarts with every byte (eight clients
// sending a byte a second held its eight threads forever) and its listen
// backlog is 5.
#include "web/server.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <deque>
#include <map>
#include <thread>
#include <vector>

#include <httplib.h>

#include "absl/strings/str_cat.h"
#include "common/strings.h"
#include "absl/synchronization/mutex.h"
#include "claims/store.h"
#include "web/pages.h"
#include "web/params.h"

namespace qtrack {
namespace {

using Clock = std::chrono::steady_clock;

// Headers longer than this are refused (431): a request here is a GET with
// a query string (httplib's own limit on the request line is 8 KiB).
constexpr size_t kMaxHeadBytes = 16 * 1024;

constexpr const char* kCsp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'";

std::string Today() {
  std::time_t now = std::time(nullptr);
  std::tm tm;
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

web::WebResponse Respond(const ServeOptions& options, const std::string& path,
                         web::ParamMap params) {
  const bool api = path.starts_with("/api/");
  auto opened = Store::OpenForReading(options.db);
  if (!opened.ok()) return web::ErrorResponse(503, ToStd(opened.status().message()), api);
  web::RequestParams request(std::move(params));
  return api ? web::RenderApi(**opened, path, request, Today())
             : web::RenderPage(**opened, path, request, Today());
}

// --- sockets ---------------------------------------------------------------

int Remaining(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return static_cast<int>(std::max<int64_t>(0, left.count()));
}

// Waits until `fd` is ready for `events` or the deadline passes.
bool WaitFor(int fd, short events, Clock::time_point deadline) {
  pollfd p{fd, events, 0};
  while (true) {
    const int n = poll(&p, 1, Remaining(deadline));
    if (n > 0) return true;
    if (n == 0 || errno != EINTR) return false;
  }
}

// A best-effort answer from the accepting thread, which never blocks.
void SendAndClose(int fd, std::string_view status_line) {
  const std::string response =
      absl::StrCat("HTTP/1.1 ", ToAbsl(status_line), "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  (void)send(fd, response.data(), response.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  close(fd);
}

// One connection as httplib reads and writes it: first the head the
// accepting thread already read, then the socket, all within one deadline
// (httplib's own stream restarts its timeout with every byte).
class DeadlineStream : public httplib::Stream {
 public:
  DeadlineStream(int fd, std::string head, Clock::time_point deadline)
      : fd_(fd), head_(std::move(head)), deadline_(deadline) {}

  bool is_readable() const override {
    return pos_ < head_.size() || WaitFor(fd_, POLLIN, deadline_);
  }
  bool is_writable() const override { return WaitFor(fd_, POLLOUT, deadline_); }

  ssize_t read(char* ptr, size_t size) override {
    if (pos_ < head_.size()) {
      const size_t n = std::min(size, head_.size() - pos_);
      std::memcpy(ptr, head_.data() + pos_, n);
      pos_ += n;
      return static_cast<ssize_t>(n);
    }
    while (WaitFor(fd_, POLLIN, deadline_)) {
      const ssize_t n = recv(fd_, ptr, size, 0);
      if (n >= 0 || (errno != EAGAIN && errno != EINTR)) return n;
    }
    return -1;
  }

  ssize_t write(const char* ptr, size_t size) override {
    size_t written = 0;
    while (written < size && WaitFor(fd_, POLLOUT, deadline_)) {
      const ssize_t n = send(fd_, ptr + written, size - written, MSG_NOSIGNAL);
      if (n > 0) written += static_cast<size_t>(n);
      else if (n < 0 && errno != EAGAIN && errno != EINTR) break;
    }
    return written == size ? static_cast<ssize_t>(size) : -1;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    Address(getpeername, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    Address(getsockname, ip, port);
  }
  socket_t socket() const override { return fd_; }

 private:
  void Address(int (*get)(int, sockaddr*, socklen_t*), std::string& ip, int& port) const {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    ip.clear();
    port = 0;
    if (get(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) return;
    char text[INET6_ADDRSTRLEN] = "";
    if (addr.ss_family == AF_INET) {
      const auto* in = reinterpret_cast<const sockaddr_in*>(&addr);
      inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
      port = ntohs(in->sin_port);
    } else if (addr.ss_family == AF_INET6) {
      const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&addr);
      inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
      port = ntohs(in6->sin6_port);
    }
    ip = text;
  }

  const int fd_;
  const std::string head_;
  size_t pos_ = 0;
  const Clock::time_point deadline_;
};

// httplib's request parsing and response writing, driven by our streams:
// process_request is the one part of httplib::Server we use.
class Responder : public httplib::Server {
 public:
  explicit Responder(const ServeOptions& options) {
    set_payload_max_length(options.max_request_bytes);
    set_default_headers({{"Content-Security-Policy", kCsp},
                         {"X-Frame-Options", "DENY"},
                         {"X-Content-Type-Options", "nosniff"},
                         {"Referrer-Policy", "no-referrer"}});
    // Every request is answered here, before httplib reads any body.
    set_pre_routing_handler([&options](const httplib::Request& req, httplib::Response& res) {
      if (req.method != "GET" && req.method != "HEAD") {
        res.status = 405;
        res.set_header("Allow", "GET, HEAD");
        res.set_content("only GET and HEAD: this server is read-only\n", "text/plain");
        return HandlerResponse::Handled;
      }
      web::ParamMap params;
      for (const auto& [key, value] : req.params) params.emplace(key, value);
      web::WebResponse r = Respond(options, req.path, std::move(params));
      res.status = r.status;
      res.set_content(r.body, r.type.c_str());
      return HandlerResponse::Handled;
    });
  }

  void Answer(int fd, std::string head, Clock::time_point deadline) {
    DeadlineStream stream(fd, std::move(head), deadline);
    bool connection_closed = false;
    process_request(stream, /*close_connection=*/true, connection_closed, nullptr);
  }
};

// Complete requests waiting for a worker. Bounded: past `capacity` the
// accepting thread answers 503 itself.
class ReadyQueue {
 public:
  struct Item {
    int fd;
    std::string head;
    Clock::time_point deadline;
  };
  explicit ReadyQueue(size_t capacity) : capacity_(capacity) {}

  bool Push(Item item) {
    absl::MutexLock lock(&mu_);
    if (items_.size() >= capacity_) return false;
    items_.push_back(std::move(item));
    return true;
  }
  // Blocks until an item or Close(); false when closed and empty.
  bool Pop(Item* item) {
    absl::MutexLock lock(&mu_);
    mu_.Await(absl::Condition(
        +[](ReadyQueue* q) ABSL_EXCLUSIVE_LOCKS_REQUIRED(q->mu_) {
          return !q->items_.empty() || q->closed_;
        },
        this));
    if (items_.empty()) return false;
    *item = std::move(items_.front());
    items_.pop_front();
    return true;
  }
  void Close() {
    absl::MutexLock lock(&mu_);
    closed_ = true;
  }

 private:
  const size_t capacity_;
  absl::Mutex mu_;
  std::deque<Item> items_ ABSL_GUARDED_BY(mu_);
  bool closed_ ABSL_GUARDED_BY(mu_) = false;
};

absl::StatusOr<int> Listen(const ServeOptions& options, int* port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* found = nullptr;
  const std::string service = std::to_string(options.port);
  if (getaddrinfo(options.bind.c_str(), service.c_str(), &hints, &found) != 0 || !found)
    return absl::UnavailableError(absl::StrCat("cannot resolve ", options.bind));
  int fd = -1;
  std::string error;
  for (addrinfo* a = found; a != nullptr && fd < 0; a = a->ai_next) {
    fd = socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    const int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (bind(fd, a->ai_addr, a->ai_addrlen) != 0 || listen(fd, options.listen_backlog) != 0) {
      error = std::strerror(errno);
      close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(found);
  if (fd < 0)
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", options.bind, ":", options.port, ": ", error));
  std::string ip;
  DeadlineStream(fd, "", Clock::now()).get_local_ip_and_port(ip, *port);
  return fd;
}

// A connection whose request head is still arriving.
struct Waiting {
  int fd;
  Clock::time_point accepted;
  std::string head;
};

bool HeadComplete(const std::string& head) {
  return head.find("\r\n\r\n") != std::string::npos || head.find("\n\n") != std::string::npos;
}

// The accepting thread's loop: accept, read heads as they come, hand
// complete requests to the workers, drop what is too slow or too large.
void AcceptLoop(int listener, const ServeOptions& options, ReadyQueue& ready) {
  std::deque<Waiting> waiting;  // oldest first
  std::vector<pollfd> polled;
  while (options.stop == nullptr || !options.stop->load()) {
    polled.assign(1, pollfd{listener, POLLIN, 0});
    for (const Waiting& w : waiting) polled.push_back({w.fd, POLLIN, 0});
    // Wake for the next deadline, and at least every quarter second to
    // notice a stop.
    auto wake = Clock::now() + std::chrono::milliseconds(250);
    if (!waiting.empty()) wake = std::min(wake, waiting.front().accepted + options.header_timeout);
    if (poll(polled.data(), polled.size(), Remaining(wake) + 1) < 0 && errno != EINTR) break;

    // Read what arrived; a head that is complete goes to a worker.
    std::deque<Waiting> still;
    for (size_t i = 0; i < waiting.size(); ++i) {
      Waiting& w = waiting[i];
      if (polled[i + 1].revents != 0) {
        char buffer[4096];
        ssize_t n = 1;
        bool closed = false;
        while (w.head.size() < kMaxHeadBytes &&
               (n = recv(w.fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0)
          w.head.append(buffer, static_cast<size_t>(n));
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
          closed = true;
        if (HeadComplete(w.head)) {
          if (!ready.Push({w.fd, std::move(w.head), w.accepted + options.request_timeout}))
            SendAndClose(w.fd, "503 Service Unavailable");
          continue;
        }
        if (closed) {
          close(w.fd);
          continue;
        }
        if (w.head.size() >= kMaxHeadBytes) {
          SendAndClose(w.fd, "431 Request Header Fields Too Large");
          continue;
        }
      }
      if (Clock::now() >= w.accepted + options.header_timeout) {
        SendAndClose(w.fd, "408 Request Timeout");
        continue;
      }
      still.push_back(std::move(w));
    }
    waiting.swap(still);

    // New connections; past the limit the oldest waiting one makes room.
    while (true) {
      const int fd = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0) break;
      if (waiting.size() >= options.max_waiting_connections) {
        SendAndClose(waiting.front().fd, "408 Request Timeout");
        waiting.pop_front();
      }
      waiting.push_back({fd, Clock::now(), ""});
    }
  }
  for (const Waiting& w : waiting) close(w.fd);
}

}  // namespace

int HandleRequest(const ServeOptions& options, const std::string& path,
                  const std::string& query_string, std::string* body, std::string* content_type) {
  httplib::Params parsed;
  httplib::detail::parse_query_text(query_string, parsed);
  web::ParamMap params;
  for (const auto& [key, value] : parsed) params.emplace(key, value);
  web::WebResponse r = Respond(options, path, std::move(params));
  *body = std::move(r.body);
  *content_type = r.type;
  return r.status;
}

absl::Status Serve(const ServeOptions& options, const std::function<void(int)>& on_listening) {
  int port = 0;
  auto listener = Listen(options, &port);
  if (!listener.ok()) return listener.status();
  on_listening(port);
  Responder responder(options);
  ReadyQueue ready(4 * static_cast<size_t>(std::max(1, options.workers)));
  std::vector<std::thread> workers;
  for (int i = 0; i < std::max(1, options.workers); ++i) {
    workers.emplace_back([&] {
      ReadyQueue::Item item;
      while (ready.Pop(&item)) {
        responder.Answer(item.fd, std::move(item.head), item.deadline);
        shutdown(item.fd, SHUT_WR);
        close(item.fd);
      }
    });
  }
  AcceptLoop(*listener, options, ready);
  ready.Close();
  for (std::thread& worker : workers) worker.join();
  close(*listener);
  return absl::OkStatus();
}

}  // namespace qtrack
